import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogueItem, refreshStatusItem } from '@/lib/ext/shared/storage/items';
import { onAlarm } from '@/lib/ext/background/background-service';
import { REFRESH_ALARM, RETRY_ALARM, refreshNow } from '@/lib/ext/background/refresh-runner';
import { DEFAULT_SOURCE_URLS } from '@/lib/user-data/settings-defaults';
import { modelsDevPayload, openRouterPayload } from './fixtures/catalogue-payloads';
import { FakeNetwork, hangingAnswer, jsonAnswer, offlineAnswer, stallingBodyAnswer, type Answer } from './fixtures/catalogue-network';
import { fireAlarm } from './fixtures/catalogue-alarms';
import { storedCatalogueBytes } from './fixtures/catalogue-storage';

const OPENROUTER = DEFAULT_SOURCE_URLS.openrouter;
const MODELS_DEV = DEFAULT_SOURCE_URLS.modelsDev;
const FIRST_SUCCESS = new Date('2026-08-20T12:00:00.000Z');
const HOUR = 3_600_000;
// The refresh runner gives each request this long; the tests let the timer fire sooner.
const REQUEST_TIMEOUT_MS = 30_000;

let network: FakeNetwork;
let requestedTimeouts: number[];
let lastGood: string;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIRST_SUCCESS);
  requestedTimeouts = [];
  const realTimeout = AbortSignal.timeout.bind(AbortSignal);
  vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms) => {
    requestedTimeouts.push(ms);
    return realTimeout(20);
  });
  network = new FakeNetwork();
  network.route(OPENROUTER, jsonAnswer(openRouterPayload(20))).route(MODELS_DEV, jsonAnswer(modelsDevPayload(10)));
  network.install();
  expect((await refreshNow()).state).toBe('ok');
  lastGood = await storedCatalogueBytes();
  vi.setSystemTime(FIRST_SUCCESS.getTime() + HOUR);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const retryAlarmAt = async () => (await browser.alarms.get(RETRY_ALARM))?.scheduledTime;

const served = (body: string, contentType: string): Answer => () => new Response(body, { headers: { 'content-type': contentType } });
const PORTAL_PAGE = '<!doctype html><html><head><title>Sign in to Hotel Wi-Fi</title></head><body><form>…</form></body></html>';

const FAULTS: { fault: string; answer: Answer; says: RegExp }[] = [
  { fault: 'API answers HTTP 500', answer: () => new Response('Internal Server Error', { status: 500 }), says: /openrouter\.ai answered HTTP 500$/ },
  { fault: 'API never answers (timeout)', answer: hangingAnswer, says: /openrouter\.ai did not answer within 30 s$/ },
  { fault: 'offline (fetch rejects)', answer: offlineAnswer, says: /could not reach openrouter\.ai \(offline or blocked\)$/ },
  {
    fault: 'captive portal answers 200 with an HTML page',
    answer: served(PORTAL_PAGE, 'text/html; charset=utf-8'),
    says: /openrouter\.ai sent a web page instead of data \(a captive portal or an outage page\?\)$/,
  },
  {
    fault: 'captive portal page mislabelled as JSON',
    answer: served(`\n  ${PORTAL_PAGE}`, 'application/json'),
    says: /openrouter\.ai sent a web page instead of data \(a captive portal or an outage page\?\)$/,
  },
  {
    fault: 'JSON cut off half-way',
    answer: served('{"data":[{"id":"maker0/model-0","name":"Maker 0: Model 0","pricing":{"prompt":"0.0000', 'application/json'),
    says: /openrouter\.ai sent data that is not valid JSON \(cut short\?\)$/,
  },
  { fault: 'download stalls after the headers', answer: stallingBodyAnswer, says: /openrouter\.ai stopped sending data before the download finished$/ },
];

