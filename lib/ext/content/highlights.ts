/**
 * Marks mentions with the CSS Custom Highlight API: the page's DOM is never touched, so
 * editors, frameworks and selections are unaffected. Styles are in `highlights.css`.
 */
export const HIGHLIGHT_NAMES = {
  specific: 'model-lens',
  family: 'model-lens-family',
  pinned: 'model-lens-pinned',
} as const;

export type HighlightKind = keyof typeof HIGHLIGHT_NAMES;

export class Highlights {
  private readonly sets: Record<HighlightKind, Highlight>;

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

  add(kind: HighlightKind, range: AbstractRange): void {
    this.sets[kind].add(range);
  }

  delete(range: AbstractRange): void {
    for (const set of Object.values(this.sets)) set.delete(range);
  }

  move(range: AbstractRange, to: HighlightKind): void {
    this.delete(range);
    this.add(to, range);
  }

  clear(): void {
    for (const set of Object.values(this.sets)) set.clear();
  }

  static supported(): boolean {
    return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
  }
}
