import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { backgroundHandlers } from '@/lib/ext/background/background-service';
import { listenForRequests } from '@/lib/ext/shared/messages';
import { changePins, importPins, readPins } from '@/lib/ext/shared/pin-store';
import { loadSettings } from '@/lib/ext/background/refresh-runner';
import { recordPageSightings, sightingOf } from '@/lib/ext/shared/sightings-store';
import { STORAGE_KEYS } from './fixtures/storage-keys';
import { backupKey, unreadableKey } from '@/lib/ext/shared/storage/versioned-item';
import { exportPins } from '@/lib/pins/transfer';
import { defaultSettings } from '@/lib/user-data/settings';
import { changePinsFromPopup, openPopup } from './fixtures/popup';
import { deliver, popupSender } from './fixtures/senders';
import { SETTINGS_V1, settingsV3, SIGHTINGS_V1, UNREADABLE_PINS, UNVERSIONED_PINS, upgradedV1Settings } from './fixtures/stored-shapes';
import { areaText, store, storedText } from './fixtures/storage';

const { pins: PINS, settings: SETTINGS, sightings: SIGHTINGS } = STORAGE_KEYS;
const A_PIN = { modelId: 'x-ai/grok-4', name: 'Grok 4', pinnedAt: '2026-02-01T00:00:00.000Z' };

