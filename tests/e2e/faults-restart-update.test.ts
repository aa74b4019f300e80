import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusResponse } from '@/lib/ext/shared/messages';
import type { Pin } from '@/lib/pins/pin';
import type { Settings } from '@/lib/user-data/settings';
import type { FixtureServer } from '../../scripts/browser/fixture-server';
import { CHROME_EXTENSION_DIR, extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { launchWithLiveCatalogue, OPENROUTER_PATH, SOURCES_HOST } from './support/catalogue-sources';
import { openExtensionPage, request, waitFor } from './support/extension';
import { alarmNames, workerTarget } from './support/service-worker';
import { storedUserData } from './support/user-data';

const PINS: Pin[] = [
  { modelId: 'anthropic/claude-sonnet-4', name: 'Claude Sonnet 4', pinnedAt: '2025-07-01T09:30:00.000Z', page: { url: 'https://openrouter.ai/anthropic/claude-sonnet-4', title: 'Claude Sonnet 4' } },
  { modelId: 'meta-llama/llama-3.1-8b-instruct', name: 'Llama 3.1 8B Instruct', pinnedAt: '2025-06-15T18:00:00.000Z' },
];
const SETTINGS: Partial<Settings> = {
  theme: 'dark',
  trigger: 'modifier',
  hoverDelayMs: 650,
  refreshIntervalHours: 6,
  recordSightings: false,
  volume: { inputTokens: 1_000_000, outputTokens: 250_000 },
  disabledSites: ['huggingface.co'],
};

describe('browser restart and extension update, with pins and settings stored: nothing lost', () => {
  // A copy of the build, so the update test can ship a new version of it in place.
  const extensionDir = mkdtempSync(join(tmpdir(), 'model-lens-extension-'));
  const profile = mkdtempSync(join(tmpdir(), 'model-lens-profile-'));
  let server: FixtureServer;
  let browser: Browser;
  let extensionId: string;
  let worker: WebWorker;
  let popup: Page;

  beforeAll(async () => {
    cpSync(CHROME_EXTENSION_DIR, extensionDir, { recursive: true });
    ({ server, browser, extensionId, worker, popup } = await launchWithLiveCatalogue({ extensionDir, userDataDir: profile }));
    await request(popup, { type: 'updateSettings', patch: SETTINGS });
    await request(popup, { type: 'changePins', operations: PINS.map((pin) => ({ kind: 'pin', pin })).reverse() });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const status = () => request<StatusResponse>(popup, { type: 'getStatus' });

  /** What the popup's Pinned tab lists, read as the user reads it. */
  async function pinnedInPopup(): Promise<string[]> {
    const page = await openExtensionPage(browser, extensionId, 'popup.html');
    await page.click('#tab-pinned');
    await page.waitForSelector('[aria-label="Pinned models"] li');
    const names = await page.$$eval('[aria-label="Pinned models"] li', (items) => items.map((item) => item.textContent ?? ''));
    await page.close();
    return names;
  }

  const expectPinnedShown = (names: string[]) => {
    expect(names).toHaveLength(PINS.length);
    PINS.forEach((pin, i) => expect(names[i]).toContain(pin.name));
  };

  it('browser restart: pins and settings byte-identical, the catalogue served, each alarm once', async () => {
    const userData = await storedUserData(worker);
    expect(JSON.parse(userData.pins!).data.pins).toEqual(PINS);
    const before = (await status()).catalogue!;
    expectPinnedShown(await pinnedInPopup());

    await browser.close();
    // Chromium does not keep an extension loaded for testing in the profile: it is loaded again,
    // as on every start of a browser with an unpacked extension.
    ({ browser } = await launchWithExtension({ extensionDir, userDataDir: profile, localHosts: [SOURCES_HOST] }));
    worker = await extensionWorker(browser, extensionId);
    popup = await openExtensionPage(browser, extensionId, 'popup.html');

    expect(await storedUserData(worker)).toEqual(userData);
    expectPinnedShown(await pinnedInPopup());
    const after = (await status()).catalogue!;
    expect(after).toMatchObject({ origin: 'live', modelCount: before.modelCount, sources: before.sources });
    expect(after.builtAt >= before.builtAt).toBe(true);
    // Start-up work may run twice (installed and started); the regular alarm exists once, at the user's interval.
    await waitFor(async () => (await alarmNames(worker)).join() === 'catalogue-refresh', 'the regular refresh alarm alone');
    expect((await worker.evaluate(() => chrome.alarms.get('catalogue-refresh')))?.periodInMinutes).toBe(6 * 60);
  });

  it('extension update while the popup is open: the popup closes, reopens with the same pins, and the live catalogue is not replaced by the bundled one', async () => {
    const userData = await storedUserData(worker);
    const catalogueBefore = await worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(['catalogue', 'detectionIndex'])));
    expect(JSON.parse(catalogueBefore).catalogue.origin).toBe('live');
    const openPopup = await openExtensionPage(browser, extensionId, 'popup.html');
    await openPopup.click('#tab-pinned');
    await openPopup.waitForSelector('[aria-label="Pinned models"] li');

    // The new version ships a freshly built bundle, newer than the live catalogue; the API is down
    // during the update, so the refresh that follows it cannot replace anything either.
    server.route(OPENROUTER_PATH, { status: 503, body: 'Service Unavailable' });
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
    writeFileSync(join(extensionDir, 'manifest.json'), JSON.stringify({ ...manifest, version: '0.1.1' }));
    const bundled = JSON.parse(readFileSync(join(extensionDir, 'catalogue.json'), 'utf8'));
    writeFileSync(join(extensionDir, 'catalogue.json'), JSON.stringify({ ...bundled, builtAt: '2099-01-01T00:00:00.000Z' }));
    const askedBefore = server.requests.length;
    const previous = workerTarget(browser, worker);
    // Loading the same unpacked extension again is how Chromium updates it (runtime.reload() leaves
    // an extension loaded for testing unloaded in headless Chromium).
    expect(await browser.installExtension(extensionDir)).toBe(extensionId);
    worker = await extensionWorker(browser, extensionId, previous);
    expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe('0.1.1');

    // The open popup belonged to the old version: it is closed, or still answers.
    await waitFor(async () => openPopup.isClosed() || (await request<StatusResponse>(openPopup, { type: 'getStatus' }).then(() => true)), 'the popup to close or answer');
    popup = await openExtensionPage(browser, extensionId, 'popup.html');
    const failed = await waitFor(async () => {
      const now = await status();
      return now.refresh.state === 'failed' && now;
    }, 'the refresh after the update to fail');
    expect(server.requests.slice(askedBefore)).toContain(OPENROUTER_PATH);
    expect(failed.refresh.message).toMatch(/HTTP 503/);
    expect(failed.catalogue!.origin).toBe('live');
    expect(await worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get(['catalogue', 'detectionIndex'])))).toBe(catalogueBefore);
    expectPinnedShown(await pinnedInPopup());
    expect(await storedUserData(worker)).toEqual(userData);
    expect(await alarmNames(worker)).toEqual(['catalogue-refresh', 'catalogue-retry']);
  });
});
