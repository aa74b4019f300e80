import fc from 'fast-check';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '@/lib/catalogue/fetch-json';
import { DEFAULT_RANK_WEIGHTS } from '@/lib/catalogue/rank';
import { HUB_BUCKET } from '@/lib/catalogue/rate-limit';
import { INITIAL_REFRESH_STATUS, refreshCatalogue, type RefreshStatus } from '@/lib/catalogue/refresh';
import { refreshStatusItem } from '@/lib/ext/shared/storage/items';
import type { HubDetails } from '@/lib/ext/shared/messages';
import { RETRY_ALARM, refreshNow } from '@/lib/ext/background/refresh-runner';
import { DEFAULT_SOURCE_URLS } from '@/lib/user-data/settings-defaults';
import { fireAlarm } from './fixtures/catalogue-alarms';
import { modelsDevPayload, openRouterPayload } from './fixtures/catalogue-payloads';
import { FakeNetwork, jsonAnswer, offlineAnswer, type Answer } from './fixtures/catalogue-network';
import { storedCatalogueBytes } from './fixtures/catalogue-storage';

const OPENROUTER = DEFAULT_SOURCE_URLS.openrouter;
const MODELS_DEV = DEFAULT_SOURCE_URLS.modelsDev;
const START = new Date('2026-08-20T12:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const rateLimited =
  (retryAfter: string): Answer =>
  () =>
    new Response('Too Many Requests', { status: 429, headers: { 'retry-after': retryAfter } });

describe('429 with Retry-After at the refresh runner', () => {
  let network: FakeNetwork;
  let lastGood: string;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(START);
    network = new FakeNetwork();
    network.route(OPENROUTER, jsonAnswer(openRouterPayload(12))).route(MODELS_DEV, jsonAnswer(modelsDevPayload(6)));
    network.install();
    await refreshNow();
    lastGood = await storedCatalogueBytes();
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const retryAlarmAt = async () => (await browser.alarms.get(RETRY_ALARM))?.scheduledTime;

  it('Retry-After in seconds is honoured: the next attempt waits that long, not the one-minute backoff', async () => {
    network.route(OPENROUTER, rateLimited('900'));
    const status = await refreshNow();
    expect(status.sources.openrouter).toMatchObject({ ok: false, httpStatus: 429, message: 'openrouter.ai is rate-limiting requests' });
    expect(await retryAlarmAt()).toBe(START.getTime() + 15 * MINUTE);
    expect(status.nextRetryAt).toBe(new Date(START.getTime() + 15 * MINUTE).toISOString());
    expect(await storedCatalogueBytes()).toBe(lastGood);
  });

  it('Retry-After as an HTTP date is honoured to the second', async () => {
    const until = new Date(START.getTime() + 3 * HOUR + 17_000);
    network.route(MODELS_DEV, rateLimited(until.toUTCString()));
    await refreshNow();
    expect(await retryAlarmAt()).toBe(until.getTime());
  });

  it('a tiny or zero Retry-After does not cause a storm: the backoff minimum still applies', async () => {
    network.route(OPENROUTER, rateLimited('0')).route(MODELS_DEV, rateLimited('2'));
    await refreshNow();
    expect(await retryAlarmAt()).toBe(START.getTime() + MINUTE);
  });

  it('when both sources rate-limit, the longer wait wins', async () => {
    network.route(OPENROUTER, rateLimited('120')).route(MODELS_DEV, rateLimited('1800'));
    await refreshNow();
    expect(await retryAlarmAt()).toBe(START.getTime() + 30 * MINUTE);
  });

  it('repeated 429s never shorten the wait, and each attempt is one request per source', async () => {
    network.route(OPENROUTER, rateLimited('600'));
    let attemptAt = Date.now();
    await refreshNow();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 8; attempt += 1) {
      const retryAt = await fireAlarm(RETRY_ALARM);
      waits.push(retryAt - attemptAt);
      attemptAt = retryAt;
    }
    expect(waits.every((wait) => wait >= 10 * MINUTE)).toBe(true);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    // Exponential backoff overtakes the server's 10 minutes after the fifth failure.
    expect(waits.at(-1)).toBeGreaterThan(10 * MINUTE);
    expect(network.requestsTo(OPENROUTER)).toHaveLength(1 + 9);
    expect((await refreshStatusItem.read()).consecutiveFailures).toBe(9);
    expect(await storedCatalogueBytes()).toBe(lastGood);
  });
});

