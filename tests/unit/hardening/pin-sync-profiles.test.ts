import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { changePins, importPins, readPins, restoreSyncedPins } from '@/lib/ext/shared/pin-store';
import { syncedPinsItem } from '@/lib/ext/shared/storage/synced-pins-item';
import { exportPins } from '@/lib/pins/transfer';
import { makePin } from '../pins/pin-fixtures';

/**
 * Two browser profiles of one user: each has its own `storage.local`, both share one
 * `storage.sync`. The fake browser has one local area, so a profile's local data is swapped
 * in while it works and kept aside while the other one does.
 */
class Profile {
  private local: Record<string, unknown> = {};

  async run<T>(work: () => Promise<T>): Promise<T> {
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(this.local);
    try {
      return await work();
    } finally {
      this.local = await fakeBrowser.storage.local.get(null);
    }
  }

  pinned(): Promise<string[]> {
    return this.run(async () => (await readPins()).pins.map((pinned) => pinned.modelId));
  }
}

const minute = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n));
const pin = (modelId: string, at: number) => ({ kind: 'pin' as const, pin: makePin(modelId, at) });
const unpin = (modelId: string) => ({ kind: 'unpin' as const, modelId });

let laptop: Profile;
let desktop: Profile;

beforeEach(() => {
  fakeBrowser.reset();
  laptop = new Profile();
  desktop = new Profile();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('pins synced between two profiles', () => {
  it('arrive in a profile that has none, on its start-up', async () => {
    await laptop.run(() => changePins([pin('openai/gpt-5', 1), pin('anthropic/claude-sonnet-4', 2)], true, minute(2)));
    await desktop.run(() => restoreSyncedPins());
    expect(await desktop.pinned()).toEqual(['anthropic/claude-sonnet-4', 'openai/gpt-5']);
  });

  it("join the other profile's own pins: the union, each kept with its own name and place", async () => {
    await desktop.run(() => changePins([{ kind: 'pin', pin: makePin('google/gemini-2.5-pro', 5, { url: 'https://example.com/', title: 'Example' }) }], false, minute(5)));
    await laptop.run(() => changePins([pin('openai/gpt-5', 1), pin('mistralai/mistral-large', 9)], true, minute(9)));
    await desktop.run(() => restoreSyncedPins());
    expect(await desktop.pinned()).toEqual(['mistralai/mistral-large', 'google/gemini-2.5-pro', 'openai/gpt-5']);
    const kept = await desktop.run(async () => (await readPins()).pins.find((pinned) => pinned.modelId === 'google/gemini-2.5-pro'));
    expect(kept).toEqual(makePin('google/gemini-2.5-pro', 5, { url: 'https://example.com/', title: 'Example' }));
    // And back: the desktop's own pin reaches the laptop.
    await laptop.run(() => restoreSyncedPins());
    expect(await laptop.pinned()).toEqual(['mistralai/mistral-large', 'google/gemini-2.5-pro', 'openai/gpt-5']);
  });

  it('an unpin in one profile removes the pin in the other, and nothing else', async () => {
    await laptop.run(() => changePins([pin('openai/gpt-5', 1), pin('anthropic/claude-sonnet-4', 2)], true, minute(2)));
    await desktop.run(() => restoreSyncedPins());
    await laptop.run(() => changePins([unpin('openai/gpt-5')], true, minute(10)));
    await desktop.run(() => restoreSyncedPins());
    expect(await desktop.pinned()).toEqual(['anthropic/claude-sonnet-4']);
    // The desktop writing its list again does not bring the unpinned model back.
    await desktop.run(() => changePins([pin('deepseek/deepseek-r1', 11)], true, minute(11)));
    await laptop.run(() => restoreSyncedPins());
    expect(await laptop.pinned()).toEqual(['deepseek/deepseek-r1', 'anthropic/claude-sonnet-4']);
  });

  it('a pin made after an unpin elsewhere stays, in both profiles', async () => {
    await laptop.run(() => changePins([pin('openai/gpt-5', 1)], true, minute(1)));
    await desktop.run(() => restoreSyncedPins());
    await laptop.run(() => changePins([unpin('openai/gpt-5')], true, minute(5)));
    // The desktop pins it again before it hears of the unpin.
    await desktop.run(() => changePins([unpin('openai/gpt-5'), pin('openai/gpt-5', 7)], true, minute(7)));
    await laptop.run(() => restoreSyncedPins());
    expect(await laptop.pinned()).toEqual(['openai/gpt-5']);
    expect(await desktop.pinned()).toEqual(['openai/gpt-5']);
  });

  it('a pin the user pins or imports here stays, even when the sync copy says it was unpinned later', async () => {
    await laptop.run(() => changePins([pin('openai/gpt-5', 1)], true, minute(1)));
    await laptop.run(() => changePins([unpin('openai/gpt-5')], true, minute(30)));
    // The desktop's clock is behind: its pin is older than the unpin, but the user just made it.
    await desktop.run(() => changePins([pin('openai/gpt-5', 20)], true, minute(20)));
    expect(await desktop.pinned()).toEqual(['openai/gpt-5']);
    await desktop.run(() => importPins(exportPins({ pins: [makePin('openai/gpt-5', 20), makePin('qwen/qwen3-max', 2)] }, minute(40)), true, minute(40)));
    expect(await desktop.pinned()).toEqual(['openai/gpt-5', 'qwen/qwen3-max']);
  });

  it('a sync copy written over by the other profile loses no pin: the next sync puts it back', async () => {
    await laptop.run(() => changePins([pin('openai/gpt-5', 1)], true, minute(1)));
    // The desktop's write lands as if it had never seen the laptop's (both wrote at once).
    await fakeBrowser.storage.sync.clear();
    await desktop.run(() => changePins([pin('anthropic/claude-sonnet-4', 2)], true, minute(2)));
    await laptop.run(() => restoreSyncedPins());
    expect(await laptop.pinned()).toEqual(['anthropic/claude-sonnet-4', 'openai/gpt-5']);
    await desktop.run(() => restoreSyncedPins());
    expect(await desktop.pinned()).toEqual(['anthropic/claude-sonnet-4', 'openai/gpt-5']);
  });

  it('a corrupt sync copy costs no pin here', async () => {
    await laptop.run(() => changePins([pin('openai/gpt-5', 1)], false, minute(1)));
    await fakeBrowser.storage.sync.set({ 'pins.0': 'v1;1;!!! not an entry,no time at all', 'pins.1': 42 });
    await laptop.run(() => restoreSyncedPins());
    expect(await laptop.pinned()).toEqual(['openai/gpt-5']);
  });

  it('the sync copy is watched: a change to any of its chunks is heard, other keys are not', async () => {
    const heard = vi.fn();
    const stop = syncedPinsItem.watch(heard);
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    expect(heard).not.toHaveBeenCalled();
    await fakeBrowser.storage.sync.set({ 'pins.3': 'v1;4;' });
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });
});
