/**
 * When to accept a refreshed catalogue and when to try again: pure, time passed in.
 */

/** A new catalogue this much smaller than the last good one is more likely an upstream fault than real. */
export const MIN_KEPT_SHARE = 0.5;

export function shrinkageProblem(previousCount: number | undefined, nextCount: number): string | undefined {
  if (nextCount === 0) return 'the refreshed catalogue is empty';
  if (previousCount === undefined || previousCount === 0) return undefined;
  if (nextCount < previousCount * MIN_KEPT_SHARE) {
    return `the refreshed catalogue has ${nextCount} models against ${previousCount} in the last good one`;
  }
  return undefined;
}

const FIRST_RETRY_MS = 60_000;

/**
 * Exponential backoff from one minute, capped at the regular interval; a server's
 * Retry-After is honoured when it asks for longer.
 */
export function retryDelayMs(consecutiveFailures: number, intervalMs: number, retryAfterMs?: number): number {
  const backoff = Math.min(intervalMs, FIRST_RETRY_MS * 2 ** Math.max(0, consecutiveFailures - 1));
  return Math.max(backoff, retryAfterMs ?? 0);
}

/** Parses a Retry-After header (seconds or an HTTP date) into milliseconds from `now`. */
export function parseRetryAfter(header: string | null | undefined, now: Date): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now.getTime());
}
