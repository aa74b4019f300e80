import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperations, isPinned, pin, PinOperationSchema, unpin, type PinOperation } from '@/lib/pins/operations';
import { emptyPins, MAX_PINS, PinsDataSchema, type Pin, type PinsData } from '@/lib/pins/pin';
import { makePin, modelIds, pinsOf } from './pin-fixtures';

describe('pin operations', () => {
  it('puts a new pin first', () => {
    const data = pin(pin(emptyPins(), makePin('a', 1)), makePin('b', 2));
    expect(modelIds(data)).toEqual(['b', 'a']);
    expect(isPinned(data, 'a')).toBe(true);
    expect(isPinned(data, 'c')).toBe(false);
  });

  it('keeps a model pinned again once, with its first time, place and position', () => {
    const first = makePin('a', 1, { url: 'https://example.com/first', title: 'First' });
    const data = pinsOf(makePin('b', 2), first);
    const again = pin(data, makePin('a', 3, { url: 'https://example.com/later', title: 'Later' }));
    expect(again).toEqual(data);
  });

  it('unpins a model, and leaves the list alone for one not pinned', () => {
    const data = pinsOf(makePin('c', 3), makePin('b', 2), makePin('a', 1));
    expect(modelIds(unpin(data, 'b'))).toEqual(['c', 'a']);
    expect(unpin(data, 'x')).toBe(data);
  });

  it('does not change the data it is given', () => {
    const data = pinsOf(makePin('a', 1));
    const snapshot = structuredClone(data);
    pin(data, makePin('b', 2));
    unpin(data, 'a');
    expect(data).toEqual(snapshot);
  });

  it(`refuses a new pin once ${MAX_PINS} are kept, never pushing one out`, () => {
    const full = { pins: Array.from({ length: MAX_PINS }, (_, index) => makePin(`model-${index}`)) };
    const after = pin(full, makePin('one-more'));
    expect(after).toBe(full);
    expect(isPinned(after, 'one-more')).toBe(false);
    expect(modelIds(pin(unpin(full, 'model-7'), makePin('one-more')))[0]).toBe('one-more');
  });

  it('treats model ids that are also object keys like any other', () => {
    const data = applyOperations(emptyPins(), [
      { kind: 'pin', pin: makePin('__proto__', 1) },
      { kind: 'pin', pin: makePin('constructor', 2) },
      { kind: 'pin', pin: makePin('toString', 3) },
      { kind: 'unpin', modelId: 'constructor' },
    ]);
    expect(modelIds(data)).toEqual(['toString', '__proto__']);
    expect(isPinned(data, 'constructor')).toBe(false);
  });

  it('applies operations in order', () => {
    const operations: PinOperation[] = [
      { kind: 'pin', pin: makePin('a', 1) },
      { kind: 'pin', pin: makePin('b', 2) },
      { kind: 'unpin', modelId: 'a' },
      { kind: 'pin', pin: makePin('a', 3) },
      { kind: 'pin', pin: makePin('b', 4) },
    ];
    expect(applyOperations(emptyPins(), operations)).toEqual(pinsOf(makePin('a', 3), makePin('b', 2)));
  });
});

describe('PinOperationSchema', () => {
  it('cleans what a page supplies before it becomes a pin', () => {
    const request = {
      kind: 'pin',
      pin: {
        modelId: 'openai/gpt-4o',
        name: 'GPT\u202E-4o',
        pinnedAt: '2026-01-01T00:00:00.000Z',
        page: { url: 'javascript:alert(1)', title: 'x' },
      },
    };
    expect(PinOperationSchema.parse(request)).toEqual({
      kind: 'pin',
      pin: { modelId: 'openai/gpt-4o', name: 'GPT-4o', pinnedAt: '2026-01-01T00:00:00.000Z' },
    });
  });

  it('rejects requests that are not pin operations', () => {
    for (const request of [{ kind: 'clear' }, { kind: 'unpin', modelId: '<b>' }, { kind: 'pin', pin: { modelId: 'a' } }, 'pin']) {
      expect(PinOperationSchema.safeParse(request).success, JSON.stringify(request)).toBe(false);
    }
  });
});

const TABS = 3;
const REQUESTS = 1_000;
const MODEL_IDS = Array.from({ length: 12 }, (_, index) => `vendor/model-${index}`);

/** What one tab asks for, in its own order; pins carry the tab's page and an increasing time. */
function tabLog(tab: number) {
  const step = fc.record({ kind: fc.constantFrom('pin', 'unpin'), modelId: fc.constantFrom(...MODEL_IDS) });
  // Long enough that the three logs always hold REQUESTS between them.
  return fc.array(step, { minLength: Math.ceil(REQUESTS / TABS), maxLength: 500 }).map((steps) =>
    steps.map(({ kind, modelId }, index): PinOperation =>
      kind === 'unpin'
        ? { kind, modelId }
        : { kind, pin: { ...makePin(modelId, index), page: { url: `https://tab-${tab}.example/${index}`, title: `Tab ${tab}` } } },
    ),
  );
}

/** One arrival order at the background: each tab's requests stay in that tab's order. */
function interleave(logs: PinOperation[][], picks: number[]): PinOperation[] {
  const next = logs.map(() => 0);
  const arrived: PinOperation[] = [];
  for (const pick of picks) {
    // A tab that has sent everything passes its turn to the next one.
    const tab = Array.from({ length: TABS }, (_, offset) => (pick + offset) % TABS).find(
      (candidate) => next[candidate]! < logs[candidate]!.length,
    );
    if (tab === undefined) break;
    arrived.push(logs[tab]![next[tab]!]!);
    next[tab]! += 1;
  }
  return arrived;
}

/** The reference: a Map keeps one entry per model in insertion order, oldest first. */
function referenceReplay(operations: readonly PinOperation[]): PinsData {
  const pinned = new Map<string, Pin>();
  for (const operation of operations) {
    if (operation.kind === 'unpin') pinned.delete(operation.modelId);
    else if (!pinned.has(operation.pin.modelId)) pinned.set(operation.pin.modelId, operation.pin);
  }
  return { pins: [...pinned.values()].reverse() };
}

describe('applyOperations against a reference', () => {
  it('matches the reference for 1,000 requests from 3 tabs, interleaved at random', () => {
    const picks = fc.array(fc.integer({ min: 0, max: TABS - 1 }), { minLength: REQUESTS, maxLength: REQUESTS });
    const requests = fc
      .tuple(tabLog(0), tabLog(1), tabLog(2), picks)
      .map(([first, second, third, order]) => interleave([first, second, third], order));
    fc.assert(
      fc.property(requests, (operations) => {
        expect(operations).toHaveLength(REQUESTS);
        const result = applyOperations(emptyPins(), operations);
        expect(result).toEqual(referenceReplay(operations));
        expect(new Set(modelIds(result)).size).toBe(result.pins.length);
        expect(PinsDataSchema.parse(result)).toEqual(result);
      }),
      { numRuns: 50 },
    );
  });
});
