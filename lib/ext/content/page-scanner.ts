import type { Matcher } from '../../detection/matcher';
import { repoNameSpan, resolveSiteLink } from '../../detection/site-links';
import { attributeOf, closestOf, isConnected, nodeTypeOf, parentOf, rectOf } from '../shared/dom-access';
import { locate, TextRunWalker, type TextRun } from './text-runs';
import type { Highlights, HighlightKind, Mark } from './highlights';
import { deadlineIn, SLICE_MS, yieldToPage } from './slicing';
import { isOnDefaultSite } from '../../user-data/settings-defaults';

export type MentionKind = 'specific' | 'family' | 'hub';

export interface PageMention extends Mark {
  kind: MentionKind;
  /** Model index (specific), family index (family), or -1 (a Hub repo the catalogue lacks). */
  target: number;
  hubRepo?: string;
  /** The snapshot date the page wrote when the catalogue lists no model of that date (the card says so). */
  snapshot?: string;
  /** Offsets in the run's text. */
  start: number;
  end: number;
  readonly range: StaticRange;
}

type FoundMention = Omit<PageMention, keyof Mark>;

/**
 * What a marked run keeps: its nodes and its mentions, in arrays of exactly their size (a huge
 * page keeps thousands of these); not its text, which the nodes still hold.
 */
interface RunRecord {
  nodes: Text[];
  mentions: PageMention[];
}

export interface ScannerOptions {
  hostname: string;
  exactIds: ReadonlyMap<string, number>;
  isPinned: (target: number) => boolean;
  includeFamilies: () => boolean;
  /** Bounds memory on pathological pages. */
  maxMentions?: number;
}

const DEFAULT_MAX_MENTIONS = 20_000;
const VIEWPORT_MARGIN = 200;
const BELOW_VIEWPORT_STREAK = 200;

/**
 * Finds and marks mentions in a document, slice by slice, visible text first. Keeps, per
 * text node, the mentions over it, so a pointer position resolves to a mention in O(1).
 */
export class PageScanner {
  private readonly records = new Set<RunRecord>();
  /**
   * The record of each text node a mention touches (not every node of a marked run: on a
   * 150k-node page that halves the table, 128 kB).
   */
  private readonly recordByNode = new WeakMap<Text, RunRecord>();
  private readonly counts = new Map<string, number>();
  private mentionCount = 0;
  private readonly siteLinks: boolean;

  constructor(
    private matcher: Matcher,
    private readonly highlights: Highlights,
    private options: ScannerOptions,
  ) {
    this.siteLinks = isOnDefaultSite(options.hostname);
  }

  /**
   * Scans a subtree in time slices; text in or near the viewport is marked before the rest. Two
   * walks rather than one that sets the rest aside: held until the end, the text and nodes of
   * every run below the screen (10 MB on a 5 MB page) kept the garbage collector busy in long
   * pauses. The first walk ends where the page below the screen begins.
   */
  async scan(root: Node, signal?: AbortSignal): Promise<void> {
    const forgetExcluded = (excluded: Text) => {
      const old = this.recordByNode.get(excluded);
      if (old) this.forget(old);
    };
    const visibility = new ViewportTracker();
    const marked = new Set<Text>();
    let passedOver = false;
    await this.walkInSlices(new TextRunWalker(root, forgetExcluded), signal, (run) => {
      if (visibility.isNear(run)) {
        this.processRun(run, true);
        marked.add(run.nodes[0]!);
      } else passedOver = true;
      return !visibility.restIsBelow();
    });
    if (!passedOver && !visibility.restIsBelow()) return;
    await this.walkInSlices(new TextRunWalker(root, forgetExcluded), signal, (run) => {
      if (!marked.has(run.nodes[0]!)) this.processRun(run);
      return true;
    });
  }

  /** Feeds runs to `each` in slices, yielding to the page between them, until the walk or `each` (false) ends it. */
  private async walkInSlices(walker: TextRunWalker, signal: AbortSignal | undefined, each: (run: TextRun) => boolean): Promise<void> {
    while (!signal?.aborted) {
      const overdue = deadlineIn(SLICE_MS);
      while (!overdue()) {
        const run = walker.next();
        if (!run || !each(run)) return;
      }
      await yieldToPage();
    }
  }

