/** Work is cut into slices well under the 50 ms long-task line, yielding to the page in between. */
export const SLICE_MS = 8;

interface Scheduler {
  yield?: () => Promise<void>;
}

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** An idle moment waits no longer than this on a page that keeps its main thread busy. */
const IDLE_WAIT_MS = 1000;

/**
 * Once the page has rendered and has a moment to spare: layout is then up to date, so measuring
 * elements does not force the page's layout inside our task (on a huge page that alone can take
 * longer than a frame). Not an animation-frame callback: that runs inside the page's own frame
 * task, whose layout and paint (40 ms and more while a huge page is still settling after load)
 * would then be a task of ours.
 */
export function afterRendering(): Promise<void> {
  // A tab in the background gets no frames; it still gets its scan, without the wait.
  return new Promise((resolve) => {
    if (document.visibilityState === 'hidden' || typeof requestIdleCallback !== 'function') setTimeout(resolve, 0);
    else requestIdleCallback(() => resolve(), { timeout: IDLE_WAIT_MS });
  });
}

export function deadlineIn(ms: number): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
}
