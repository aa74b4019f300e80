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
  /**
   * Every mark, painted or not, with the element whose box shows it. Kept lean, as a huge page
   * has thousands of marks: no object per mark, and a kind stored only when it is not the plain
   * one.
   */
  private readonly anchors = new Map<AbstractRange, Element>();
  private readonly otherKinds = new Map<AbstractRange, Exclude<HighlightKind, 'specific'>>();
  /** Marks by that element (one, or an array of several), which is what the viewport watch observes. */
  private readonly rangesByAnchor = new Map<Element, AbstractRange | AbstractRange[]>();
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
    this.anchors.set(range, anchor);
    this.setKind(range, kind);
    this.attach(range, onScreen);
  }

  delete(range: AbstractRange): void {
    if (!this.anchors.has(range)) return;
    this.sets[this.kindOf(range)].delete(range);
    this.detach(range);
    this.anchors.delete(range);
    this.otherKinds.delete(range);
  }

  move(range: AbstractRange, to: HighlightKind): void {
    const from = this.kindOf(range);
    if (!this.anchors.has(range) || from === to) return;
    if (this.sets[from].delete(range)) this.sets[to].add(range);
    this.setKind(range, to);
  }

  clear(): void {
    for (const set of Object.values(this.sets)) set.clear();
    this.viewport.disconnect();
    this.anchors.clear();
    this.otherKinds.clear();
    this.rangesByAnchor.clear();
  }

  private kindOf(range: AbstractRange): HighlightKind {
    return this.otherKinds.get(range) ?? 'specific';
  }

  private setKind(range: AbstractRange, kind: HighlightKind): void {
    if (kind === 'specific') this.otherKinds.delete(range);
    else this.otherKinds.set(range, kind);
  }

  private rangesOf(anchor: Element): AbstractRange[] {
    const ranges = this.rangesByAnchor.get(anchor);
    return ranges === undefined ? [] : Array.isArray(ranges) ? ranges : [ranges];
  }

  private attach(range: AbstractRange, onScreen = false): void {
    const anchor = this.anchors.get(range)!;
    const ranges = this.rangesByAnchor.get(anchor);
    if (ranges === undefined) {
      this.rangesByAnchor.set(anchor, range);
      this.viewport.observe(anchor);
    } else if (Array.isArray(ranges)) ranges.push(range);
    else this.rangesByAnchor.set(anchor, [ranges, range]);
    const near = this.viewport.isNear(anchor);
    if (near || (near === undefined && onScreen)) this.sets[this.kindOf(range)].add(range);
  }

  private detach(range: AbstractRange): void {
    const anchor = this.anchors.get(range)!;
    const ranges = this.rangesByAnchor.get(anchor)!;
    if (Array.isArray(ranges)) {
      ranges.splice(ranges.indexOf(range), 1);
      if (ranges.length === 1) this.rangesByAnchor.set(anchor, ranges[0]!);
      return;
    }
    this.rangesByAnchor.delete(anchor);
    this.viewport.unobserve(anchor);
  }

  private onNearChange(anchor: Element, near: boolean): void {
    for (const range of this.rangesOf(anchor)) {
      const set = this.sets[this.kindOf(range)];
      if (near) set.add(range);
      else set.delete(range);
    }
  }

  /** Text directly inside a `display: contents` element is shown by the nearest ancestor with a box. */
  private onBoxless(anchor: Element): void {
    const parent = anchor.parentElement;
    if (!parent || getComputedStyle(anchor).display !== 'contents') return;
    for (const range of [...this.rangesOf(anchor)]) {
      this.detach(range);
      this.anchors.set(range, parent);
      this.attach(range);
    }
  }

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }
}
