import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backgroundHandlers } from '@/lib/ext/background/background-service';
import { catalogueItem, refreshStatusItem } from '@/lib/ext/shared/storage/items';
import { RETRY_ALARM, refreshNow } from '@/lib/ext/background/refresh-runner';
import { STORAGE_KEYS } from './fixtures/storage-keys';
import { DEFAULT_SOURCE_URLS } from '@/lib/user-data/settings-defaults';
import { fireAlarm } from './fixtures/catalogue-alarms';
import { FakeNetwork, jsonAnswer } from './fixtures/catalogue-network';
import { modelsDevPayload, openRouterPayload } from './fixtures/catalogue-payloads';
import { storedCatalogueBytes } from './fixtures/catalogue-storage';
import { localBytesInUse, limitLocalStorage, QUOTA_ERROR } from './fixtures/storage';

const OPENROUTER = DEFAULT_SOURCE_URLS.openrouter;
const MODELS_DEV = DEFAULT_SOURCE_URLS.modelsDev;
const FIRST_SUCCESS = new Date('2026-08-20T12:00:00.000Z');
const LATER = new Date('2026-08-21T00:00:00.000Z');
const PREVIOUS_MODELS = 40;

let network: FakeNetwork;
let lastGood: string;

/** Everything stored except the refresh status, which is expected to change. */
async function everythingButStatus(): Promise<string> {
  const stored = await browser.storage.local.get(null);
  delete stored[STORAGE_KEYS.refreshStatus];
  return JSON.stringify(stored);
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FIRST_SUCCESS);
  network = new FakeNetwork();
  network.route(OPENROUTER, jsonAnswer(openRouterPayload(PREVIOUS_MODELS))).route(MODELS_DEV, jsonAnswer(modelsDevPayload(10)));
  network.install();
  expect((await refreshNow()).state).toBe('ok');
  lastGood = await storedCatalogueBytes();
  vi.setSystemTime(LATER);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a new catalogue that does not fit in storage', () => {
  it('over quota → no partial write, the previous copy kept, and the status says why', async () => {
    // Room for the small status record, not for a catalogue five times the size.
    const quota = limitLocalStorage((await localBytesInUse()) + 4_000);
    const otherDataBefore = await everythingButStatus();
    network.route(OPENROUTER, jsonAnswer(openRouterPayload(5 * PREVIOUS_MODELS)));

    const status = await refreshNow();

    expect(await storedCatalogueBytes()).toBe(lastGood);
    expect(await everythingButStatus()).toBe(otherDataBefore);
    expect(status).toMatchObject({
      state: 'failed',
      lastSuccessAt: FIRST_SUCCESS.toISOString(),
      consecutiveFailures: 1,
      message: `Kept the last good catalogue: it could not be saved (${QUOTA_ERROR})`,
    });
    expect(await refreshStatusItem.read()).toEqual(status);
    expect((await backgroundHandlers.getStatus({ type: 'getStatus' }, { fromExtensionPage: true })).refresh).toEqual(status);
    expect((await browser.alarms.get(RETRY_ALARM))?.scheduledTime).toBe(LATER.getTime() + 60_000);

    // Space freed: the retry brings the new catalogue in whole.
    quota.bytes = Number.MAX_SAFE_INTEGER;
    await fireAlarm(RETRY_ALARM);
    expect((await refreshStatusItem.read()).state).toBe('ok');
    expect((await catalogueItem.read())!.models.length).toBeGreaterThanOrEqual(5 * PREVIOUS_MODELS);
  });

  it('the catalogue and its detection index are only ever written together, in one call', async () => {
    limitLocalStorage((await localBytesInUse()) + 4_000);
    const set = vi.mocked(browser.storage.local.set);
    network.route(OPENROUTER, jsonAnswer(openRouterPayload(5 * PREVIOUS_MODELS)));
    await refreshNow();
    const writes = set.mock.calls.map(([items], i) => ({ keys: Object.keys(items), outcome: set.mock.settledResults[i]?.type }));
    const catalogueWrites = writes.filter(({ keys }) => keys.includes(STORAGE_KEYS.catalogue) || keys.includes(STORAGE_KEYS.detectionIndex));
    expect(catalogueWrites).toEqual([{ keys: [STORAGE_KEYS.catalogue, STORAGE_KEYS.detectionIndex, STORAGE_KEYS.refreshStatus], outcome: 'rejected' }]);
  });

  it('storage refusing every write → the refresh fails loudly with the quota error, nothing changed', async () => {
    const before = await browser.storage.local.get(null);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error(QUOTA_ERROR));
    network.route(OPENROUTER, jsonAnswer(openRouterPayload(PREVIOUS_MODELS + 5)));

    await expect(backgroundHandlers.refreshNow({ type: 'refreshNow' }, { fromExtensionPage: true })).rejects.toThrow(QUOTA_ERROR);

    expect(await browser.storage.local.get(null)).toEqual(before);
    expect(await storedCatalogueBytes()).toBe(lastGood);
  });
});

describe('a new catalogue much smaller than the last good one', () => {
  it('→ not written; the previous copy kept; the status flags the shrinkage and a retry is scheduled', async () => {
    network.route(OPENROUTER, jsonAnswer(openRouterPayload(8))).route(MODELS_DEV, jsonAnswer(modelsDevPayload(2)));
    const before = (await catalogueItem.read())!.models.length;

    const status = await refreshNow();

    expect(await storedCatalogueBytes()).toBe(lastGood);
    expect(status.state).toBe('failed');
    expect(status.message).toMatch(new RegExp(`^Kept the last good catalogue: the refreshed catalogue has \\d+ models against ${before} in the last good one$`));
    expect(status.sources.openrouter).toMatchObject({ ok: true, kept: 8 });
    expect(status.lastSuccessAt).toBe(FIRST_SUCCESS.toISOString());
    expect((await browser.alarms.get(RETRY_ALARM))?.scheduledTime).toBe(LATER.getTime() + 60_000);
  });

  it('a moderate shrink (upstream retired a few models) is accepted', async () => {
    network.route(OPENROUTER, jsonAnswer(openRouterPayload(PREVIOUS_MODELS - 10)));
    expect((await refreshNow()).state).toBe('ok');
    expect(await storedCatalogueBytes()).not.toBe(lastGood);
  });
});
