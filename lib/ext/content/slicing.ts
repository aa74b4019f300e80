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

/**
 * After the next frame: layout is then up to date, so measuring elements does not force the
 * page's layout inside our task (on a huge page that alone can take longer than a frame).
 */
export function nextFrame(): Promise<void> {
  // A tab in the background gets no frames; it still gets its scan, without the wait.
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    if (document.visibilityState === 'hidden') done();
    else requestAnimationFrame(done);
  });
}

export function deadlineIn(ms: number): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
}
