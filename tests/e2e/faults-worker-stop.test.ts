import { describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/catalogue/catalogue';
import type { StatusResponse } from '@/lib/ext/shared/messages';
import type { Pin } from '@/lib/pins/pin';
import { json } from '../../scripts/browser/fixture-server';
import { liveCatalogueForSuite, OPENROUTER_PATH, openRouterPayload } from './support/catalogue-sources';
import { readStorage, request, waitFor } from './support/extension';
import { alarmDueAt, alarmNames, fireAlarmSoon, restartedWorker, stopWorker } from './support/service-worker';
import { storedUserData } from './support/user-data';

const RETRY = 'catalogue-retry';
const REFRESH = 'catalogue-refresh';

describe('the service worker stopped mid-refresh, mid-pin, mid-migration: it resumes and nothing is lost', () => {
  const live = liveCatalogueForSuite();

  const status = () => request<StatusResponse>(live.popup, { type: 'getStatus' });

  async function expectEachAlarmOnce(): Promise<void> {
    const names = await alarmNames(live.worker);
    expect(names).toEqual([...new Set(names)]);
    expect(names).toContain(REFRESH);
  }

  it('stopped while a source is slow to answer: the last good catalogue is served, and the refresh is retried and succeeds', async () => {
    const userData = await storedUserData(live.worker);
    const lastGood = (await status()).catalogue!;
    expect(lastGood.origin).toBe('live');
    let answer!: () => void;
    const held = new Promise<void>((resolve) => (answer = resolve));
    live.server.route(OPENROUTER_PATH, async () => {
      await held;
      return json(openRouterPayload());
    });
    const askedBefore = live.server.requests.length;

    await live.popup.reload();
    await (await live.popup.waitForSelector('xpath/.//button[contains(., "Refresh now")]'))!.click();
    await live.popup.waitForSelector('xpath/.//button[contains(., "Refreshing…")]');
    await waitFor(async () => live.server.requests.slice(askedBefore).includes(OPENROUTER_PATH), 'the refresh to ask OpenRouter');
    await stopWorker(live.browser, live.worker);
    answer();
    // The popup is not left saying "Refreshing…" for a refresh that no longer exists.
    await live.popup.waitForSelector('xpath/.//button[contains(., "Refresh now")]');

    live.worker = await restartedWorker(live.browser, live.extensionId, live.popup);
    const after = await status();
    expect(after.catalogue).toEqual(lastGood);
    expect(after.refresh.state).toBe('ok');
    // The lost refresh is not forgotten: a retry is due within the first backoff step.
    expect(await alarmNames(live.worker)).toEqual([REFRESH, RETRY]);
    expect(await alarmDueAt(live.worker, RETRY)).toBeLessThanOrEqual(Date.now() + 61_000);

    live.server.route(OPENROUTER_PATH, json(openRouterPayload()));
    await fireAlarmSoon(live.worker, RETRY);
    const resumed = await waitFor(async () => {
      const now = await status();
      return now.catalogue!.builtAt > lastGood.builtAt && now;
    }, 'the retried refresh to store a new catalogue');
    expect(resumed.refresh).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    // A success clears the retry (just after storing the catalogue).
    await waitFor(async () => (await alarmNames(live.worker)).join() === REFRESH, 'only the regular refresh alarm to be left');
    expect(await storedUserData(live.worker)).toEqual(userData);
  });

  it('stopped as the answer arrives: catalogue, detection index and status are all old or all new', async () => {
    const userData = await storedUserData(live.worker);
    const lastGood = await readStorage<Catalogue>(live.worker, 'catalogue');
    live.server.route(OPENROUTER_PATH, json(openRouterPayload(3, 'lab/mid-write')));
    const askedBefore = live.server.requests.length;
    const refreshing = live.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'refreshNow' }).catch(() => undefined));
    await waitFor(async () => live.server.requests.slice(askedBefore).includes(OPENROUTER_PATH), 'the refresh to ask OpenRouter');
    await stopWorker(live.browser, live.worker);
    await refreshing;

    live.worker = await restartedWorker(live.browser, live.extensionId, live.popup);
    const catalogue = await readStorage<Catalogue>(live.worker, 'catalogue');
    const index = JSON.parse(await readStorage<string>(live.worker, 'detectionIndex')) as { models: { id: string }[] };
    expect(index.models.map((m) => m.id)).toEqual(catalogue.models.map((m) => m.id));
    const refreshed = catalogue.builtAt !== lastGood.builtAt;
    expect(catalogue.models.some((m) => m.id.startsWith('lab/mid-write'))).toBe(refreshed);
    if (refreshed) expect((await status()).refresh.lastSuccessAt).toBe(catalogue.builtAt);
    else expect(catalogue).toEqual(lastGood);
    await expectEachAlarmOnce();
    expect(await storedUserData(live.worker)).toEqual(userData);
  });

  it('stopped amid 100 pin requests: every acknowledged pin is stored, nothing half-applied, settings untouched', async () => {
    const earlier: Pin = { modelId: 'openai/gpt-4o-mini', name: 'GPT-4o mini', pinnedAt: '2025-01-01T00:00:00.000Z' };
    await request(live.popup, { type: 'changePins', operations: [{ kind: 'pin', pin: earlier }] });
    const userData = await storedUserData(live.worker);
    const pins: Pin[] = Array.from({ length: 100 }, (_, i) => ({
      modelId: `lab/model-${i}`,
      name: `Model ${i}`,
      pinnedAt: new Date(Date.UTC(2025, 1, 1, 0, 0, i)).toISOString(),
    }));

    // Fired all at once, as many clicks across tabs would be; each answer is recorded as it comes.
    await live.popup.evaluate((sent) => {
      const answers: string[] = [];
      Object.assign(window, { pinAnswers: answers });
      sent.forEach((pin, i) =>
        chrome.runtime.sendMessage({ type: 'changePins', operations: [{ kind: 'pin', pin }] }).then(
          (reply: { ok?: boolean }) => (answers[i] = reply?.ok ? 'ok' : 'refused'),
          () => (answers[i] = 'cut off'),
        ),
      );
    }, pins);
    // Stopped as soon as the first of them is stored, well before the last can be.
    await waitFor(async () => (JSON.parse((await storedUserData(live.worker)).pins!).data.pins.length as number) > 1, 'the first pin to be stored');
    await stopWorker(live.browser, live.worker);
    const answers = await waitFor(
      () => live.popup.evaluate(() => {
        const got = (window as unknown as { pinAnswers: string[] }).pinAnswers;
        return got.filter(Boolean).length === 100 && got;
      }),
      'every pin request to be answered or cut off',
    );

    live.worker = await restartedWorker(live.browser, live.extensionId, live.popup);
    const stored = JSON.parse((await storedUserData(live.worker)).pins!) as { version: number; data: { pins: Pin[] } };
    expect(Object.keys(stored).sort()).toEqual(['data', 'version']);
    expect(stored.version).toBe(1);
    const applied = stored.data.pins.length - 1;
    expect(answers.includes('cut off')).toBe(true);
    // The one writer applies requests in the order they came: what is stored is exactly the first
    // requests, newest first, over the earlier pin; every acknowledged one is among them.
    expect(stored.data.pins).toEqual([...pins.slice(0, applied).reverse(), earlier]);
    expect(answers.slice(0, applied).every((a) => a === 'ok' || a === 'cut off')).toBe(true);
    expect(answers.slice(applied).every((a) => a === 'cut off')).toBe(true);
    expect((await storedUserData(live.worker)).settings).toBe(userData.settings);

    const last = pins.at(-1)!;
    const next = await request<{ pins: Pin[] }>(live.popup, { type: 'changePins', operations: [{ kind: 'pin', pin: last }] });
    expect(next.pins[0]).toEqual(last);
    expect(next.pins).toHaveLength(applied + 2);
    await expectEachAlarmOnce();
  });

  // Written before pins had an envelope: a bare id, a pin-like object with a zone offset and top-level place, an id only.
  const UNVERSIONED_PINS = [
    'openai/gpt-4o-mini',
    { id: 'anthropic/claude-sonnet-4', name: 'Claude Sonnet 4', pinnedAt: '2025-06-01T12:00:00+02:00', url: 'https://openrouter.ai/anthropic/claude-sonnet-4', title: 'Claude Sonnet 4 - API' },
    { modelId: 'google/gemini-2.5-flash', pinnedAt: '2025-05-01T08:00:00Z' },
  ];
  const MIGRATED: Pin[] = [
    {
      modelId: 'anthropic/claude-sonnet-4',
      name: 'Claude Sonnet 4',
      pinnedAt: '2025-06-01T10:00:00.000Z',
      page: { url: 'https://openrouter.ai/anthropic/claude-sonnet-4', title: 'Claude Sonnet 4 - API' },
    },
    { modelId: 'google/gemini-2.5-flash', name: 'google/gemini-2.5-flash', pinnedAt: '2025-05-01T08:00:00.000Z' },
    { modelId: 'openai/gpt-4o-mini', name: 'openai/gpt-4o-mini', pinnedAt: '1970-01-01T00:00:00.000Z' },
  ];

  async function storeUnversionedPins(backupToo: boolean): Promise<void> {
    await live.worker.evaluate(
      async (old, withBackup) => {
        await chrome.storage.local.remove(['pins', 'pins.backup.v0']);
        const items: Record<string, unknown> = withBackup ? { pins: old, 'pins.backup.v0': old } : { pins: old };
        await chrome.storage.local.set(items);
      },
      UNVERSIONED_PINS,
      backupToo,
    );
  }

  async function expectMigrated(): Promise<{ pins: string | undefined; backup: string }> {
    const exported = JSON.parse(await request<string>(live.popup, { type: 'exportPins' })) as { pins: Pin[] };
    expect(exported.pins).toEqual(MIGRATED);
    expect(await readStorage(live.worker, 'pins')).toEqual({ version: 1, data: { pins: MIGRATED } });
    expect(await readStorage(live.worker, 'pins.backup.v0')).toEqual(UNVERSIONED_PINS);
    return { pins: (await storedUserData(live.worker)).pins, backup: JSON.stringify(await readStorage(live.worker, 'pins.backup.v0')) };
  }

  it('stopped mid-migration of unversioned pins: after a restart they are migrated exactly, with the old value backed up', async () => {
    const settings = (await storedUserData(live.worker)).settings;
    // Stops at different points of the load: before it, between the backup and the new value, after both.
    for (const pauseMs of [0, 2, 5, 15]) {
      await storeUnversionedPins(false);
      const loading = live.popup.evaluate(() => chrome.runtime.sendMessage({ type: 'exportPins' }).catch(() => undefined));
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      await stopWorker(live.browser, live.worker);
      await loading;
      live.worker = await restartedWorker(live.browser, live.extensionId, live.popup);
      await expectMigrated();
    }
    // The state a stop between the two writes leaves, set up exactly.
    await storeUnversionedPins(true);
    const first = await expectMigrated();

    // Loading again, or migrating the same old value again, changes nothing.
    expect(await expectMigrated()).toEqual(first);
    await storeUnversionedPins(false);
    expect(await expectMigrated()).toEqual(first);
    expect((await storedUserData(live.worker)).settings).toBe(settings);
    await expectEachAlarmOnce();
  });
});
