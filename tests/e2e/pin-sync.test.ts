/// <reference types="chrome" />
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PinsData } from '@/lib/pins/pin';
import { extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { openExtensionPage, readStorage, request, waitFor } from './support/extension';

/**
 * Two browsers of one user, each with its own profile and Model Lens, pin sync on in both.
 * Without a signed-in account Chromium keeps `storage.sync` on the device and never uploads
 * it, so the test carries each browser's sync copy to the other, as the sync service would;
 * everything else (hearing the change, merging, showing the pins) is the extensions' own.
 */
interface Instance {
  browser: Browser;
  worker: WebWorker;
  popup: Page;
}

async function launch(): Promise<Instance> {
  const { browser, extensionId } = await launchWithExtension();
  const worker = await extensionWorker(browser, extensionId);
  await waitFor(() => readStorage(worker, 'detectionIndex'), 'the detection index');
  const popup = await openExtensionPage(browser, extensionId, 'popup.html');
  await request(popup, { type: 'updateSettings', patch: { syncPins: true } });
  return { browser, worker, popup };
}

/** What the sync service does: the other browser receives this one's sync copy. */
async function carrySync(from: Instance, to: Instance): Promise<void> {
  const items = await from.worker.evaluate(() => chrome.storage.sync.get(null));
  await to.worker.evaluate(async (copy) => {
    const stale = Object.keys(await chrome.storage.sync.get(null)).filter((key) => !(key in copy));
    await chrome.storage.sync.set(copy);
    if (stale.length) await chrome.storage.sync.remove(stale);
  }, items);
}

async function pinnedIds(instance: Instance): Promise<string[]> {
  const stored = await readStorage<{ data: PinsData } | undefined>(instance.worker, 'pins');
  return stored?.data.pins.map((pinned) => pinned.modelId) ?? [];
}

const pin = (modelId: string, name: string, pinnedAt: string) => ({ kind: 'pin', pin: { modelId, name, pinnedAt } });

describe('pin sync between two browsers', () => {
  let laptop: Instance;
  let desktop: Instance;

  beforeAll(async () => {
    laptop = await launch();
    desktop = await launch();
  });

  afterAll(async () => {
    await laptop?.browser.close();
    await desktop?.browser.close();
  });

  it('brings a pin made in one browser to the other, where the open popup lists it', async () => {
    await request(desktop.popup, { type: 'changePins', operations: [pin('openai/gpt-4o-mini', 'GPT-4o mini', new Date().toISOString())] });
    await desktop.popup.reload();
    await desktop.popup.click('#tab-pinned');
    await request(laptop.popup, { type: 'changePins', operations: [pin('anthropic/claude-sonnet-4', 'Claude Sonnet 4', new Date().toISOString())] });
    await carrySync(laptop, desktop);
    await waitFor(async () => (await pinnedIds(desktop)).includes('anthropic/claude-sonnet-4'), "the laptop's pin on the desktop");
    // The desktop's own pin stays beside it, and the popup already open shows both.
    expect((await pinnedIds(desktop)).sort()).toEqual(['anthropic/claude-sonnet-4', 'openai/gpt-4o-mini']);
    const listed = await waitFor(async () => {
      const names = await desktop.popup.$$eval('[aria-label="Pinned models"] li', (items) => items.map((item) => item.textContent ?? ''));
      return names.length === 2 && names;
    }, 'both pins in the popup');
    expect(listed.map((text) => text.split(' · ')[0])).toEqual(['Claude Sonnet 4', 'GPT-4o-mini']);
  });

  it('takes an unpin made in one browser to the other, and brings back nothing unpinned', async () => {
    // The desktop's merged list, with its own pin, reaches the laptop.
    await carrySync(desktop, laptop);
    await waitFor(async () => (await pinnedIds(laptop)).includes('openai/gpt-4o-mini'), "the desktop's pin on the laptop");
    await request(desktop.popup, { type: 'changePins', operations: [{ kind: 'unpin', modelId: 'anthropic/claude-sonnet-4' }] });
    await carrySync(desktop, laptop);
    await waitFor(async () => !(await pinnedIds(laptop)).includes('anthropic/claude-sonnet-4'), 'the unpin on the laptop');
    expect(await pinnedIds(laptop)).toEqual(['openai/gpt-4o-mini']);
    // The laptop writing its list again does not bring the unpinned model back to the desktop.
    await request(laptop.popup, { type: 'changePins', operations: [pin('google/gemini-2.5-pro', 'Gemini 2.5 Pro', new Date().toISOString())] });
    await carrySync(laptop, desktop);
    await waitFor(async () => (await pinnedIds(desktop)).includes('google/gemini-2.5-pro'), "the laptop's new pin on the desktop");
    expect((await pinnedIds(desktop)).sort()).toEqual(['google/gemini-2.5-pro', 'openai/gpt-4o-mini']);
  });
});