describe('catalogue refresh under network faults', () => {
  it.each(FAULTS)('$fault → last good catalogue kept, status says stale since the last success, retry scheduled', async ({ answer, says }) => {
    network.route(OPENROUTER, answer);
    const status = await refreshNow();

    expect(await storedCatalogueBytes()).toBe(lastGood);
    expect((await catalogueItem.read())?.origin).toBe('live');
    expect(status).toMatchObject({ state: 'failed', lastSuccessAt: FIRST_SUCCESS.toISOString(), consecutiveFailures: 1 });
    expect(status.message).toMatch(/^Kept the last good catalogue: openrouter: /);
    expect(status.message).toMatch(says);
    expect(await refreshStatusItem.read()).toEqual(status);
    const retryAt = FIRST_SUCCESS.getTime() + HOUR + 60_000;
    expect(await retryAlarmAt()).toBe(retryAt);
    expect(status.nextRetryAt).toBe(new Date(retryAt).toISOString());
  });

  it('a request that never answers is really aborted when its 30 s run out', async () => {
    let signal: AbortSignal | undefined;
    network.route(OPENROUTER, (init) => {
      signal = init.signal ?? undefined;
      return hangingAnswer(init);
    });
    const status = await refreshNow();
    expect(requestedTimeouts.length).toBeGreaterThan(0);
    expect(requestedTimeouts.every((ms) => ms === REQUEST_TIMEOUT_MS)).toBe(true);
    expect(signal?.aborted).toBe(true);
    expect((signal?.reason as Error).name).toBe('TimeoutError');
    expect(status.sources.openrouter).toMatchObject({ ok: false, message: 'openrouter.ai did not answer within 30 s' });
  });

  it('retries with doubling backoff while the fault lasts, one request per source per attempt, then recovers', async () => {
    network.route(MODELS_DEV, () => new Response('Bad Gateway', { status: 502 }));
    const delays: number[] = [];
    let attemptAt = Date.now();
    await refreshNow();
    for (let attempt = 1; attempt <= 12; attempt += 1) {
      const retryAt = await fireAlarm(RETRY_ALARM);
      delays.push(retryAt - attemptAt);
      attemptAt = retryAt;
      expect(await storedCatalogueBytes()).toBe(lastGood);
    }
    const minute = 60_000;
    expect(delays.slice(0, 6)).toEqual([1, 2, 4, 8, 16, 32].map((n) => n * minute));
    // Capped at the regular 12-hour interval, never more, never less.
    expect(delays.slice(10)).toEqual([12 * HOUR, 12 * HOUR]);
    // The first success plus the failed attempt and its 12 retries.
    expect(network.requestsTo(MODELS_DEV)).toHaveLength(1 + 13);
    expect(network.requestsTo(OPENROUTER)).toHaveLength(1 + 13);
    expect((await refreshStatusItem.read()).consecutiveFailures).toBe(13);

    network.route(MODELS_DEV, jsonAnswer(modelsDevPayload(10)));
    await fireAlarm(RETRY_ALARM);
    const recovered = await refreshStatusItem.read();
    expect(recovered).toMatchObject({ state: 'ok', consecutiveFailures: 0, lastSuccessAt: new Date(Date.now()).toISOString() });
    expect(recovered.nextRetryAt).toBeUndefined();
    expect(await browser.alarms.get(RETRY_ALARM)).toBeUndefined();
    expect((await catalogueItem.read())?.builtAt).toBe(recovered.lastSuccessAt);
  });

  it('a refresh triggered while one is under way joins it instead of fetching again', async () => {
    network.route(OPENROUTER, () => new Response('Internal Server Error', { status: 500 }));
    const before = network.requests.length;
    const statuses = await Promise.all([refreshNow(), onAlarm(RETRY_ALARM), onAlarm(REFRESH_ALARM), refreshNow()]);
    expect(network.requests.length - before).toBe(2);
    expect(new Set(statuses)).toHaveProperty('size', 1);
    expect((await refreshStatusItem.read()).consecutiveFailures).toBe(1);
  });
});
