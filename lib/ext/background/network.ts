import type { FetchLike } from '../../catalogue/fetch-json';

/** The browser's own `fetch`, for the pure core's `fetchJson`; wrapped so it is never called with a foreign `this`. */
export const browserFetch: FetchLike = (url, init) => fetch(url, init);
