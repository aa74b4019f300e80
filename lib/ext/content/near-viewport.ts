/**
 * Tells which elements are on screen or within a screen of it, as the page scrolls and
 * changes. Uses IntersectionObserver, which the browser computes off the page's own tasks.
 */
export class NearViewport {
  private readonly observer: IntersectionObserver;
  /**
   * Whether each element was near at its last report; absent until its first. Kept after an
   * element is let go, so one watched again (its text rescanned) starts from what was known.
   */
  private near = new WeakMap<Element, boolean>();

  constructor(
    private readonly onChange: (element: Element, near: boolean) => void,
    /** An element that has no box of its own (`display: contents`, or hidden). */
    private readonly onBoxless: (element: Element) => void,
  ) {
    // A screen's margin each way, and some inside scrolling containers (`scrollMargin`), so marks
    // are in place before they scroll into view. (A percentage scroll margin would be taken of
    // the whole scrolled content, not of what shows.)
    const options = { rootMargin: '100% 0px', scrollMargin: '200px 0px' } as IntersectionObserverInit;
    this.observer = new IntersectionObserver((entries) => this.update(entries), options);
  }

  observe(element: Element): void {
    this.observer.observe(element);
  }

  unobserve(element: Element): void {
    this.observer.unobserve(element);
  }

  /** Near at its last report; undefined before the first. */
  isNear(element: Element): boolean | undefined {
    return this.near.get(element);
  }

  disconnect(): void {
    this.observer.disconnect();
    this.near = new WeakMap();
  }

  private update(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const element = entry.target;
      const box = entry.boundingClientRect;
      if (!entry.isIntersecting && box.width === 0 && box.height === 0) this.onBoxless(element);
      if (this.near.get(element) === entry.isIntersecting) continue;
      this.near.set(element, entry.isIntersecting);
      this.onChange(element, entry.isIntersecting);
    }
  }
}
