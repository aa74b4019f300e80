import { describe, expect, it } from 'vitest';
import type { CatalogueSummary, StatusResponse } from '@/lib/ext/shared/messages';
import { json } from '../../scripts/browser/fixture-server';
import { liveCatalogueForSuite, OPENROUTER_PATH, openRouterPayload } from './support/catalogue-sources';
import { openExtensionPage, request, waitFor } from './support/extension';
import { alarmDueAt, alarmNames, fireAlarmSoon, restartedWorker, stopWorker } from './support/service-worker';
import { storedUserData } from './support/user-data';

const RETRY = 'catalogue-retry';
const REFRESH = 'catalogue-refresh';
const MINUTE = 60_000;

describe('network faults: offline and rate-limited sources keep the last good catalogue and retry politely', () => {
  const live = liveCatalogueForSuite();

  const status = () => request<StatusResponse>(live.popup, { type: 'getStatus' });

  /** What the popup's footer says about the catalogue, read as the user reads it. */
  async function popupSummary(): Promise<string> {
    await live.popup.reload();
    const summary = await live.popup.waitForSelector('[data-testid="catalogue-summary"]');
    return (await summary!.evaluate((el) => el.textContent))!;
  }

  const summaryOf = (catalogue: CatalogueSummary) =>
    `Catalogue as of ${catalogue.dataAsOf}, ${catalogue.modelCount} models, from OpenRouter and models.dev.`;

  async function setOffline(offline: boolean): Promise<void> {
    // The worker's own network, as when the machine loses its connection; pages are not involved.
    await live.worker.client.send('Network.enable');
    await live.worker.client.send('Network.emulateNetworkConditions', { offline, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  }

  it('offline: the refresh fails in words, the last good catalogue is served, and retries back off', async () => {
    const userData = await storedUserData(live.worker);
    const lastGood = (await status()).catalogue!;
    const askedBefore = live.server.requests.length;
    await setOffline(true);

    const startedAt = Date.now();
    const failed = await request<StatusResponse>(live.popup, { type: 'refreshNow' });
    expect(live.server.requests.length).toBe(askedBefore);
    expect(failed.catalogue).toEqual(lastGood);
    expect(failed.refresh).toMatchObject({ state: 'failed', consecutiveFailures: 1, lastSuccessAt: lastGood.builtAt });
    expect(failed.refresh.message).toMatch(
      /^Kept the last good catalogue: openrouter: could not reach openrouter\.ai:\d+ \(offline or blocked\); models\.dev: could not reach openrouter\.ai:\d+ \(offline or blocked\)$/,
    );
    expect(await alarmNames(live.worker)).toEqual([REFRESH, RETRY]);
    const firstRetry = (await alarmDueAt(live.worker, RETRY))! - startedAt;
    expect(firstRetry).toBeGreaterThanOrEqual(MINUTE);
    expect(firstRetry).toBeLessThan(MINUTE + 5_000);

    // Failing again waits twice as long.
    const againAt = Date.now();
    expect((await request<StatusResponse>(live.popup, { type: 'refreshNow' })).refresh.consecutiveFailures).toBe(2);
    const secondRetry = (await alarmDueAt(live.worker, RETRY))! - againAt;
    expect(secondRetry).toBeGreaterThanOrEqual(2 * MINUTE);
    expect(secondRetry).toBeLessThan(2 * MINUTE + 5_000);
    expect(await alarmNames(live.worker)).toEqual([REFRESH, RETRY]);
    expect(await popupSummary()).toBe(summaryOf(lastGood));

    // Back online, the retry alarm (brought forward, rather than waited for) refreshes.
    await setOffline(false);
    await fireAlarmSoon(live.worker, RETRY);
    const back = await waitFor(async () => {
      const now = await status();
      return now.catalogue!.builtAt > lastGood.builtAt && now;
    }, 'the retry to store a new catalogue once online');
    expect(back.refresh).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    // A success clears the retry (just after storing the catalogue).
    await waitFor(async () => (await alarmNames(live.worker)).join() === REFRESH, 'only the regular refresh alarm to be left');
    expect(await storedUserData(live.worker)).toEqual(userData);
  });

  it('HTTP 429 with Retry-After: 120 is honoured: no retry before then, no request storm from popups or restarts', async () => {
    const userData = await storedUserData(live.worker);
    const lastGood = (await status()).catalogue!;
    live.server.route(OPENROUTER_PATH, { status: 429, headers: { 'retry-after': '120' }, body: 'Too Many Requests' });

    const startedAt = Date.now();
    const limited = await request<StatusResponse>(live.popup, { type: 'refreshNow' });
    expect(limited.refresh.state).toBe('failed');
    expect(limited.refresh.message).toMatch(/^Kept the last good catalogue: openrouter: openrouter\.ai:\d+ is rate-limiting requests$/);
    expect(limited.refresh.sources.openrouter).toMatchObject({ ok: false, httpStatus: 429 });
    const due = (await alarmDueAt(live.worker, RETRY))!;
    // The first backoff step would be one minute; the server asked for two.
    expect(due - startedAt).toBeGreaterThanOrEqual(2 * MINUTE);
    expect(due - startedAt).toBeLessThan(2 * MINUTE + 5_000);
    expect(Date.parse(limited.refresh.nextRetryAt!)).toBeGreaterThanOrEqual(startedAt + 2 * MINUTE);

    // The API comes back at once, but nothing may ask it before the two minutes are up.
    live.server.route(OPENROUTER_PATH, json(openRouterPayload()));
    const askedAfterLimit = live.server.requests.length;
    for (let open = 0; open < 4; open += 1) {
      const another = await openExtensionPage(live.browser, live.extensionId, 'popup.html');
      await another.waitForSelector('[data-testid="catalogue-summary"]');
      await another.close();
    }
    await stopWorker(live.browser, live.worker);
    live.worker = await restartedWorker(live.browser, live.extensionId, live.popup);
    expect(await popupSummary()).toBe(summaryOf(lastGood));
    await new Promise((resolve) => setTimeout(resolve, 1_500));

    expect(live.server.requests.slice(askedAfterLimit)).toEqual([]);
    expect(await alarmDueAt(live.worker, RETRY)).toBe(due);
    expect(await alarmNames(live.worker)).toEqual([REFRESH, RETRY]);
    expect((await status()).catalogue).toEqual(lastGood);
    expect(await storedUserData(live.worker)).toEqual(userData);
  });
});
