import { bodyOf } from '../shared/dom-access';
import { deadlineIn, SLICE_MS, yieldToPage } from './slicing';

/** Elements further than this many screens above or below the viewport are set aside, not watched. */
const SET_ASIDE_SCREENS = 3;
/** Elements set aside are watched again once within this many screens, by where they were. */
const BRING_BACK_SCREENS = 2.5;
/** Elements set aside are looked up again each time the page has scrolled this share of a screen. */
const RECHECK_SCREENS = 0.5;
/**
 * Elements handed to the observers at a time; the next ones once these have had their first
 * report. The browser measures each newly observed element in the next frame and builds a
 * report for it: the 5,800 marked elements of a long page, observed in one go, cost that frame
 * over 40 ms and the report's task 20 ms before any of ours ran.
 */
const OBSERVE_AT_ONCE = 250;
/** A report that has not come by then (the tab hidden, an element the browser never measured) holds the next elements back no longer. */
const FIRST_REPORT_WAIT_MS = 1000;
/** After the page's size changes, where things are is measured again, at most this often. */
const REMEASURE_MS = 1000;

interface Report {
  near: boolean;
  entries: IntersectionObserverEntry[];
  /** The first entry not yet handled. */
  next: number;
  scrollY: number;
}

/**
 * Tells which elements are on screen or within a screen of it, as the page scrolls and
 * changes. An IntersectionObserver tells, off the page's own tasks; but Chromium checks every
 * element it watches on every frame that changes the page (about 1.3 µs each), so on a long
 * page watching every mark cost each frame 20 ms. Only elements within a few screens are
 * watched: a second observer, with a wider margin, tells when one leaves that reach, and it is
 * set aside with its place on the page. It is watched again when the page scrolls
 * towards that place, when an inner scroller it sits in scrolls, or when the page changes size
 * (it may have moved).
 */
export class NearViewport {
  private readonly nearObserver: IntersectionObserver;
  private readonly reachObserver: IntersectionObserver;
  /**
   * The elements near at their last report. Kept after an element is let go, so one watched
   * again (its text rescanned) starts from what was known. Only the near ones: a map of every
   * element's state cost 128 kB on a 150k-node page.
   */
  private near = new WeakSet<Element>();
  /** Elements the observers watch now, or will once those before them have been reported (`toObserve`). */
  private readonly watched = new Set<Element>();
  private readonly toObserve = new Set<Element>();
  /** Elements observed and not yet reported once. */
  private readonly awaitingFirstReport = new Set<Element>();
  private firstReportTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * Elements set aside, with their top's page offset. One map, looked through on each recheck
   * (a fraction of a millisecond for thousands): buckets of them cost more memory than that saves.
   */
  private readonly setAsideAt = new Map<Element, number>();
  /** Inner scrollers seen scrolling: what is inside them moves without the page scrolling, so it stays watched. */
  private readonly scrollers = new Set<Element>();
  private checkedAtY = 0;
  private frameRequested = false;
  private remeasureTimer: ReturnType<typeof setTimeout> | undefined;
  private lastRemeasure = -Infinity;
  private listening: AbortController | null = null;
  private resizes: ResizeObserver | null = null;
  /**
   * Reports not yet handled, in the order they came. The first reports after a long page is
   * scanned name every mark's element at once (thousands): handled in one go, they made the
   * longest task of the page (35–60 ms on a 150k-node page). They are handled in slices instead.
   */
  private backlog: Report[] = [];
  private drainScheduled = false;

  constructor(
    private readonly onChange: (element: Element, near: boolean) => void,
    /** An element that has no box of its own (`display: contents`, or hidden). */
    private readonly onBoxless: (element: Element) => void,
  ) {
    // A screen's margin each way, and some inside scrolling containers (`scrollMargin`), so marks
    // are in place before they scroll into view. (A percentage scroll margin would be taken of
    // the whole scrolled content, not of what shows.)
    const near = { rootMargin: '100% 0px', scrollMargin: '200px 0px' } as IntersectionObserverInit;
    this.nearObserver = new IntersectionObserver((entries) => this.onReports(true, entries), near);
    this.reachObserver = new IntersectionObserver((entries) => this.onReports(false, entries), { rootMargin: `${SET_ASIDE_SCREENS * 100}% 0px` });
  }

