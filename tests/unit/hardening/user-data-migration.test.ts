import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { backgroundHandlers } from '@/lib/ext/background/background-service';
import { listenForRequests } from '@/lib/ext/shared/messages';
import { readPins } from '@/lib/ext/shared/pin-store';
import { loadSettings } from '@/lib/ext/background/refresh-runner';
import { STORAGE_KEYS } from './fixtures/storage-keys';
import { backupKey, defineVersionedItem } from '@/lib/ext/shared/storage/versioned-item';
import { PINS_SPEC } from '@/lib/pins/pins-spec';
import { defaultSettings, SETTINGS_SPEC } from '@/lib/user-data/settings';
import type { VersionedSchema } from '@/lib/user-data/versioned';
import { deliver, popupSender, tabSender } from './fixtures/senders';
import { SETTINGS_V1, UNVERSIONED_PINS, upgradedV1Settings } from './fixtures/stored-shapes';
import { serveStorageInTurn, store, storedText } from './fixtures/storage';

const { pins: PINS, settings: SETTINGS } = STORAGE_KEYS;
const [IDS_ONLY, WITH_PLACES] = UNVERSIONED_PINS as [(typeof UNVERSIONED_PINS)[number], (typeof UNVERSIONED_PINS)[number]];

/** A spec whose migration to `version` throws (as on a bug or a lack of memory) until the cause is fixed. */
function failingUntilFixed<T>(spec: VersionedSchema<T>, version: number) {
  const cause = { fixed: false };
  const migrate = spec.migrations[version]!;
  const flaky: VersionedSchema<T> = {
    ...spec,
    migrations: {
      ...spec.migrations,
      [version]: (old) => {
        if (!cause.fixed) throw new Error('out of memory');
        return migrate(old);
      },
    },
  };
  return { spec: flaky, cause };
}

/** The next storage.set calls fail in turn: `true` fails that call, `false` lets it through. */
function failWrites(...pattern: boolean[]) {
  const local = fakeBrowser.storage.local;
  const write = local.set.bind(local);
  const spy = vi.spyOn(local, 'set');
  for (const fails of pattern) {
    spy.mockImplementationOnce(async (items) => {
      if (fails) throw new Error('the service worker stopped');
      return write(items);
    });
  }
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a migration that throws', () => {
  it('leaves unversioned pins as they were, writes no new version, and succeeds on a later load', async () => {
    await store({ [PINS]: WITH_PLACES.stored });
    const { spec, cause } = failingUntilFixed(PINS_SPEC, 1);

    const failed = await defineVersionedItem(PINS, spec).load();
    expect(failed).toMatchObject({ kind: 'unreadable', reason: 'migration to version 1 failed: out of memory' });
    expect(await storedText(PINS)).toBe(JSON.stringify(WITH_PLACES.stored));
    expect(await storedText(backupKey(PINS, 0))).toBeUndefined();

    // Retried on every load until it works.
    expect((await defineVersionedItem(PINS, spec).load()).kind).toBe('unreadable');
    cause.fixed = true;
    expect(await defineVersionedItem(PINS, spec).load()).toEqual({ kind: 'migrated', from: 0, data: { pins: WITH_PLACES.pins } });
    expect(await storedText(PINS)).toBe(JSON.stringify({ version: 1, data: { pins: WITH_PLACES.pins } }));
    expect(await storedText(backupKey(PINS, 0))).toBe(JSON.stringify(WITH_PLACES.stored));
  });

  it('does not bump unversioned settings to version 1 when the step to version 2 throws', async () => {
    const stored = { refreshIntervalHours: 3 };
    await store({ [SETTINGS]: stored });
    const { spec, cause } = failingUntilFixed(SETTINGS_SPEC, 2);

    expect(await defineVersionedItem(SETTINGS, spec).load()).toMatchObject({ kind: 'unreadable', reason: 'migration to version 2 failed: out of memory' });
    expect(await storedText(SETTINGS)).toBe(JSON.stringify(stored));
    expect(await storedText(backupKey(SETTINGS, 1))).toBeUndefined();

    cause.fixed = true;
    const upgraded = { ...defaultSettings(), refreshIntervalHours: 3 };
    expect(await defineVersionedItem(SETTINGS, spec).load()).toEqual({ kind: 'migrated', from: 0, data: upgraded });
    expect(await storedText(SETTINGS)).toBe(JSON.stringify({ version: 3, data: upgraded }));
    expect(await storedText(backupKey(SETTINGS, 0))).toBe(JSON.stringify(stored));
  });

  it('leaves version 1 settings as they were when the step to version 2 throws', async () => {
    await store({ [SETTINGS]: SETTINGS_V1 });
    const { spec, cause } = failingUntilFixed(SETTINGS_SPEC, 2);
    expect((await defineVersionedItem(SETTINGS, spec).load()).kind).toBe('unreadable');
    expect(await storedText(SETTINGS)).toBe(JSON.stringify(SETTINGS_V1));
    cause.fixed = true;
    expect((await defineVersionedItem(SETTINGS, spec).load()).data).toEqual(upgradedV1Settings());
  });
});

