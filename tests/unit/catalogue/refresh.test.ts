import { describe, expect, it } from 'vitest';
import { assembleCatalogue, parseModelsDevSource } from '@/lib/catalogue/build';
import type { FetchResult } from '@/lib/catalogue/fetch-json';
import { DEFAULT_RANK_WEIGHTS } from '@/lib/catalogue/rank';
import { INITIAL_REFRESH_STATUS, refreshCatalogue, type RefreshInput } from '@/lib/catalogue/refresh';
import { parseRetryAfter, retryDelayMs, shrinkageProblem } from '@/lib/catalogue/refresh-policy';
import modelsDev from '../../fixtures/models-dev-api.json';
import openrouter from '../../fixtures/openrouter-models.json';

const URLS = { openrouter: 'https://openrouter.test/models', modelsDev: 'https://models.test/api.json' };
const NOW = new Date('2026-08-20T12:00:00Z');
const HOUR = 3600_000;

function input(answers: Record<string, FetchResult>, overrides: Partial<RefreshInput> = {}): RefreshInput {
  return {
    urls: URLS,
    intervalMs: 12 * HOUR,
    weights: { ...DEFAULT_RANK_WEIGHTS },
    now: () => NOW,
    fetch: async (url) => answers[url]!,
    previous: undefined,
    previousStatus: INITIAL_REFRESH_STATUS,
    ...overrides,
  };
}

const ok = (json: unknown): FetchResult => ({ ok: true, json });
const good = { [URLS.openrouter]: ok(openrouter), [URLS.modelsDev]: ok(modelsDev) };

describe('refreshCatalogue', () => {
  it('builds a live catalogue and says what each source gave', async () => {
    const result = await refreshCatalogue(input(good));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.catalogue.origin).toBe('live');
    expect(result.catalogue.models.length).toBeGreaterThan(5);
    expect(result.status.state).toBe('ok');
    expect(result.status.sources.openrouter).toMatchObject({ ok: true, total: 13, dropped: 3 });
    expect(result.status.sources.openrouter?.droppedExamples?.[0]).toMatch(/^#9: /);
    expect(result.status.sources['models.dev']).toMatchObject({ ok: true, total: 7, kept: 6 });
  });

  it('keeps the last good catalogue on an HTTP 500 and retries with backoff', async () => {
    const failing = { ...good, [URLS.modelsDev]: { ok: false, failure: { kind: 'http', message: 'models.test answered HTTP 500', status: 500 } } } as const;
    const result = await refreshCatalogue(input(failing, { previousStatus: { ...INITIAL_REFRESH_STATUS, lastSuccessAt: '2026-08-19T00:00:00.000Z' } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.status.state).toBe('failed');
    expect(result.status.message).toBe('Kept the last good catalogue: models.dev: models.test answered HTTP 500');
    expect(result.status.lastSuccessAt).toBe('2026-08-19T00:00:00.000Z');
    expect(result.retryInMs).toBe(60_000);
    expect(result.status.nextRetryAt).toBe('2026-08-20T12:01:00.000Z');
  });

  it('honours Retry-After on a 429 and doubles the wait after each failure', async () => {
    const limited = { ...good, [URLS.openrouter]: { ok: false, failure: { kind: 'http', message: 'rate limited', status: 429, retryAfterMs: 15 * 60_000 } } } as const;
    const first = await refreshCatalogue(input(limited));
    expect(!first.ok && first.retryInMs).toBe(15 * 60_000);
    const third = await refreshCatalogue(input(limited, { previousStatus: { ...INITIAL_REFRESH_STATUS, consecutiveFailures: 5 } }));
    expect(!third.ok && third.retryInMs).toBe(32 * 60_000);
  });

  it('rejects a payload with the wrong top level, in words', async () => {
    const renamed = { ...good, [URLS.openrouter]: ok({ models: [] }) };
    const result = await refreshCatalogue(input(renamed));
    expect(result.ok).toBe(false);
    expect(result.status.sources.openrouter).toMatchObject({ ok: false, message: expect.stringContaining('no "data" list') });
  });

  it('keeps the last good catalogue when the new one is much smaller', async () => {
    const previous = assembleCatalogue(
      [parseModelsDevSource({ json: modelsDev, fetchedAt: 'x' })],
      { origin: 'live', now: NOW },
    );
    previous.models = [...previous.models, ...previous.models, ...previous.models, ...previous.models];
    const tiny = { [URLS.openrouter]: ok({ data: [{ id: 'a/b', name: 'A: B' }] }), [URLS.modelsDev]: ok({ p: { models: { x: { id: 'x', name: 'X' } } } }) };
    const result = await refreshCatalogue(input(tiny, { previous }));
    expect(result.ok).toBe(false);
    expect(result.status.message).toBe(
      `Kept the last good catalogue: the refreshed catalogue has 2 models against ${previous.models.length} in the last good one`,
    );
  });
});

describe('refresh policy', () => {
  it('accepts any size after a bundled catalogue, flags big shrinkage after a live one', () => {
    expect(shrinkageProblem(undefined, 10)).toBeUndefined();
    expect(shrinkageProblem(100, 60)).toBeUndefined();
    expect(shrinkageProblem(100, 40)).toMatch(/40 models against 100/);
    expect(shrinkageProblem(100, 0)).toMatch(/empty/);
  });

  it('backs off exponentially, capped at the interval', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, HOUR))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30, HOUR)).toBe(HOUR);
    expect(retryDelayMs(1, HOUR, 2 * HOUR)).toBe(2 * HOUR);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120_000);
    expect(parseRetryAfter('Thu, 20 Aug 2026 12:05:00 GMT', NOW)).toBe(300_000);
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter(null, NOW)).toBeUndefined();
  });
});
