import { browser } from 'wxt/browser';
import { fetchJson } from '../catalogue/fetch-json';
import { parseHuggingFaceModel } from '../catalogue/sources/hugging-face';
import { initialBucket, pauseFor, takeToken, type BucketState } from '../catalogue/rate-limit';
import type { HubDetails } from './messages';
import { STORAGE_KEYS } from './storage-keys';

const CACHE_DAYS = 7;
const FAILURE_CACHE_MINUTES = 10;
const MAX_CACHED = 500;

type CacheEntry = Extract<HubDetails, { ok: true }> | (Extract<HubDetails, { ok: false }> & { fetchedAt: string });

let bucket: BucketState | undefined;

/**
 * Facts about a Hugging Face repo the catalogue lacks, looked up lazily, cached for a week,
 * and rate-limited well below the Hub's anonymous limit (a 429 pauses all look-ups).
 */
export async function lookUpHubModel(repoId: string, baseUrl: string, now: () => Date): Promise<HubDetails> {
  const key = repoId.toLowerCase();
  const cache = await readCache();
  const hit = cache[key];
  const keepFor = hit?.ok ? CACHE_DAYS * 86_400_000 : FAILURE_CACHE_MINUTES * 60_000;
  if (hit && now().getTime() - Date.parse(hit.fetchedAt) < keepFor) return hit;

  bucket ??= initialBucket(now().getTime());
  const token = takeToken(bucket, now().getTime());
  if (!token.ok) return { ok: false, repoId, error: `Hugging Face look-ups are paused for ${Math.ceil(token.waitMs / 1000)} s` };
  bucket = token.state;

  const result = await fetchJson(`${baseUrl}${repoId.split('/').map(encodeURIComponent).join('/')}`, { timeoutMs: 10_000, now });
  let entry: CacheEntry;
  if (!result.ok) {
    if (result.failure.status === 429) bucket = pauseFor(bucket, now().getTime(), result.failure.retryAfterMs ?? 60_000);
    entry = { ok: false, repoId, error: result.failure.message, fetchedAt: now().toISOString() };
  } else {
    try {
      const model = parseHuggingFaceModel(result.json, now().toISOString());
      entry = { ok: true, repoId: model.sourceId, stats: model.hub ?? {}, pipelineTag: model.hub?.pipelineTag, fetchedAt: model.fetchedAt };
    } catch (error) {
      entry = { ok: false, repoId, error: error instanceof Error ? error.message : String(error), fetchedAt: now().toISOString() };
    }
  }
  // Failures are cached briefly too, so a missing repo is not asked for on every hover.
  await writeCache({ ...trim(cache), [key]: entry });
  return entry;
}

async function readCache(): Promise<Record<string, CacheEntry>> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.hubCache))[STORAGE_KEYS.hubCache];
  return stored && typeof stored === 'object' ? (stored as Record<string, CacheEntry>) : {};
}

async function writeCache(cache: Record<string, CacheEntry>): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.hubCache]: cache });
}

function trim(cache: Record<string, CacheEntry>): Record<string, CacheEntry> {
  const entries = Object.entries(cache);
  if (entries.length < MAX_CACHED) return cache;
  return Object.fromEntries(entries.sort((a, b) => (a[1].fetchedAt < b[1].fetchedAt ? 1 : -1)).slice(0, MAX_CACHED - 1));
}