  /**
   * Finds the mentions in one run of text and marks them, replacing what was there before.
   * `onScreen`: the run was just measured on or near the screen, so its marks are painted now.
   */
  processRun(run: TextRun, onScreen = false): void {
    for (const node of run.nodes) {
      const old = this.recordByNode.get(node);
      if (old) this.forget(old);
    }
    const families = this.options.includeFamilies();
    const found: FoundMention[] = this.matcher
      .scan(run.text)
      .filter((m) => families || m.kind !== 'family')
      .map((m) => ({ kind: m.kind, target: m.target, start: m.start, end: m.end, ...(m.snapshot && { snapshot: m.snapshot }) }));
    const mentions = this.siteLinks ? this.withSiteLinks(run, found) : found;
    if (mentions.length === 0) return;

    const marked: PageMention[] = [];
    for (const mention of mentions) {
      if (this.mentionCount >= (this.options.maxMentions ?? DEFAULT_MAX_MENTIONS)) break;
      const start = locate(run, mention.start, 'start');
      const end = locate(run, mention.end, 'end');
      const range = new StaticRange({
        startContainer: start.node,
        startOffset: start.offset,
        endContainer: end.node,
        endOffset: end.offset,
      });
      // Every field written out, in one order: spread, a mark took its first fields from the
      // found mention's shape and the rest in a second store (6,024 marks on the 150k-node page).
      const { kind, target, hubRepo, snapshot, start: from, end: to } = mention;
      const full: PageMention = { kind, target, hubRepo, snapshot, start: from, end: to, range, paint: this.highlightKind(mention), anchor: null };
      marked.push(full);
      this.highlights.add(full, onScreen);
      this.count(full, 1);
    }
    if (marked.length === 0) return;
    const record: RunRecord = { nodes: run.nodes.slice(), mentions: marked.slice() };
    this.records.add(record);
    for (const node of nodesUnder(run, marked)) this.recordByNode.set(node, record);
  }

  /** The mention covering a position in a text node. */
  mentionAt(node: Node, offset: number): PageMention | null {
    const record = this.recordByNode.get(node as Text);
    if (!record) return null;
    let position = offset;
    for (const earlier of record.nodes) {
      if (earlier === node) break;
      position += earlier.data.length;
    }
    return record.mentions.find((m) => m.start <= position && position <= m.end) ?? null;
  }

  /** Mentions of the page in document order (for keyboard navigation). */
  allMentions(): PageMention[] {
    return [...this.records].flatMap((r) => r.mentions);
  }

  /** Models named on the page: model index → number of mentions. */
  modelCounts(): Map<number, number> {
    const result = new Map<number, number>();
    for (const [key, count] of this.counts) if (key.startsWith('m:')) result.set(Number(key.slice(2)), count);
    return result;
  }

  /** Drops marks whose text left the page. */
  prune(): void {
    for (const record of this.records) {
      if (!record.nodes.every(isConnected)) this.forget(record);
    }
  }

  /** Re-marks pinned models after pins change. */
  refreshPinned(): void {
    for (const record of this.records) {
      for (const mention of record.mentions) this.highlights.move(mention, this.highlightKind(mention));
    }
  }

  replaceMatcher(matcher: Matcher, exactIds: ReadonlyMap<string, number>): void {
    this.matcher = matcher;
    this.options = { ...this.options, exactIds };
    this.clear();
  }

  /** Forgets every mark (before a full rescan with new rules). */
  clear(): void {
    for (const record of [...this.records]) this.forget(record);
  }

  private forget(record: RunRecord): void {
    for (const mention of record.mentions) {
      this.highlights.delete(mention);
      this.count(mention, -1);
    }
    this.records.delete(record);
    for (const node of record.nodes) {
      if (this.recordByNode.get(node) === record) this.recordByNode.delete(node);
    }
  }

  private highlightKind(mention: Pick<PageMention, 'kind' | 'target'>): HighlightKind {
    if (mention.kind === 'family') return 'family';
    return mention.kind === 'specific' && this.options.isPinned(mention.target) ? 'pinned' : 'specific';
  }

