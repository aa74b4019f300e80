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

/**
 * Only marks on screen or within a screen of it are registered with the browser. Chromium
 * rebuilds every registered highlight on each frame that changes anything on the page, about
 * 4 µs a mark (5 ms a frame with the 1,200 marks of a long article, so hover effects and
 * animations dropped frames); a few dozen near the viewport cost a fraction of a millisecond.
 */
export class Highlights {
  private readonly sets: Record<HighlightKind, Highlight>;
  /** Every mark, painted or not: its kind, and the element whose box shows it. */
  private readonly marks = new Map<AbstractRange, { kind: HighlightKind; anchor: Element }>();
  /** Marks by that element, which is what the viewport watch observes. */
  private readonly rangesByAnchor = new Map<Element, AbstractRange[]>();
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
  add(kind: HighlightKind, range: AbstractRange, onScreen = false): void {
    const anchor = range.startContainer.parentElement;
    if (!anchor) return;
    this.marks.set(range, { kind, anchor });
    this.attach(range, onScreen);
  }

  delete(range: AbstractRange): void {
    const mark = this.marks.get(range);
    if (!mark) return;
    this.sets[mark.kind].delete(range);
    this.detach(range);
    this.marks.delete(range);
  }

  move(range: AbstractRange, to: HighlightKind): void {
    const mark = this.marks.get(range);
    if (!mark || mark.kind === to) return;
    if (this.sets[mark.kind].delete(range)) this.sets[to].add(range);
    mark.kind = to;
  }

  clear(): void {
    for (const set of Object.values(this.sets)) set.clear();
    this.viewport.disconnect();
    this.marks.clear();
    this.rangesByAnchor.clear();
  }

  private attach(range: AbstractRange, onScreen = false): void {
    const { kind, anchor } = this.marks.get(range)!;
    const ranges = this.rangesByAnchor.get(anchor);
    if (ranges) ranges.push(range);
    else {
      this.rangesByAnchor.set(anchor, [range]);
      this.viewport.observe(anchor);
    }
    const near = this.viewport.isNear(anchor);
    if (near || (near === undefined && onScreen)) this.sets[kind].add(range);
  }

  private detach(range: AbstractRange): void {
    const { anchor } = this.marks.get(range)!;
    const ranges = this.rangesByAnchor.get(anchor)!;
    ranges.splice(ranges.indexOf(range), 1);
    if (ranges.length > 0) return;
    this.rangesByAnchor.delete(anchor);
    this.viewport.unobserve(anchor);
  }

  private onNearChange(anchor: Element, near: boolean): void {
    for (const range of this.rangesByAnchor.get(anchor) ?? []) {
      const set = this.sets[this.marks.get(range)!.kind];
      if (near) set.add(range);
      else set.delete(range);
    }
  }

  /** Text directly inside a `display: contents` element is shown by the nearest ancestor with a box. */
  private onBoxless(anchor: Element): void {
    const parent = anchor.parentElement;
    if (!parent || getComputedStyle(anchor).display !== 'contents') return;
    for (const range of [...(this.rangesByAnchor.get(anchor) ?? [])]) {
      this.detach(range);
      this.marks.get(range)!.anchor = parent;
      this.attach(range);
    }
  }

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }
}
