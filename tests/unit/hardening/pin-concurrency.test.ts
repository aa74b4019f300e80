import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { backgroundHandlers } from '@/lib/ext/background/background-service';
import { listenForRequests } from '@/lib/ext/shared/messages';
import { STORAGE_KEYS } from './fixtures/storage-keys';
import type { PinOperation } from '@/lib/pins/operations';
import type { Pin, PinsData } from '@/lib/pins/pin';
import { fromSyncItems } from '@/lib/pins/sync-chunks';
import { deliver, popupSender, tabSender } from './fixtures/senders';
import { settingsV3 } from './fixtures/stored-shapes';
import { store, storedText } from './fixtures/storage';

/** Every list of operations the one writer applied, in the order it applied them, with what it read and wrote. */
const applied = vi.hoisted(() => [] as { before: PinsData; operations: PinOperation[]; after: PinsData }[]);

vi.mock('@/lib/pins/operations', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/pins/operations')>();
  return {
    ...original,
    applyOperations: (before: PinsData, operations: PinOperation[]) => {
      const after = original.applyOperations(before, operations);
      applied.push({ before, operations, after });
      return after;
    },
  };
});

const { applyOperations } = await vi.importActual<typeof import('@/lib/pins/operations')>('@/lib/pins/operations');

const OPERATIONS = 1_000;
const SENDERS: Runtime.MessageSender[] = [tabSender(1), tabSender(2), tabSender(3), popupSender()];
// Long ids, so the sync mirror spreads over several chunks and shrinks back as pins go.
const MODEL_IDS = Array.from({ length: 60 }, (_, index) => `vendor-${index % 7}/${'long-model-name-'.repeat(18)}${index}`);

type Request = { sender: number; operation: PinOperation };

/** What one sender asks for, in its own order; each pin carries where and when it was made. */
function senderLog(sender: number): fc.Arbitrary<Request[]> {
  const step = fc.record({ unpin: fc.boolean(), modelId: fc.constantFrom(...MODEL_IDS) });
  return fc.array(step, { minLength: OPERATIONS / SENDERS.length, maxLength: OPERATIONS / SENDERS.length }).map((steps) =>
    steps.map(({ unpin, modelId }, index): Request => {
      const pin: Pin = {
        modelId,
        name: `Model ${index}`,
        pinnedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index, sender)).toISOString(),
        page: { url: `https://tab-${sender}.example/${index}`, title: `Sender ${sender}` },
      };
      return { sender, operation: unpin ? { kind: 'unpin', modelId } : { kind: 'pin', pin } };
    }),
  );
}

/** Storage whose every answer comes when the scheduler says, so requests overlap in every way. */
function scheduleStorage(scheduler: fc.Scheduler): void {
  for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.sync]) {
    const [read, write, remove] = [area.get.bind(area), area.set.bind(area), area.remove.bind(area)];
    vi.spyOn(area, 'get').mockImplementation(scheduler.scheduleFunction(read));
    vi.spyOn(area, 'set').mockImplementation(scheduler.scheduleFunction(write));
    vi.spyOn(area, 'remove').mockImplementation(scheduler.scheduleFunction(remove));
  }
}

/** The same values in any order, compared as text so that a failure stays a one-line fact. */
function sameItems(some: unknown[], others: unknown[]): boolean {
  const text = (values: unknown[]) => values.map((value) => JSON.stringify(value)).sort().join('\n');
  return text(some) === text(others);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('1,000 pin and unpin requests from three tabs and the popup at once', () => {
  it('end with the pins the accepted order gives, every request reading what the one before wrote', async () => {
    const logs = fc.tuple(...SENDERS.map((_, sender) => senderLog(sender)));
    await fc.assert(
      fc.asyncProperty(logs, fc.scheduler(), async (perSender, scheduler) => {
        fakeBrowser.reset();
        vi.restoreAllMocks();
        applied.length = 0;
        await store({ [STORAGE_KEYS.settings]: settingsV3() });
        listenForRequests(backgroundHandlers);
        scheduleStorage(scheduler);

        // Every request is sent at once, none waiting for another; the scheduler decides when
        // each arrives and when each storage call answers.
        const requests = perSender.flat();
        const replies = requests.map(({ sender, operation }) =>
          scheduler.schedule(Promise.resolve(), `sender ${sender}`).then(() => deliver({ type: 'changePins', operations: [operation] }, SENDERS[sender]!)),
        );
        const answered = await scheduler.waitFor(Promise.all(replies));
        // Storage answers at once again, for reading the outcome.
        vi.restoreAllMocks();

        // Failures are reported as small facts: a diff of 1,000 requests helps no one.
        expect(answered.filter((reply) => !(reply as { ok: boolean }).ok).length).toBe(0);
        // Each request applied exactly once.
        expect(applied).toHaveLength(requests.length);
        expect(sameItems(applied.flatMap(({ operations }) => operations), requests.map(({ operation }) => operation))).toBe(true);
        const firstLostUpdate = applied.findIndex(({ before }, index) => !isDeepStrictEqual(before, index === 0 ? { pins: [] } : applied[index - 1]!.after));
        expect(firstLostUpdate).toBe(-1);
        // Each request was answered with the pins right after it.
        expect(sameItems(answered.map((reply) => (reply as { value: PinsData }).value), applied.map(({ after }) => after))).toBe(true);

        // The pure rules of applyOperations are checked against a reference in tests/unit/pins/operations.test.ts.
        const final = applyOperations({ pins: [] }, applied.flatMap(({ operations }) => operations));
        expect(await storedText(STORAGE_KEYS.pins)).toBe(JSON.stringify({ version: 1, data: final }));
        // The sync copy holds the same pins, and records as unpinned only models no longer pinned.
        const synced = fromSyncItems(await fakeBrowser.storage.sync.get(null));
        const idAndTime = ({ modelId, pinnedAt }: Pin) => `${modelId} ${pinnedAt}`;
        expect(synced.pins.map(idAndTime).sort()).toEqual(final.pins.map(idAndTime).sort());
        const pinnedAtTheEnd = new Set(final.pins.map(({ modelId }) => modelId));
        expect(synced.unpinned.filter(({ modelId }) => pinnedAtTheEnd.has(modelId))).toEqual([]);
      }),
      { numRuns: 5, endOnFailure: true },
    );
  }, 300_000);
});