  private count(mention: PageMention, delta: number): void {
    const key = mention.kind === 'specific' ? `m:${mention.target}` : mention.kind === 'family' ? `f:${mention.target}` : `h:${mention.hubRepo}`;
    const next = (this.counts.get(key) ?? 0) + delta;
    if (next <= 0) this.counts.delete(key);
    else this.counts.set(key, next);
    this.mentionCount += delta;
  }

  /**
   * A link to a model page names that model exactly: it replaces what its text reads as. A link
   * to a Hub repo marks only where its text names the repo, and names inside it are not read.
   */
  private withSiteLinks(run: TextRun, found: FoundMention[]): FoundMention[] {
    const links: FoundMention[] = [];
    const linked: { start: number; end: number }[] = [];
    let i = 0;
    while (i < run.nodes.length) {
      const anchor = linkAround(run.nodes[i]!);
      let j = i + 1;
      while (j < run.nodes.length && anchor && linkAround(run.nodes[j]!) === anchor) j += 1;
      const target = anchor && resolveSiteLink(this.options.hostname, attributeOf(anchor, 'href')!, this.options.exactIds);
      if (target) {
        const text = run.text;
        let start = run.starts[i]!;
        let end = j < run.nodes.length ? run.starts[j]! : text.length;
        linked.push({ start, end });
        if (target.repoId) {
          const span = repoNameSpan(text.slice(start, end), target.repoId);
          [start, end] = span ? [start + span.start, start + span.end] : [end, end];
        }
        while (start < end && /\s/.test(text[start]!)) start += 1;
        while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
        if (end > start) {
          links.push(
            target.kind === 'model'
              ? { kind: 'specific', target: target.target, start, end }
              : { kind: 'hub', target: -1, hubRepo: target.repoId, start, end },
          );
        }
      }
      i = j;
    }
    if (linked.length === 0) return found;
    const outside = found.filter((m) => !linked.some((l) => m.start < l.end && l.start < m.end));
    return [...outside, ...links].sort((a, b) => a.start - b.start);
  }
}

/**
 * The nodes of a run holding a position of some mention, ends included (`mentionAt` finds a
 * mention from its last character's end). Mentions come sorted and apart, so one pass does.
 */
function nodesUnder(run: TextRun, mentions: readonly PageMention[]): Text[] {
  const under: Text[] = [];
  let next = 0;
  run.nodes.forEach((node, i) => {
    const from = run.starts[i]!;
    const to = from + node.data.length;
    while (next < mentions.length && mentions[next]!.end < from) next += 1;
    if (next < mentions.length && mentions[next]!.start <= to) under.push(node);
  });
  return under;
}

function linkAround(node: Text): Element | null {
  const parent = parentOf(node);
  return parent && nodeTypeOf(parent) === Node.ELEMENT_NODE ? closestOf(parent as Element, 'a[href]') : null;
}

/**
 * Whether a run's block is on screen or close to it, measured once per block per pass. Text
 * comes in document order, so after a long stretch of blocks below the viewport the rest of the
 * page is taken to be below it too, and is no longer measured.
 */
class ViewportTracker {
  private readonly known = new Map<Node, boolean>();
  private belowInARow = 0;

  /** After a long stretch of blocks below the viewport, the rest of the page is taken to be below it too. */
  restIsBelow(): boolean {
    return this.belowInARow > BELOW_VIEWPORT_STREAK;
  }

  isNear(run: TextRun): boolean {
    if (this.restIsBelow()) return false;
    const block = parentOf(run.nodes[0]!) as Element | null;
    if (!block || nodeTypeOf(block) !== Node.ELEMENT_NODE) return false;
    const known = this.known.get(block);
    if (known !== undefined) return known;
    const rect = rectOf(block);
    const below = rect.top > window.innerHeight + VIEWPORT_MARGIN;
    this.belowInARow = below ? this.belowInARow + 1 : 0;
    const near = !below && rect.bottom >= -VIEWPORT_MARGIN && rect.right >= 0 && rect.left <= window.innerWidth;
    this.known.set(block, near);
    return near;
  }
}