describe('the service worker stopping in the middle of an upgrade', () => {
  it.each([
    ['before the backup is written', [true]],
    ['between the backup and the new version', [false, true]],
  ])('upgrades pins from the untouched old value on the next load when it stops %s', async (_, pattern) => {
    await store({ [PINS]: IDS_ONLY.stored });
    failWrites(...pattern);
    await expect(readPins()).rejects.toThrow();
    expect(await storedText(PINS)).toBe(JSON.stringify(IDS_ONLY.stored));

    expect(await readPins()).toEqual({ pins: IDS_ONLY.pins });
    expect(await storedText(PINS)).toBe(JSON.stringify({ version: 1, data: { pins: IDS_ONLY.pins } }));
    expect(await storedText(backupKey(PINS, 0))).toBe(JSON.stringify(IDS_ONLY.stored));
  });

  it('upgrades version 1 settings on the next load after stopping between the backup and the new version', async () => {
    await store({ [SETTINGS]: SETTINGS_V1 });
    failWrites(false, true);
    await expect(loadSettings()).rejects.toThrow();
    expect(await storedText(SETTINGS)).toBe(JSON.stringify(SETTINGS_V1));
    expect(await storedText(backupKey(SETTINGS, 1))).toBe(JSON.stringify(SETTINGS_V1));

    const upgraded = upgradedV1Settings();
    expect(await loadSettings()).toEqual(upgraded);
    expect(await storedText(SETTINGS)).toBe(JSON.stringify({ version: 3, data: upgraded }));
    expect(await storedText(backupKey(SETTINGS, 1))).toBe(JSON.stringify(SETTINGS_V1));
  });
});

describe('an upgrade racing a change', () => {
  // Storage answers in turn, as the browser's does; the second request starts a few turns
  // after the first, so every point of the first one's upgrade is hit.
  const startGaps = Array.from({ length: 12 }, (_, turns) => turns);

  it.each(startGaps)('never writes the old pins over a pin saved meanwhile (second request %i turns later)', async (turns) => {
    await store({ [PINS]: IDS_ONLY.stored });
    listenForRequests(backgroundHandlers);
    serveStorageInTurn();
    const pin = { modelId: 'x-ai/grok-4', name: 'Grok 4', pinnedAt: '2026-02-01T00:00:00.000Z' };
    const pinning = deliver({ type: 'changePins', operations: [{ kind: 'pin', pin }] }, tabSender(1));
    await waitTurns(turns);
    const exporting = deliver({ type: 'exportPins' }, popupSender());

    expect(await pinning).toEqual({ ok: true, value: { pins: [pin, ...IDS_ONLY.pins] } });
    expect(await exporting).toMatchObject({ ok: true });
    expect(await readPins()).toEqual({ pins: [pin, ...IDS_ONLY.pins] });
  });

  it.each(startGaps)('never writes the old settings over a change saved meanwhile (second request %i turns later)', async (turns) => {
    await store({ [SETTINGS]: SETTINGS_V1 });
    listenForRequests(backgroundHandlers);
    serveStorageInTurn();
    const changing = deliver({ type: 'updateSettings', patch: { theme: 'dark' } }, popupSender());
    await waitTurns(turns);
    // Pinning from a tab reads the settings too (whether to mirror to sync).
    const pinning = deliver({ type: 'changePins', operations: [{ kind: 'unpin', modelId: 'openai/gpt-4o' }] }, tabSender(1));

    expect(await changing).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(await pinning).toMatchObject({ ok: true });
    expect(await loadSettings()).toEqual({ ...upgradedV1Settings(), theme: 'dark' });
  });
});

async function waitTurns(turns: number): Promise<void> {
  for (let turn = 0; turn < turns; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