function countWrites() {
  return vi.spyOn(fakeBrowser.storage.local, 'set');
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('pins from every earlier version', () => {
  it.each(UNVERSIONED_PINS)('upgrades $name: same pins, the old value kept as a backup', async ({ stored, pins }) => {
    await store({ [PINS]: stored });

    expect(await readPins()).toEqual({ pins });
    expect(await storedText(backupKey(PINS, 0))).toBe(JSON.stringify(stored));
    expect(await storedText(PINS)).toBe(JSON.stringify({ version: 1, data: { pins } }));

    // Upgraded once: the next read writes nothing and reads the same.
    const writes = countWrites();
    expect(await readPins()).toEqual({ pins });
    expect(writes).not.toHaveBeenCalled();
  });

  it.each(UNVERSIONED_PINS)('keeps every upgraded pin of $name when the next one is pinned', async ({ stored, pins }) => {
    await store({ [PINS]: stored });
    expect(await changePins([{ kind: 'pin', pin: A_PIN }], false, new Date())).toEqual({ pins: [A_PIN, ...pins] });
    expect(await storedText(backupKey(PINS, 0))).toBe(JSON.stringify(stored));
  });

  it('reads current pins as they are and writes nothing', async () => {
    const current = { version: 1, data: { pins: UNVERSIONED_PINS[1]!.pins } };
    await store({ [PINS]: current });
    const before = await areaText();
    expect(await readPins()).toEqual(current.data);
    expect(await areaText()).toBe(before);
  });

  it('starts an empty list when nothing was ever stored, and writes nothing for it', async () => {
    expect(await readPins()).toEqual({ pins: [] });
    expect(await areaText()).toBe('{}');
  });
});

describe('pins nothing can read', () => {
  it.each(UNREADABLE_PINS)('leaves $name in place, keeps a copy aside and says so', async ({ stored, reason }) => {
    await store({ [PINS]: stored });
    const original = JSON.stringify(stored);

    await expect(readPins()).rejects.toThrow(/^Your pins could not be read, so they were left untouched: /);
    await expect(readPins()).rejects.toThrow(reason);
    expect(await storedText(PINS)).toBe(original);
    expect(await storedText(unreadableKey(PINS))).toBe(original);

    // Nothing written over them either when the user pins, imports or exports.
    const before = await areaText();
    await expect(changePins([{ kind: 'pin', pin: A_PIN }], false, new Date())).rejects.toThrow(/could not be read/);
    await expect(importPins(exportPins({ pins: [A_PIN] }, new Date()), false, new Date())).rejects.toThrow(/could not be read/);
    expect(await areaText()).toBe(before);
  });

  it('tells the user in the popup, and the popup gets the same error when pinning', async () => {
    const { stored } = UNREADABLE_PINS[0]!;
    await store({ [PINS]: stored });
    listenForRequests(backgroundHandlers);
    const popup = await openPopup();
    expect(popup.pinsProblem.value).toMatch(/^Your pins could not be read and were left untouched: stored by a newer version/);

    await changePinsFromPopup(popup, { kind: 'pin', pin: A_PIN });
    expect(popup.message.value).toEqual({ kind: 'error', text: expect.stringMatching(/^Your pins could not be read, so they were left untouched/) });
    expect(await storedText(PINS)).toBe(JSON.stringify(stored));
  });

  it('keeps the first copy aside when a later read finds the same data', async () => {
    const { stored } = UNREADABLE_PINS[1]!;
    await store({ [PINS]: stored });
    await readPins().catch(() => undefined);
    const writes = countWrites();
    await readPins().catch(() => undefined);
    expect(writes).not.toHaveBeenCalled();
  });
});

describe('settings from every earlier version', () => {
  it('upgrades the first release’s settings, keeping every value the user chose', async () => {
    await store({ [SETTINGS]: SETTINGS_V1 });
    const upgraded = upgradedV1Settings();

    expect(await loadSettings()).toEqual(upgraded);
    expect(await storedText(backupKey(SETTINGS, 1))).toBe(JSON.stringify(SETTINGS_V1));
    expect(await storedText(SETTINGS)).toBe(JSON.stringify({ version: 3, data: upgraded }));

    const writes = countWrites();
    expect(await loadSettings()).toEqual(upgraded);
    expect(writes).not.toHaveBeenCalled();
  });

  it('upgrades unversioned settings, keeping what fits, with a backup', async () => {
    const stored = { refreshIntervalHours: 24, rankWeights: { quality: 1, adoption: 1, ecosystem: 1, value: 1, freshness: 1 } };
    await store({ [SETTINGS]: stored });
    expect(await loadSettings()).toEqual({ ...defaultSettings(), ...stored, rankWeights: { ...stored.rankWeights, matchGraph: 0 } });
    expect(await storedText(backupKey(SETTINGS, 0))).toBe(JSON.stringify(stored));
  });

  it('reads current settings as they are and writes nothing', async () => {
    await store({ [SETTINGS]: settingsV3() });
    const before = await areaText();
    expect(await loadSettings()).toEqual(settingsV3().data);
    expect(await areaText()).toBe(before);
  });

  it.each([
    ['settings from a newer version', { version: 4, data: { ...settingsV3().data, layout: 'compact' } }],
    ['corrupt current settings', { version: 3, data: { ...settingsV3().data, refreshIntervalHours: 'often' } }],
    ['unversioned settings that do not fit', { refreshIntervalHours: -5 }],
  ])('works on defaults over %s, leaving them in place with a copy aside', async (_, stored) => {
    await store({ [SETTINGS]: stored });
    expect(await loadSettings()).toEqual(defaultSettings());
    expect(await storedText(SETTINGS)).toBe(JSON.stringify(stored));
    expect(await storedText(unreadableKey(SETTINGS))).toBe(JSON.stringify(stored));

    // The user is told, not silently switched to defaults.
    listenForRequests(backgroundHandlers);
    const popup = await openPopup();
    expect(popup.message.value).toMatchObject({ kind: 'error', text: expect.stringMatching(/^Your saved settings could not be read, so the defaults are in use; the saved copy is kept as it was \(.+\)\.$/) });

    // A later change by the user is saved; the copy aside still holds the old settings.
    await expect(deliver({ type: 'updateSettings', patch: { theme: 'light' } }, popupSender())).resolves.toMatchObject({ ok: true });
    expect(await storedText(unreadableKey(SETTINGS))).toBe(JSON.stringify(stored));
  });
});

describe('sightings from every earlier version', () => {
  const now = new Date('2026-03-02T10:00:00.000Z');

  it('reads current sightings and adds to them', async () => {
    await store({ [SIGHTINGS]: SIGHTINGS_V1 });
    expect(await sightingOf('openai/gpt-4o')).toEqual(SIGHTINGS_V1.data['openai/gpt-4o']);
    await recordPageSightings(['openai/gpt-4o'], 'blog.example.org', now);
    expect(await sightingOf('openai/gpt-4o')).toEqual({
      count: 4,
      sites: { 'news.example.com': 2, 'openrouter.ai': 1, 'blog.example.org': 1 },
      lastSeen: now.toISOString(),
    });
  });

  it('starts afresh over unversioned sightings, with a backup of them', async () => {
    const stored = { 'openai/gpt-4o': 3 };
    await store({ [SIGHTINGS]: stored });
    expect(await sightingOf('openai/gpt-4o')).toBeUndefined();
    expect(await storedText(backupKey(SIGHTINGS, 0))).toBe(JSON.stringify(stored));
  });

  it.each([
    ['sightings from a newer version', { version: 2, data: {} }],
    ['corrupt sightings', { version: 1, data: { 'openai/gpt-4o': { count: -1 } } }],
  ])('never records over %s', async (_, stored) => {
    await store({ [SIGHTINGS]: stored });
    await recordPageSightings(['openai/gpt-4o'], 'news.example.com', now);
    expect(await storedText(SIGHTINGS)).toBe(JSON.stringify(stored));
    expect(await storedText(unreadableKey(SIGHTINGS))).toBe(JSON.stringify(stored));
  });
});
