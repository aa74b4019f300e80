import { describe, expect, it } from 'vitest';
import type { FetchResult } from '@/lib/catalogue/fetch-json';
import { HUB_REFRESH_REQUESTS, hubListingRequests, hubListingUrl } from '@/lib/catalogue/hub-figures';
import { adoptionScore, DEFAULT_RANK_WEIGHTS } from '@/lib/catalogue/rank';
import { INITIAL_REFRESH_STATUS, refreshCatalogue, type RefreshInput } from '@/lib/catalogue/refresh';
import hubList from '../../fixtures/hf-list.json';
import modelsDev from '../../fixtures/models-dev-api.json';
import openrouter from '../../fixtures/openrouter-models.json';

const HUB = 'https://hub.test/api/models/';
const URLS = { openrouter: 'https://openrouter.test/models', modelsDev: 'https://models.test/api.json', huggingFace: HUB };
const NOW = new Date('2026-08-20T12:00:00Z');
const LLAMA = 'meta-llama/llama-3.1-8b-instruct';
const ok = (json: unknown): FetchResult => ({ ok: true, json });
const down: FetchResult = { ok: false, failure: { kind: 'http', message: 'hub.test answered HTTP 503', status: 503 } };

function input(hub: Record<string, FetchResult>, overrides: Partial<RefreshInput> = {}) {
  const asked: string[] = [];
  const sources: Record<string, FetchResult> = { [URLS.openrouter]: ok(openrouter), [URLS.modelsDev]: ok(modelsDev) };
  const refresh: RefreshInput = {
    urls: URLS,
    intervalMs: 12 * 3600_000,
    weights: { ...DEFAULT_RANK_WEIGHTS },
    now: () => NOW,
    fetch: async (url) => sources[url]!,
    fetchHub: async (url) => {
      asked.push(url);
      return hub[url] ?? { ok: false, failure: { kind: 'http', message: 'not found', status: 404 } };
    },
    previous: undefined,
    previousStatus: INITIAL_REFRESH_STATUS,
    ...overrides,
  };
  return { refresh, asked };
}

async function refreshed(hub: Record<string, FetchResult>, overrides: Partial<RefreshInput> = {}) {
  const { refresh, asked } = input(hub, overrides);
  const result = await refreshCatalogue(refresh);
  if (!result.ok) throw new Error(result.status.message);
  return { ...result, asked, llama: result.catalogue.models.find((m) => m.id === LLAMA)! };
}

describe('Hub figures in the refresh', () => {
  it('asks one listing per org, sorted by downloads, from the configured base', () => {
    expect(hubListingUrl('https://huggingface.co/api/models/', 'meta-llama')).toBe(
      'https://huggingface.co/api/models?author=meta-llama&sort=downloads&direction=-1&limit=500',
    );
    const ids = (huggingFace: string) => ({ ids: { openrouter: [], modelsDev: [], huggingFace } });
    const models = [ids('Qwen/Qwen3-8B'), ids('qwen/Qwen3-32B'), ids('Qwen/Qwen3-4B'), ids('hf:meta-llama/Llama-3.3-70B-Instruct'), ids('not a repo')];
    expect(hubListingRequests(models, HUB).map((r) => r.org)).toEqual(['Qwen', 'meta-llama']);
    const many = Array.from({ length: HUB_REFRESH_REQUESTS + 5 }, (_, i) => ids(`org${i}/model`));
    expect(hubListingRequests(many, HUB)).toHaveLength(HUB_REFRESH_REQUESTS);
  });

  it('gives a catalogue model its Hub downloads and likes, with source and fetch time, and adoption counts them', async () => {
    const withoutHub = await refreshed({}, { fetchHub: undefined });
    const { llama, catalogue, status, asked } = await refreshed({ [hubListingUrl(HUB, 'meta-llama')]: ok(hubList) });
    expect(asked).toEqual([hubListingUrl(HUB, 'meta-llama')]);
    expect(llama.hub).toMatchObject({ value: { downloads: 5123456, likes: 4321 }, source: 'huggingface', fetchedAt: NOW.toISOString() });
    expect(llama.rank.subScores.adoption).toBeCloseTo(adoptionScore(llama), 1);
    expect(llama.rank.subScores.adoption!).toBeGreaterThan(withoutHub.llama.rank.subScores.adoption!);
    expect(withoutHub.llama.hub).toBeUndefined();
    // Items are validated one by one: the two broken ones are dropped and named.
    expect(status.sources.huggingface).toMatchObject({ ok: true, url: HUB, total: 4, kept: 2, dropped: 2 });
    expect(catalogue.sources.huggingface).toMatchObject({ fetchedAt: NOW.toISOString(), kept: 1 });
    expect(status.message).toMatch(/Hugging Face figures for 1$/);
  });

  it('a Hub outage keeps the last known figures and the refresh still succeeds', async () => {
    const before = await refreshed({ [hubListingUrl(HUB, 'meta-llama')]: ok(hubList) });
    const later = new Date('2026-08-21T12:00:00Z');
    const after = await refreshed({ [hubListingUrl(HUB, 'meta-llama')]: down }, { previous: before.catalogue, now: () => later });
    expect(after.status.state).toBe('ok');
    expect(after.llama.hub).toEqual(before.llama.hub);
    expect(after.llama.rank.subScores.adoption).toBe(before.llama.rank.subScores.adoption);
    expect(after.status.sources.huggingface).toMatchObject({ ok: false, message: expect.stringContaining('meta-llama: hub.test answered HTTP 503') });
    expect(after.status.message).toMatch(/last known figures kept/);
    // The Hub's age is its oldest figure's, not this refresh's.
    expect(after.catalogue.sources.huggingface?.fetchedAt).toBe(NOW.toISOString());
  });

  it('a Hub answer that is not a listing, or a 429, fails the Hub alone', async () => {
    for (const answer of [ok({ error: 'Invalid credentials' }), { ok: false, failure: { kind: 'http', message: 'rate limited', status: 429, retryAfterMs: 60_000 } } as const]) {
      const { llama, status } = await refreshed({ [hubListingUrl(HUB, 'meta-llama')]: answer });
      expect(status.state).toBe('ok');
      expect(llama.hub).toBeUndefined();
      expect(status.sources.huggingface?.ok).toBe(false);
    }
  });
});