describe('Retry-After, any value and any run of failures (property)', () => {
  const URLS = { openrouter: 'https://openrouter.test/models', modelsDev: 'https://models.test/api.json' };
  const INTERVAL = 12 * HOUR;

  /** A Retry-After header as servers send it: delay-seconds, or an HTTP date in the future or past. */
  const retryAfterHeader = fc.oneof(
    fc.nat({ max: 3 * 86_400 }).map((seconds) => ({ header: String(seconds), notBefore: (now: number) => now + seconds * 1000 })),
    fc.integer({ min: -86_400, max: 3 * 86_400 }).map((offsetSeconds) => ({
      header: (now: number) => new Date(now + offsetSeconds * 1000).toUTCString(),
      notBefore: (now: number) => now + offsetSeconds * 1000,
    })),
  );

  /** One failed refresh whose OpenRouter answer is a 429 with the given header, the other source fine. */
  async function attempt(header: string, now: Date, previousStatus: RefreshStatus): Promise<RefreshStatus> {
    const answers: Record<string, () => Response> = {
      [URLS.openrouter]: () => new Response('slow down', { status: 429, headers: { 'retry-after': header } }),
      [URLS.modelsDev]: () => Response.json(modelsDevPayload(2)),
    };
    const result = await refreshCatalogue({
      urls: URLS,
      intervalMs: INTERVAL,
      weights: { ...DEFAULT_RANK_WEIGHTS },
      now: () => now,
      fetch: (url) => fetchJson(url, { timeoutMs: 1000, now: () => now, fetchImpl: async (u) => answers[u]!() }),
      previous: undefined,
      previousStatus,
    });
    expect(result.ok).toBe(false);
    return result.status;
  }

  it('the next attempt is never scheduled before Retry-After allows, nor within a minute, nor past the interval unless asked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(retryAfterHeader, { minLength: 1, maxLength: 8 }), async (headers) => {
        let now = START.getTime();
        let status = INITIAL_REFRESH_STATUS;
        for (const spec of headers) {
          const header = typeof spec.header === 'string' ? spec.header : spec.header(now);
          status = await attempt(header, new Date(now), status);
          const next = Date.parse(status.nextRetryAt!);
          expect(next).toBeGreaterThanOrEqual(spec.notBefore(now));
          expect(next - now).toBeGreaterThanOrEqual(MINUTE);
          expect(next - now).toBeLessThanOrEqual(Math.max(INTERVAL, spec.notBefore(now) - now));
          now = next;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the same Retry-After on every failure never gives a shorter wait than the time before', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 2 * 86_400 }), fc.integer({ min: 2, max: 14 }), async (seconds, failures) => {
        let now = START.getTime();
        let status = INITIAL_REFRESH_STATUS;
        let previousWait = 0;
        for (let i = 0; i < failures; i += 1) {
          status = await attempt(String(seconds), new Date(now), status);
          const wait = Date.parse(status.nextRetryAt!) - now;
          expect(wait).toBeGreaterThanOrEqual(previousWait);
          previousWait = wait;
          now += wait;
        }
        expect(status.consecutiveFailures).toBe(failures);
      }),
      { numRuns: 40 },
    );
  });
});

describe('429 with Retry-After on Hugging Face look-ups (hover cards for repos outside the catalogue)', () => {
  const HUB = DEFAULT_SOURCE_URLS.huggingFace;
  const repoUrl = (repo: string) => `${HUB}${repo}`;
  let network: FakeNetwork;
  let lookUp: (repoId: string, at: number) => Promise<HubDetails>;

  beforeEach(async () => {
    fakeBrowser.reset();
    network = new FakeNetwork();
    network.install();
    // The look-up keeps its rate limiter in memory, as the background does: a fresh one per test.
    vi.resetModules();
    const { hubDetails } = await import('@/lib/ext/background/hub-details');
    lookUp = (repoId, at) => hubDetails(repoId, { baseUrl: HUB, now: () => new Date(at) }, undefined, () => Promise.resolve(null));
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const repo = (id: string) => jsonAnswer({ id, downloads: 10, likes: 1 });
  const start = START.getTime();

  it.each([
    ['seconds', () => '120'],
    ['an HTTP date', () => new Date(start + 120_000).toUTCString()],
  ])('Retry-After in %s pauses every look-up until then; afterwards one request goes out', async (_, header) => {
    network.route(repoUrl('org/first'), rateLimited(header()));
    expect(await lookUp('org/first', start)).toMatchObject({ ok: false, error: 'huggingface.co is rate-limiting requests' });

    network.route(repoUrl('org/second'), repo('org/second'));
    for (const at of [start + 1_000, start + 60_000, start + 119_000]) {
      expect(await lookUp('org/second', at)).toMatchObject({ ok: false, error: expect.stringMatching(/^Hugging Face look-ups are paused for \d+ s$/) });
    }
    expect(network.requestsTo(repoUrl('org/second'))).toHaveLength(0);

    expect(await lookUp('org/second', start + 120_000)).toMatchObject({ ok: true, repoId: 'org/second', stats: { downloads: 10 } });
    expect(network.requestsTo(repoUrl('org/second'))).toHaveLength(1);
  });

  it('hovering the same failed repo again and again sends no new request for a while, then asks again', async () => {
    network.route(repoUrl('org/flaky'), offlineAnswer);
    for (let i = 0; i < 20; i += 1) expect((await lookUp('org/flaky', start + i * 10_000)).ok).toBe(false);
    expect(network.requestsTo(repoUrl('org/flaky'))).toHaveLength(1);

    network.route(repoUrl('org/flaky'), repo('org/flaky'));
    expect(await lookUp('org/flaky', start + 10 * MINUTE)).toMatchObject({ ok: true, stats: { downloads: 10 } });
    expect(network.requestsTo(repoUrl('org/flaky'))).toHaveLength(2);
    // A good answer is kept for a day, then asked for again.
    expect((await lookUp('org/flaky', start + 20 * 3600_000)).ok).toBe(true);
    expect(network.requestsTo(repoUrl('org/flaky'))).toHaveLength(2);
    expect((await lookUp('org/flaky', start + 25 * 3600_000)).ok).toBe(true);
    expect(network.requestsTo(repoUrl('org/flaky'))).toHaveLength(3);
  });

  it('a burst of hovers over many repos stays within the look-up budget instead of storming the Hub', async () => {
    const repos = Array.from({ length: 100 }, (_, i) => `org/repo-${i}`);
    for (const id of repos) network.route(repoUrl(id), repo(id));
    const answers = await Promise.all(repos.map((id) => lookUp(id, start)));
    expect(network.requests.length).toBeLessThanOrEqual(HUB_BUCKET.capacity);
    expect(HUB_BUCKET.capacity).toBeLessThan(100);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && /paused/.test(a.error))).toBe(true);
  });
});
