import { fetchJson, type FetchResult } from '../../catalogue/fetch-json';
import { browserFetch } from './network';
import { parseHubRecord, type HubRecord } from '../../catalogue/sources/hugging-face';
import { initialBucket, pauseFor, takeToken, type BucketState } from '../../catalogue/rate-limit';
import { hubCacheItem, hubPausedUntilItem } from '../shared/storage/items';
import { errorMessage } from '../../error-message';

/** A Hub record is asked for again after a day. */
export const HUB_FRESH_MS = 24 * 3600_000;
const FAILURE_RETRY_MS = 10 * 60_000;
const MAX_CACHED = 500;
// A listing of an org's repos is larger than one repo's record.
const HUB_TIMEOUT_MS = 20_000;
/** Network requests one page may cause (a hover costs one, and one per lineage hop). */
export const PAGE_REQUEST_BUDGET = 40;

/** A repo's last known record, and the last failure to refresh it. */
interface CacheEntry {
  record?: HubRecord;
  checkedAt: string;
  error?: string;
}

export interface HubAnswer {
  repoId: string;
  record?: HubRecord;
  /** Why the record is missing or not fresh (offline, paused, out of budget, not found). */
  error?: string;
}

export interface HubLookupOptions {
  baseUrl: string;
  now: () => Date;
  /** The page that asked: each page gets a budget of requests. */
  page?: string;
}

let bucket: BucketState | undefined;
const inFlight = new Map<string, Promise<HubAnswer>>();
const spentByPage = new Map<string, number>();
const addressByPage = new Map<string, string>();

/**
 * A Hub repo's record, cached in storage for 24 h. One request per repo at a time, a request
 * budget per page, and the Hub's anonymous limit kept with a token bucket that a 429 pauses
 * for its Retry-After. When the Hub cannot be asked, the last known record is answered with why.
 */
export function lookUpHubRecord(repoId: string, options: HubLookupOptions): Promise<HubAnswer> {
  const key = repoId.toLowerCase();
  const pending = inFlight.get(key);
  if (pending) return pending;
  const lookup = lookUp(repoId, key, options).finally(() => inFlight.delete(key));
  inFlight.set(key, lookup);
  return lookup;
}

async function lookUp(repoId: string, key: string, options: HubLookupOptions): Promise<HubAnswer> {
  const now = options.now().getTime();
  const [cache, pausedUntil] = await Promise.all([readCache(), readPause()]);
  const hit = cache[key];
  if (hit?.record && now - Date.parse(hit.record.fetchedAt) < HUB_FRESH_MS) return { repoId: hit.record.repoId, record: hit.record };
  const lastKnown = (error: string): HubAnswer => ({ repoId: hit?.record?.repoId ?? repoId, record: hit?.record, error });
  if (hit?.error && now - Date.parse(hit.checkedAt) < FAILURE_RETRY_MS) return lastKnown(hit.error);

  if (options.page !== undefined) {
    const spent = spentByPage.get(options.page) ?? 0;
    if (spent >= PAGE_REQUEST_BUDGET) return lastKnown(`this page has used its ${PAGE_REQUEST_BUDGET} Hugging Face look-ups`);
    spentByPage.set(options.page, spent + 1);
  }
  const attempt = await fetchFromHub(`${options.baseUrl}${repoId.split('/').map(encodeURIComponent).join('/')}`, options.now, pausedUntil);
  if (!attempt.sent) return lastKnown(`Hugging Face look-ups are paused for ${Math.ceil(attempt.waitMs / 1000)} s`);
  const { result } = attempt;
  const checkedAt = options.now().toISOString();
  let entry: CacheEntry;
  if (!result.ok) {
    const { status, message } = result.failure;
    const error = status === 401 || status === 403 || status === 404 ? 'the Hub has no public record of it (private, gated or missing)' : message;
    entry = { record: hit?.record, checkedAt, error };
  } else {
    try {
      entry = { record: parseHubRecord(result.json, checkedAt), checkedAt };
    } catch (error) {
      entry = { record: hit?.record, checkedAt, error: errorMessage(error) };
    }
  }
  // Failures are kept too, so a missing repo is not asked for on every hover.
  await writeCache({ ...trim(await readCache()), [key]: entry });
  return { repoId: entry.record?.repoId ?? repoId, record: entry.record, error: entry.error };
}