  observe(element: Element): void {
    this.listen();
    if (this.setAsideAt.has(element)) this.bringBack([element]);
    else this.watch(element);
  }

  unobserve(element: Element): void {
    if (this.watched.delete(element) && !this.toObserve.delete(element)) {
      this.nearObserver.unobserve(element);
      this.reachObserver.unobserve(element);
      if (this.awaitingFirstReport.delete(element)) this.observeMore();
    }
    this.setAsideAt.delete(element);
  }

  /** Near at its last report. */
  isNear(element: Element): boolean {
    return this.near.has(element);
  }

  disconnect(): void {
    this.nearObserver.disconnect();
    this.reachObserver.disconnect();
    this.near = new WeakSet();
    this.backlog = [];
    this.watched.clear();
    this.toObserve.clear();
    this.awaitingFirstReport.clear();
    clearTimeout(this.firstReportTimer);
    this.setAsideAt.clear();
    this.scrollers.clear();
    clearTimeout(this.remeasureTimer);
    this.remeasureTimer = undefined;
    this.listening?.abort();
    this.listening = null;
    this.resizes?.disconnect();
    this.resizes = null;
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = new AbortController();
    const options = { capture: true, passive: true, signal: this.listening.signal };
    // Capture: scroll events of inner scrollers do not bubble. (A scroll by the page's script is trusted too.)
    window.addEventListener('scroll', (event) => event.isTrusted && this.onScroll(event.target), options);
    window.addEventListener('resize', () => this.remeasureSoon(), options);
    let first = true;
    this.resizes = new ResizeObserver(() => {
      // Its first report only says it started.
      if (first) first = false;
      else this.remeasureSoon();
    });
    this.resizes.observe(document.documentElement);
    const body = bodyOf(document);
    if (body) this.resizes.observe(body);
    this.checkedAtY = window.scrollY;
  }

  private watch(element: Element): void {
    if (this.watched.has(element)) return;
    this.watched.add(element);
    this.toObserve.add(element);
    this.observeMore();
  }

  /** Hands the observers the next elements waiting, once those before them have been reported. */
  private observeMore(): void {
    if (this.awaitingFirstReport.size > 0 || this.toObserve.size === 0) return;
    for (const element of this.toObserve) {
      if (this.awaitingFirstReport.size === OBSERVE_AT_ONCE) break;
      this.toObserve.delete(element);
      this.awaitingFirstReport.add(element);
      this.nearObserver.observe(element);
      this.reachObserver.observe(element);
    }
    clearTimeout(this.firstReportTimer);
    this.firstReportTimer = setTimeout(() => {
      this.awaitingFirstReport.clear();
      this.observeMore();
    }, FIRST_REPORT_WAIT_MS);
  }

  private setAside(element: Element, pageTop: number): void {
    this.watched.delete(element);
    this.nearObserver.unobserve(element);
    this.reachObserver.unobserve(element);
    if (this.awaitingFirstReport.delete(element)) this.observeMore();
    // Far beyond the near margin; the near observer's own report of it may not have come yet.
    this.near.delete(element);
    this.onChange(element, false);
    // Whole pixels: small integers, not a boxed number per element.
    this.setAsideAt.set(element, Math.round(pageTop));
  }

  private bringBack(elements: Iterable<Element>): void {
    for (const element of [...elements]) {
      this.setAsideAt.delete(element);
      this.watch(element);
    }
  }

  private onReports(near: boolean, entries: IntersectionObserverEntry[]): void {
    // Boxes are measured at the report: the page's scroll then places them on the page.
    this.backlog.push({ near, entries, next: 0, scrollY: window.scrollY });
    if (!this.drainScheduled) this.drain();
    if (near && this.awaitingFirstReport.size > 0) {
      for (const entry of entries) this.awaitingFirstReport.delete(entry.target);
      this.observeMore();
    }
  }

