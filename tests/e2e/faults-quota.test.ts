import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StatusResponse } from '@/lib/ext/shared/messages';
import type { PinsData } from '@/lib/pins/pin';
import { json } from '../../scripts/browser/fixture-server';
import { clickCardButton, hover, waitForCard } from './support/card';
import { liveCatalogueForSuite, OPENROUTER_PATH, openRouterPayload, SOURCES_HOST } from './support/catalogue-sources';
import { openExtensionPage, readStorage, request, waitFor } from './support/extension';
import { waitForMark } from './support/page-marks';
import { alarmNames, fireAlarmSoon } from './support/service-worker';
import { storedUserData } from './support/user-data';

const DEMO_PAGE = resolve(import.meta.dirname, '../../scripts/demo/page.html');
const FILLER = 'quota-filler';
const REFUSED = /^Your pins could not be saved, so nothing was changed \(the browser refused: .*quota.*\)\.$/i;

describe('storage quota: a refused write is told to the user, and nothing is lost', () => {
  const live = liveCatalogueForSuite();

  beforeAll(async () => {
    live.server.route('/', { file: DEMO_PAGE });
    // Without the unlimitedStorage permission, storage.local holds 10 MB.
    const manifest = await live.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).not.toContain('unlimitedStorage');
  });

  /** Fills storage.local with one item of other data until only `roomBytes` are left under the quota. */
  async function fillStorage(roomBytes: number): Promise<void> {
    await live.worker.evaluate(
      async (key, room) => {
        await chrome.storage.local.remove(key);
        const free = chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
        // An item costs its key plus its value as JSON (a string: two quotes).
        await chrome.storage.local.set({ [key]: 'x'.repeat(free - key.length - 2 - room) });
      },
      FILLER,
      roomBytes,
    );
  }

  const freeStorage = () => live.worker.evaluate((key) => chrome.storage.local.remove(key), FILLER);

  it('pinning from the card or the popup with storage full: the user is told, pins stay as they were, and pinning works once there is room', async () => {
    const page = await live.browser.newPage();
    await page.goto(live.server.url('/', SOURCES_HOST));
    await waitForMark(page, 'Claude Sonnet 4');
    const tabId = await live.worker.evaluate(async (host) => (await chrome.tabs.query({ url: `*://${host}/*` }))[0]!.id!, SOURCES_HOST);
    const userData = await storedUserData(live.worker);
    // Less room than one more pin takes.
    await fillStorage(40);

    await hover(page, 'Claude Sonnet 4');
    await waitForCard(page, 'Claude Sonnet 4');
    await clickCardButton(page, 'Pin');
    const cardText = await waitForCard(page, 'Your pins could not be saved');
    expect(cardText).toMatch(/Your pins could not be saved, so nothing was changed \(the browser refused: .*quota.*\)\./i);
    expect(cardText).not.toContain('Pinned');

    const pagePopup = await openExtensionPage(live.browser, live.extensionId, `popup.html?tab=${tabId}`);
    await (await pagePopup.waitForSelector('button[aria-label="Pin Claude Sonnet 4"]'))!.click();
    const alert = await pagePopup.waitForSelector('[role="alert"]');
    expect(await alert!.evaluate((el) => el.textContent)).toMatch(REFUSED);
    expect(await pagePopup.$eval('button[aria-label="Pin Claude Sonnet 4"]', (el) => el.getAttribute('aria-pressed'))).toBe('false');
    expect(await storedUserData(live.worker)).toEqual(userData);

    await freeStorage();
    await page.bringToFront();
    await clickCardButton(page, 'Pin');
    await waitForCard(page, 'Pinned');
    const pins = await readStorage<{ version: number; data: PinsData }>(live.worker, 'pins');
    expect(pins.data.pins.map((p) => p.modelId)).toEqual(['anthropic/claude-sonnet-4']);
    await pagePopup.waitForSelector('button[aria-label="Unpin Claude Sonnet 4"]');
    await Promise.all([page.close(), pagePopup.close()]);
  });

  it('a refreshed catalogue too big for the room left: nothing of it is written, the previous one is served, and the status says why', async () => {
    const userData = await storedUserData(live.worker);
    const before = await live.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(['catalogue', 'detectionIndex'])));
    const lastGood = (await request<StatusResponse>(live.popup, { type: 'getStatus' })).catalogue!;
    // Forty more models take far more than the 4 KB left.
    live.server.route(OPENROUTER_PATH, json(openRouterPayload(40)));
    await fillStorage(4_000);

    const failed = await request<StatusResponse>(live.popup, { type: 'refreshNow' });
    expect(failed.refresh.state).toBe('failed');
    expect(failed.refresh.message).toMatch(/^Kept the last good catalogue: it could not be saved \(.*quota.*\)$/i);
    expect(failed.catalogue).toEqual(lastGood);
    expect(await live.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(['catalogue', 'detectionIndex'])))).toBe(before);
    expect(await alarmNames(live.worker)).toEqual(['catalogue-refresh', 'catalogue-retry']);
    await live.popup.reload();
    const problem = await live.popup.waitForSelector('[data-testid="refresh-problem"]');
    expect(await problem!.evaluate((el) => el.textContent)).toMatch(/^Stale since .*it could not be saved/);

    await freeStorage();
    await fireAlarmSoon(live.worker, 'catalogue-retry');
    const bigger = await waitFor(async () => {
      const now = await request<StatusResponse>(live.popup, { type: 'getStatus' });
      return now.catalogue!.modelCount > lastGood.modelCount && now;
    }, 'the retry to store the bigger catalogue');
    expect(bigger.catalogue!.modelCount).toBe(lastGood.modelCount + 40);
    expect(await storedUserData(live.worker)).toEqual(userData);
  });
});
