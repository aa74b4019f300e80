import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { backgroundHandlers } from '@/lib/ext/background/background-service';
import { listenForRequests } from '@/lib/ext/shared/messages';
import { changePins, importPins } from '@/lib/ext/shared/pin-store';
import { sendToBackground } from '@/lib/ext/shared/send';
import { recordPageSightings } from '@/lib/ext/shared/sightings-store';
import { STORAGE_KEYS } from './fixtures/storage-keys';
import type { Pin } from '@/lib/pins/pin';
import { exportPins } from '@/lib/pins/transfer';
import { changePinsFromPopup, openPopup } from './fixtures/popup';
import { deliver, tabSender } from './fixtures/senders';
import { settingsV3, SIGHTINGS_V1, UNVERSIONED_PINS } from './fixtures/stored-shapes';
import { areaText, limitLocalStorage, localBytesInUse, QUOTA_ERROR, store, storedText } from './fixtures/storage';

const { pins: PINS, settings: SETTINGS, sightings: SIGHTINGS } = STORAGE_KEYS;
const KEPT = UNVERSIONED_PINS[1]!.pins;
const NEW_PIN: Pin = { modelId: 'x-ai/grok-4', name: 'Grok 4', pinnedAt: '2026-02-01T00:00:00.000Z' };

/** What the user must read: which data, that nothing changed, and the browser's own reason. */
function refusal(noun: string): RegExp {
  return new RegExp(`^Your ${noun} could not be saved, so nothing was changed \\(the browser refused: ${QUOTA_ERROR}\\)\\.$`);
}

/** Storage as full as it gets: pins, settings and sightings stored, a big catalogue, 4 bytes to spare. */
async function fillStorage(): Promise<{ bytes: number }> {
  await store({
    catalogue: { models: 'x'.repeat(200_000) },
    [PINS]: { version: 1, data: { pins: KEPT } },
    [SETTINGS]: settingsV3(),
    [SIGHTINGS]: SIGHTINGS_V1,
  });
  return limitLocalStorage((await localBytesInUse()) + 4);
}

beforeEach(async () => {
  fakeBrowser.reset();
  listenForRequests(backgroundHandlers);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('a full storage', () => {
  it('refuses a pin from the popup: the popup says why, nothing is lost, and the next change goes through', async () => {
    const quota = await fillStorage();
    const before = await areaText();
    const popup = await openPopup();

    await changePinsFromPopup(popup, { kind: 'pin', pin: NEW_PIN });
    expect(popup.message.value).toEqual({ kind: 'error', text: expect.stringMatching(refusal('pins')) });
    expect(popup.pins.value).toEqual({ pins: KEPT });
    expect(await areaText()).toBe(before);

    // Unpinning makes the list smaller, so it fits.
    await changePinsFromPopup(popup, { kind: 'unpin', modelId: KEPT[0]!.modelId });
    expect(popup.message.value).toBeUndefined();
    expect(await storedText(PINS)).toBe(JSON.stringify({ version: 1, data: { pins: KEPT.slice(1) } }));

    quota.bytes += 1_000;
    await changePinsFromPopup(popup, { kind: 'pin', pin: NEW_PIN });
    expect(popup.message.value).toBeUndefined();
    expect(popup.pins.value).toEqual({ pins: [NEW_PIN, ...KEPT.slice(1)] });
  });

  it('refuses a pin from the card in a tab with the same explanation', async () => {
    await fillStorage();
    const before = await areaText();
    const reply = await deliver({ type: 'changePins', operations: [{ kind: 'pin', pin: NEW_PIN }] }, tabSender(7));
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(refusal('pins')) });
    expect(await areaText()).toBe(before);
  });

  it('refuses an import: the popup says why and the pins stay as they were', async () => {
    const quota = await fillStorage();
    const before = await areaText();
    const popup = await openPopup();
    const file = exportPins({ pins: [NEW_PIN] }, new Date('2026-02-02T00:00:00.000Z'));

    await popup.act(async () => {
      await sendToBackground({ type: 'importPins', text: file });
      return 'imported';
    });
    expect(popup.message.value).toEqual({ kind: 'error', text: expect.stringMatching(refusal('pins')) });
    expect(await areaText()).toBe(before);

    quota.bytes += 1_000;
    await expect(importPins(file, false, new Date())).resolves.toEqual({ added: 1, skipped: 0, leftOut: 0 });
    expect(await storedText(PINS)).toBe(JSON.stringify({ version: 1, data: { pins: [NEW_PIN, ...KEPT] } }));
  });

  it('refuses a settings change: the popup says why and the settings stay as they were', async () => {
    const quota = await fillStorage();
    const before = await areaText();
    const popup = await openPopup();
    const volume = { inputTokens: 9_000_000_000_000, outputTokens: 8_000_000_000_000 };

    // What the popup's volume editor does.
    const changeVolume = () =>
      popup.act(async () => {
        popup.settings.value = await sendToBackground({ type: 'updateSettings', patch: { volume } });
        return undefined;
      });
    await changeVolume();
    expect(popup.message.value).toEqual({ kind: 'error', text: expect.stringMatching(refusal('settings')) });
    expect(popup.settings.value).toEqual(settingsV3().data);
    expect(await areaText()).toBe(before);

    quota.bytes += 1_000;
    await changeVolume();
    expect(popup.message.value).toBeUndefined();
    expect(JSON.parse((await storedText(SETTINGS))!)).toEqual({ version: 3, data: { ...settingsV3().data, volume } });
  });

  it('keeps every request after a refused one working, in order', async () => {
    await fillStorage();
    const refused = changePins([{ kind: 'pin', pin: NEW_PIN }], false, new Date());
    const unpinned = changePins([{ kind: 'unpin', modelId: KEPT[2]!.modelId }], false, new Date());
    const unpinnedToo = changePins([{ kind: 'unpin', modelId: KEPT[1]!.modelId }], false, new Date());
    await expect(refused).rejects.toThrow(refusal('pins'));
    await expect(unpinned).resolves.toEqual({ pins: KEPT.slice(0, 2) });
    await expect(unpinnedToo).resolves.toEqual({ pins: KEPT.slice(0, 1) });
  });

  it('leaves the record of sightings as it was when a new one does not fit', async () => {
    await fillStorage();
    const before = await areaText();
    await expect(recordPageSightings(['deepseek/deepseek-r1'], 'news.example.com', new Date())).rejects.toThrow(refusal('sightings'));
    expect(await areaText()).toBe(before);
  });
});

describe('a refused sync write', () => {
  it('does not report a pin saved on this device as failed; the next change brings the sync copy up to date', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
    await expect(changePins([{ kind: 'pin', pin: NEW_PIN }], true, new Date())).resolves.toEqual({ pins: [NEW_PIN] });
    expect(JSON.parse((await storedText(PINS))!)).toEqual({ version: 1, data: { pins: [NEW_PIN] } });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});

    const second: Pin = { ...NEW_PIN, modelId: 'openai/gpt-5', name: 'GPT-5' };
    await changePins([{ kind: 'pin', pin: second }], true, new Date());
    expect(syncSet).toHaveBeenCalledTimes(2);
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).not.toHaveLength(0);
  });
});
