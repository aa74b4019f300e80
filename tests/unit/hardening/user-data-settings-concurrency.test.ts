import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { backgroundHandlers } from '@/lib/ext/background/background-service';
import { listenForRequests } from '@/lib/ext/shared/messages';
import { loadSettings } from '@/lib/ext/background/refresh-runner';
import { STORAGE_KEYS } from './fixtures/storage-keys';
import { deliver, popupSender } from './fixtures/senders';
import { settingsV3 } from './fixtures/stored-shapes';
import { serveStorageInTurn, store } from './fixtures/storage';

/** Changes to different settings, from the options page and the popup's site toggle. */
const CHANGES = [
  { type: 'updateSettings', patch: { theme: 'light' } },
  { type: 'updateSettings', patch: { hoverDelayMs: 900 } },
  { type: 'disableSite', host: 'openrouter.ai' },
  { type: 'enableSite', host: 'huggingface.co' },
  { type: 'updateSettings', patch: { recordSightings: false } },
];

beforeEach(async () => {
  fakeBrowser.reset();
  listenForRequests(backgroundHandlers);
  await store({ [STORAGE_KEYS.settings]: { ...settingsV3(), data: { ...settingsV3().data, disabledSites: ['huggingface.co'] } } });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('settings changed at the same time', () => {
  // Storage answers in turn, as the browser's does; each change starts a few turns after the
  // one before, so every overlap of reading and writing is hit.
  it.each([0, 1, 2, 3, 5, 8])('all land when each starts %i turns after the one before', async (turns) => {
    serveStorageInTurn();
    const replies: Promise<unknown>[] = [];
    for (const change of CHANGES) {
      replies.push(deliver(change, popupSender()));
      for (let turn = 0; turn < turns; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    }
    for (const reply of await Promise.all(replies)) expect(reply).toMatchObject({ ok: true });
    vi.restoreAllMocks();

    expect(await loadSettings()).toEqual({
      ...settingsV3().data,
      theme: 'light',
      hoverDelayMs: 900,
      recordSightings: false,
      disabledSites: ['openrouter.ai'],
    });
  });
});
