import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { writtenPins, writtenSettings } from '@/lib/ext/shared/storage/content-items';
import { pinsItem, settingsItem } from '@/lib/ext/shared/storage/items';
import { defaultSettings } from '@/lib/user-data/settings-defaults';

const PIN = { modelId: 'anthropic/claude-sonnet-4', name: 'Claude Sonnet 4', pinnedAt: '2026-11-30T10:00:00.000Z' };

describe('what the content script reads of user data, without the schema library', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sees exactly what the validated items saved', async () => {
    const settings = await settingsItem.save({ ...defaultSettings(), trigger: 'keyboard', disabledSites: ['openrouter.ai'] });
    await pinsItem.save({ pins: [PIN] });
    expect(await writtenSettings.read()).toEqual(settings);
    expect(await writtenPins.read()).toEqual({ pins: [PIN] });
  });

  it('reads an older, newer or broken value as the defaults, as the validated item does, until the background has stored it anew', async () => {
    for (const stored of [{ version: 2, data: { trigger: 'keyboard' } }, { version: 99, data: {} }, 'not an envelope', { version: 3 }]) {
      await fakeBrowser.storage.local.set({ settings: stored });
      expect(await writtenSettings.read()).toEqual(defaultSettings());
      expect((await settingsItem.read()).data.trigger).toBe(defaultSettings().trigger);
    }
    await fakeBrowser.storage.local.set({ pins: ['anthropic/claude-sonnet-4'] });
    expect(await writtenPins.read()).toEqual({ pins: [] });
  });

  it('brings each value the background stores later', async () => {
    const seen: string[] = [];
    const stop = writtenSettings.watch((settings) => seen.push(settings.trigger));
    await settingsItem.save({ ...defaultSettings(), trigger: 'modifier' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen).toEqual(['modifier']);
  });
});