/**
 * One request to the Hub, if the rate limit allows it now: every request to the Hub (the card's
 * look-ups and the refresh's listings) takes a token from one bucket, and a 429 pauses them all
 * for its Retry-After.
 */
async function fetchFromHub(url: string, now: () => Date, pausedUntil: number): Promise<{ sent: true; result: FetchResult } | { sent: false; waitMs: number }> {
  const at = now().getTime();
  bucket = pauseFor(bucket ?? initialBucket(at), at, pausedUntil - at);
  const token = takeToken(bucket, at);
  if (!token.ok) return { sent: false, waitMs: token.waitMs };
  bucket = token.state;
  const result = await fetchJson(url, { timeoutMs: HUB_TIMEOUT_MS, now, fetchImpl: browserFetch });
  if (!result.ok && result.failure.status === 429) await pauseUntil(now().getTime() + (result.failure.retryAfterMs ?? 60_000));
  return { sent: true, result };
}

/** A Hub request for the refresh, within the same rate limit as the look-ups. */
export async function fetchHubListing(url: string, now: () => Date): Promise<FetchResult> {
  const attempt = await fetchFromHub(url, now, await readPause());
  if (attempt.sent) return attempt.result;
  return { ok: false, failure: { kind: 'http', message: `Hugging Face requests are paused for ${Math.ceil(attempt.waitMs / 1000)} s (rate limit)`, status: 429 } };
}

/**
 * The last known record of a repo, without waiting on the network: a card opens at once. A
 * missing or day-old record is asked for in the background, for the next time.
 */
export async function knownHubRecord(repoId: string, options: HubLookupOptions): Promise<HubRecord | undefined> {
  const hit = (await readCache())[repoId.toLowerCase()];
  const fresh = hit?.record && options.now().getTime() - Date.parse(hit.record.fetchedAt) < HUB_FRESH_MS;
  if (!fresh) void lookUpHubRecord(repoId, options).catch(() => undefined);
  return hit?.record;
}

/**
 * A new page starts with a new budget: a load, a reload, or a move to another address without
 * one (huggingface.co navigates between its pages in the page's own script). A change of the
 * #fragment alone is the same page.
 */
export function startPageBudget(page: string, change: { loading: boolean; url?: string }): void {
  const address = change.url?.replace(/#.*$/, '');
  const moved = address !== undefined && address !== addressByPage.get(page);
  if (address !== undefined) addressByPage.set(page, address);
  if (change.loading || moved) spentByPage.delete(page);
}

/** For tests: forget the rate-limit state and budgets this service worker holds. */
export function resetHubLookups(): void {
  bucket = undefined;
  inFlight.clear();
  spentByPage.clear();
  addressByPage.clear();
}

async function readPause(): Promise<number> {
  return hubPausedUntilItem.read();
}

async function pauseUntil(until: number): Promise<void> {
  bucket = pauseFor(bucket!, until, 0);
  await hubPausedUntilItem.write(bucket.pausedUntil);
}

async function readCache(): Promise<Record<string, CacheEntry>> {
  return (await hubCacheItem.read()) as Record<string, CacheEntry>;
}

async function writeCache(cache: Record<string, CacheEntry>): Promise<void> {
  await hubCacheItem.write(cache);
}

function trim(cache: Record<string, CacheEntry>): Record<string, CacheEntry> {
  const entries = Object.entries(cache);
  if (entries.length < MAX_CACHED) return cache;
  return Object.fromEntries(entries.sort((a, b) => (a[1].checkedAt < b[1].checkedAt ? 1 : -1)).slice(0, MAX_CACHED - 1));
}