  /** Handles reports until the slice is spent, then yields to the page and goes on. */
  private drain(): void {
    const overdue = deadlineIn(SLICE_MS);
    const backlog = this.backlog;
    while (backlog.length > 0) {
      const batch = backlog[0]!;
      while (batch.next < batch.entries.length) {
        if (overdue()) {
          this.drainScheduled = true;
          void yieldToPage().then(() => {
            this.drainScheduled = false;
            // Disconnected meanwhile: what was left is moot.
            if (backlog === this.backlog) this.drain();
          });
          return;
        }
        const entry = batch.entries[batch.next]!;
        batch.next += 1;
        if (batch.near) this.onNearEntry(entry);
        else this.onReachEntry(entry, batch.scrollY);
      }
      backlog.shift();
    }
  }

  private onNearEntry(entry: IntersectionObserverEntry): void {
    const element = entry.target;
    const box = entry.boundingClientRect;
    if (!entry.isIntersecting && box.width === 0 && box.height === 0) this.onBoxless(element);
    if (entry.isIntersecting) {
      if (this.near.has(element)) return;
      this.near.add(element);
    } else this.near.delete(element);
    // Told even when it was not near: a mark painted because its text was measured on screen
    // as it was scanned is taken off here if the page has moved since.
    this.onChange(element, entry.isIntersecting);
  }

  private onReachEntry(entry: IntersectionObserverEntry, scrollY: number): void {
    const element = entry.target;
    // Let go meanwhile (moved to its parent by `onBoxless`), or within reach.
    if (entry.isIntersecting || !this.watched.has(element)) return;
    // Out of reach sideways, or clipped by a scroller, is not far down the page. A box taller
    // than a screen stays watched: its top alone would not tell where it reaches.
    const screen = window.innerHeight;
    const far = SET_ASIDE_SCREENS * screen;
    const box = entry.boundingClientRect;
    const farAway = box.top > screen + far || box.bottom < -far;
    if (farAway && box.height <= screen && !this.insideScroller(element)) this.setAside(element, box.top + scrollY);
  }

  private onScroll(target: EventTarget | null): void {
    if (target instanceof Element && !this.scrollers.has(target)) {
      this.scrollers.add(target);
      this.bringBack([...this.setAsideAt.keys()].filter((element) => target.contains(element)));
    }
    if (this.frameRequested) return;
    this.frameRequested = true;
    requestAnimationFrame(() => {
      this.frameRequested = false;
      this.recheck();
    });
  }

  /** Watches what the scroll brought within reach (the reach observer sets aside what it took away). */
  private recheck(): void {
    const scrollY = window.scrollY;
    const screen = window.innerHeight;
    if (Math.abs(scrollY - this.checkedAtY) < RECHECK_SCREENS * screen) return;
    this.checkedAtY = scrollY;
    const reach = BRING_BACK_SCREENS * screen;
    // An element set aside is at most a screen tall: one whose top is a screen above may reach down into view.
    const from = scrollY - reach - screen;
    const to = scrollY + screen + reach;
    const inReach: Element[] = [];
    for (const [element, top] of this.setAsideAt) if (top >= from && top <= to) inReach.push(element);
    this.bringBack(inReach);
  }

  /** The page changed size, so what was set aside may have moved: all of it is watched for one report, which sets the far aside again. */
  private remeasureSoon(): void {
    if (this.remeasureTimer !== undefined) return;
    this.remeasureTimer = setTimeout(() => {
      this.remeasureTimer = undefined;
      this.lastRemeasure = performance.now();
      this.bringBack(this.setAsideAt.keys());
    }, Math.max(0, this.lastRemeasure + REMEASURE_MS - performance.now()));
  }

  private insideScroller(element: Element): boolean {
    for (const scroller of this.scrollers) if (scroller.contains(element)) return true;
    return false;
  }
}
