import { describe, expect, it } from 'vitest';
import { cleanText, MAX_NAME_LENGTH } from '@/lib/catalogue/clean-text';
import { MAX_PINS, UNKNOWN_PINNED_AT, type Pin, type PinsData } from '@/lib/pins/pin';
import { fromSyncItems, SYNC_QUOTA, toSyncItems } from '@/lib/pins/sync-chunks';
import { makePin, pinsOf } from './pin-fixtures';

/** How Chrome counts an item against the quota. */
function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).byteLength;
}

function expectWithinQuota(items: Record<string, string>): void {
  const sizes = Object.entries(items).map(([key, value]) => itemBytes(key, value));
  expect(sizes.length).toBeLessThanOrEqual(SYNC_QUOTA.maxItems);
  expect(Math.max(...sizes)).toBeLessThanOrEqual(SYNC_QUOTA.bytesPerItem);
  expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(SYNC_QUOTA.totalBytes);
}

/** What sync keeps of a pin: its model and time; the model id stands in for the name. */
function synced(pinned: Pin): Pin {
  return { modelId: pinned.modelId, name: cleanText(pinned.modelId, MAX_NAME_LENGTH), pinnedAt: pinned.pinnedAt };
}

function manyPins(count: number, modelId: (index: number) => string): PinsData {
  const pins = Array.from({ length: count }, (_, index) => ({
    ...makePin(modelId(index), count - index),
    page: { url: `https://example.com/${index}`, title: `Page ${index}` },
  }));
  return { pins };
}

describe('toSyncItems and fromSyncItems', () => {
  it('keeps a short list whole, without names or places', () => {
    const data = pinsOf(
      makePin('anthropic/claude-sonnet-4:beta', 3, { url: 'https://example.com/', title: 'Example' }),
      makePin('~vendor/model@2025+q4', 2),
      { modelId: 'old', name: 'Old', pinnedAt: UNKNOWN_PINNED_AT },
      { modelId: 'older', name: 'Older', pinnedAt: '1969-07-20T20:17:40.123Z' },
    );
    const { items, omitted } = toSyncItems(data);
    expect(omitted).toBe(0);
    expect(Object.keys(items)).toEqual(['pins.0']);
    expect(fromSyncItems(items).pins).toEqual(data.pins.map(synced));
  });

  it('writes an empty list as one empty chunk', () => {
    const { items, omitted } = toSyncItems({ pins: [] });
    expect(omitted).toBe(0);
    expect(Object.keys(items)).toEqual(['pins.0']);
    expect(fromSyncItems(items).pins).toEqual([]);
  });

  it.each([
    ['typical ids', (index: number) => `vendor-${index % 40}/model-name-${index}`],
    ['300-character ids', (index: number) => `${index}-`.padEnd(300, 'x')],
  ])(`stays within the quota for ${MAX_PINS.toLocaleString('en')} pins with %s, keeping the newest that fit`, (_, modelId) => {
    const data = manyPins(MAX_PINS, modelId);
    const { items, omitted } = toSyncItems(data);
    expectWithinQuota(items);
    expect(omitted).toBeGreaterThan(0);
    const kept = data.pins.slice(0, MAX_PINS - omitted);
    expect(fromSyncItems(items).pins).toEqual(kept.map(synced));
    expect(Object.keys(items).length).toBeGreaterThan(1);
  });

  it('uses most of the total quota before leaving pins out', () => {
    const { items } = toSyncItems(manyPins(MAX_PINS, (index) => `vendor/model-${index}`));
    const total = Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    expect(total).toBeGreaterThan(SYNC_QUOTA.totalBytes * 0.99);
  });

  it('reads the other chunks when one is missing or corrupt', () => {
    const { items } = toSyncItems(manyPins(3_000, (index) => `vendor/model-${index}`));
    const whole = fromSyncItems(items).pins;
    const without = (key: string) => {
      const lost = new Set(fromSyncItems({ [key]: items[key] }).pins.map(({ modelId }) => modelId));
      expect(lost.size).toBeGreaterThan(0);
      return whole.filter(({ modelId }) => !lost.has(modelId));
    };

    const withoutKey = (key: string) => Object.fromEntries(Object.entries(items).filter(([other]) => other !== key));
    expect(fromSyncItems(withoutKey('pins.1')).pins).toEqual(without('pins.1'));
    for (const corrupt of [42, null, { entries: [] }, 'garbage', `v2;${Object.keys(items).length};a 1`, '']) {
      expect(fromSyncItems({ ...items, 'pins.1': corrupt }).pins).toEqual(without('pins.1'));
    }
    expect(fromSyncItems(withoutKey('pins.0')).pins).toEqual(without('pins.0'));
  });

  it('skips unreadable entries inside a chunk and keeps the rest', () => {
    const items = { 'pins.0': 'v1;1;a 0,,b c d,bad%id 1,c zzzzzzzzzzzz,d -1,e 1,a 5' };
    expect(fromSyncItems(items).pins).toEqual([
      { modelId: 'a', name: 'a', pinnedAt: UNKNOWN_PINNED_AT },
      { modelId: 'd', name: 'd', pinnedAt: '1969-12-31T23:59:59.999Z' },
      { modelId: 'e', name: 'e', pinnedAt: '1970-01-01T00:00:00.001Z' },
    ]);
  });

  it('ignores chunks left over from a longer list, and keys that are not chunks', () => {
    const long = toSyncItems(manyPins(MAX_PINS, (index) => `vendor/model-${index}`)).items;
    const short = toSyncItems(pinsOf(makePin('only', 1))).items;
    expect(fromSyncItems({ ...long, ...short, settings: 'v1;1;other 1', 'pins.x': 'v1;1;other 1', 'pins.01': 'v1;1;other 1' }).pins).toEqual([
      synced(makePin('only', 1)),
    ]);
  });

  it('reads nothing from nothing', () => {
    expect(fromSyncItems({}).pins).toEqual([]);
  });

  it('carries unpins after the pins, newest first, and fills the quota with pins first', () => {
    const unpinned = [
      { modelId: 'old/unpinned', unpinnedAt: makePin('x', 1).pinnedAt },
      { modelId: 'new/unpinned', unpinnedAt: makePin('x', 9).pinnedAt },
    ];
    const { items } = toSyncItems(pinsOf(makePin('kept', 5)), unpinned);
    expect(fromSyncItems(items)).toEqual({ pins: [synced(makePin('kept', 5))], unpinned: [unpinned[1], unpinned[0]] });

    const full = manyPins(MAX_PINS, (index) => `vendor/model-${index}`);
    const crowded = toSyncItems(full, unpinned);
    expectWithinQuota(crowded.items);
    expect(crowded.omitted).toBe(toSyncItems(full).omitted);
    expect(fromSyncItems(crowded.items).unpinned).toEqual([]);
  });
});
