import { hasAttribute, isConnected, nodeTypeOf, parentOf } from '../shared/dom-access';
import { OWN_UI_ATTRIBUTE } from '../shared/own-ui';
import { blockOf, isExcludedElement, isInlineElement } from './text-runs';

export interface WatcherOptions {
  /** Rescans one changed subtree (already deduplicated and outside excluded regions). */
  rescan: (roots: Node[]) => Promise<void>;
}

/** More than this share of wall time spent rescanning means a page re-rendering non-stop. */
const BUSY_SHARE = 0.25;
const BUSY_WINDOW_MS = 2_000;
const PAUSE_MS = 5_000;
const MAX_ROOTS_PER_BATCH = 200;

/**
 * One MutationObserver for the whole page. Changes are batched per frame, reduced to the
 * blocks that changed, and rescanned in slices. A circuit breaker pauses watching when a page
 * keeps the scanner busy (a framework re-rendering every frame), then catches up once.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private scheduled = false;
  private busyMs = 0;
  private windowStart = performance.now();
  private pausedUntil = 0;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly root: Node,
    private readonly options: WatcherOptions,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  start(): void {
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true, attributeFilter: ['contenteditable'] });
  }

  stop(): void {
    this.observer.disconnect();
    this.pending.clear();
  }

  private collect(records: MutationRecord[]): void {
    const excluded = new Map<Node, boolean>();
    for (const record of records) {
      if (record.type === 'childList' && record.addedNodes.length === 0 && record.removedNodes.length === 0) continue;
      const target = record.target;
      // An element that became editable (or stopped being) is judged by its surroundings; the
      // rescan then drops or makes the marks in it.
      const surroundings = record.type === 'attributes' ? parentOf(target) : target;
      if (!surroundings || isOwnOrExcluded(surroundings, excluded)) continue;
      // New text may join text already in its block ("<b>Claude</b>" + " Sonnet 4").
      this.pending.add(blockContaining(target));
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled || this.pending.size === 0) return;
    this.scheduled = true;
    const delay = Math.max(0, this.pausedUntil - performance.now());
    setTimeout(() => requestAnimationFrame(() => this.flush()), delay);
  }

  private flush(): void {
    this.scheduled = false;
    const roots = outermost([...this.pending].filter(isConnected));
    this.pending.clear();
    if (roots.length === 0) return;
    const batch = roots.length > MAX_ROOTS_PER_BATCH ? [this.root] : roots;
    this.running = this.running.then(async () => {
      const started = performance.now();
      await this.options.rescan(batch);
      this.account(performance.now() - started);
    });
  }

  /** Counts time spent, and pauses when it exceeds its share of the page's time. */
  private account(ms: number): void {
    const now = performance.now();
    if (now - this.windowStart > BUSY_WINDOW_MS) {
      this.windowStart = now;
      this.busyMs = 0;
    }
    this.busyMs += ms;
    if (this.busyMs > BUSY_WINDOW_MS * BUSY_SHARE) {
      this.pausedUntil = now + PAUSE_MS;
      this.busyMs = 0;
      this.windowStart = now + PAUSE_MS;
    }
  }
}

function isOwnOrExcluded(node: Node, cache: Map<Node, boolean>): boolean {
  const seen: Node[] = [];
  let result = false;
  for (let current: Node | null = node; current; current = parentOf(current)) {
    const known = cache.get(current);
    if (known !== undefined) {
      result = known;
      break;
    }
    seen.push(current);
    if (nodeTypeOf(current) === Node.ELEMENT_NODE) {
      const element = current as Element;
      if (hasAttribute(element, OWN_UI_ATTRIBUTE) || isExcludedElement(element)) {
        result = true;
        break;
      }
    }
  }
  for (const visited of seen) cache.set(visited, result);
  return result;
}

/** The element whose text runs a change can affect: the node's block, or the node if it is one. */
function blockContaining(node: Node): Node {
  if (nodeTypeOf(node) === Node.ELEMENT_NODE && !isInlineElement(node as Element)) return node;
  return blockOf(node) ?? node;
}

/** Keeps only the nodes that no other listed node contains. */
function outermost(nodes: Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    for (let parent = parentOf(node); parent; parent = parentOf(parent)) if (set.has(parent)) return false;
    return true;
  });
}
