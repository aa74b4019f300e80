/**
 * A token bucket for the Hugging Face Hub (anonymous limit: 500 requests per 5 minutes per IP).
 * We keep to half of it (the user's other Hub traffic shares the limit), with a burst that one
 * page's budget of look-ups fits in, and a 429 with Retry-After pauses everything until then.
 * Time is passed in.
 */
export interface BucketState {
  tokens: number;
  updatedAt: number;
  pausedUntil: number;
}

export const HUB_BUCKET = { capacity: 60, refillPerMs: 250 / (5 * 60_000) } as const;

export function initialBucket(now: number): BucketState {
  return { tokens: HUB_BUCKET.capacity, updatedAt: now, pausedUntil: 0 };
}

/** Takes a token if one is free: returns the new state, or the wait in ms before one is. */
export function takeToken(state: BucketState, now: number): { ok: true; state: BucketState } | { ok: false; waitMs: number } {
  if (now < state.pausedUntil) return { ok: false, waitMs: state.pausedUntil - now };
  const tokens = Math.min(HUB_BUCKET.capacity, state.tokens + (now - state.updatedAt) * HUB_BUCKET.refillPerMs);
  if (tokens < 1) return { ok: false, waitMs: Math.ceil((1 - tokens) / HUB_BUCKET.refillPerMs) };
  return { ok: true, state: { tokens: tokens - 1, updatedAt: now, pausedUntil: state.pausedUntil } };
}

export function pauseFor(state: BucketState, now: number, ms: number): BucketState {
  return { ...state, pausedUntil: Math.max(state.pausedUntil, now + ms) };
}
