/**
 * Marks mentions with the CSS Custom Highlight API: the page's DOM is never touched, so
 * editors, frameworks and selections are unaffected. Styles are in `highlights.css`.
 */
import { NearViewport } from './near-viewport';

export const HIGHLIGHT_NAMES = {
  specific: 'model-lens',
  family: 'model-lens-family',
  pinned: 'model-lens-pinned',
} as const;

export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

/** A mark as the highlights keep it: its range, how it is painted, and the element whose box shows it. */
export interface Mark {
  readonly range: AbstractRange;
  paint: HighlightKind;
  /** Set by `Highlights.add`; null before, and once the mark is let go. */
  anchor: Element | null;
}

/**
 * Only marks on screen or within a screen of it are registered with the browser. Chromium
 * rebuilds every registered highlight on each frame that changes anything on the page, about
 * 4 µs a mark (5 ms a frame with the 1,200 marks of a long article, so hover effects and
 * animations dropped frames); a few dozen near the viewport cost a fraction of a millisecond.
 */
export class Highlights {
  private readonly sets: Record<HighlightKind, Highlight>;
  /**
   * Every mark, painted or not, by the element whose box shows it (one, or an array of several),
   * which is what the viewport watch observes. A mark carries its own kind and element: a huge
   * page has thousands, and maps from each mark to those cost 280 kB on a 150k-node page.
   */
  private readonly marksByAnchor = new Map<Element, Mark | Mark[]>();
  private readonly viewport = new NearViewport(
    (anchor, near) => this.onNearChange(anchor, near),
    (anchor) => this.onBoxless(anchor),
  );

  constructor() {
    this.sets = {
      specific: new Highlight(),
      family: new Highlight(),
      pinned: new Highlight(),
    };
    for (const kind of Object.keys(HIGHLIGHT_NAMES) as HighlightKind[]) {
      CSS.highlights.set(HIGHLIGHT_NAMES[kind], this.sets[kind]);
      // Pinned sits above the plain mark.
      this.sets[kind].priority = kind === 'pinned' ? 2 : kind === 'specific' ? 1 : 0;
    }
  }

  /**
   * `onScreen`: the caller has just measured the text on or near the screen, so the mark is
   * painted now rather than a frame later, when the viewport watch first reports. (On a page
   * that rebuilds its text every frame, that report would always come too late.)
   */
  add(mark: Mark, onScreen = false): void {
    const anchor = mark.range.startContainer.parentElement;
    if (!anchor) return;
    mark.anchor = anchor;
    this.attach(mark, onScreen);
  }

  delete(mark: Mark): void {
    if (!mark.anchor) return;
    this.sets[mark.paint].delete(mark.range);
    this.detach(mark);
    mark.anchor = null;
  }

  move(mark: Mark, to: HighlightKind): void {
    const from = mark.paint;
    mark.paint = to;
    if (mark.anchor && from !== to && this.sets[from].delete(mark.range)) this.sets[to].add(mark.range);
  }

  clear(): void {
    for (const set of Object.values(this.sets)) set.clear();
    this.viewport.disconnect();
    for (const mark of this.marksByAnchor.values()) {
      for (const each of Array.isArray(mark) ? mark : [mark]) each.anchor = null;
    }
    this.marksByAnchor.clear();
  }

  private marksOf(anchor: Element): Mark[] {
    const marks = this.marksByAnchor.get(anchor);
    return marks === undefined ? [] : Array.isArray(marks) ? marks : [marks];
  }

  private attach(mark: Mark, onScreen = false): void {
    const anchor = mark.anchor!;
    const marks = this.marksByAnchor.get(anchor);
    if (marks === undefined) {
      this.marksByAnchor.set(anchor, mark);
      this.viewport.observe(anchor);
    } else if (Array.isArray(marks)) marks.push(mark);
    else this.marksByAnchor.set(anchor, [marks, mark]);
    if (onScreen || this.viewport.isNear(anchor)) this.sets[mark.paint].add(mark.range);
  }

  private detach(mark: Mark): void {
    const anchor = mark.anchor!;
    const marks = this.marksByAnchor.get(anchor)!;
    if (Array.isArray(marks)) {
      marks.splice(marks.indexOf(mark), 1);
      if (marks.length === 1) this.marksByAnchor.set(anchor, marks[0]!);
      return;
    }
    this.marksByAnchor.delete(anchor);
    this.viewport.unobserve(anchor);
  }

  private onNearChange(anchor: Element, near: boolean): void {
    for (const mark of this.marksOf(anchor)) {
      const set = this.sets[mark.paint];
      if (near) set.add(mark.range);
      else set.delete(mark.range);
    }
  }

  /** Text directly inside a `display: contents` element is shown by the nearest ancestor with a box. */
  private onBoxless(anchor: Element): void {
    const parent = anchor.parentElement;
    if (!parent || getComputedStyle(anchor).display !== 'contents') return;
    for (const mark of [...this.marksOf(anchor)]) {
      this.detach(mark);
      mark.anchor = parent;
      this.attach(mark);
    }
  }

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }
}
