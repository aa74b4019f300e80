import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PINS, UNKNOWN_PINNED_AT } from '@/lib/pins/pin';
import { PINS_SPEC, readUnversionedPins } from '@/lib/pins/pins-spec';
import { readVersioned } from '@/lib/user-data/versioned';
import { makePin, modelIds, pinsOf } from './pin-fixtures';

function unknownTimePin(modelId: string) {
  return { modelId, name: modelId, pinnedAt: UNKNOWN_PINNED_AT };
}

describe('reading stored pins', () => {
  it('gives an empty list when nothing is stored', () => {
    expect(readVersioned(undefined, PINS_SPEC)).toEqual({ kind: 'empty', data: { pins: [] } });
    expect(readVersioned(null, PINS_SPEC)).toEqual({ kind: 'empty', data: { pins: [] } });
  });

  it('reads the current envelope as it is', () => {
    const data = pinsOf(makePin('b', 2, { url: 'https://example.com/b', title: 'B' }), makePin('a', 1));
    expect(readVersioned({ version: 1, data }, PINS_SPEC)).toEqual({ kind: 'current', data });
  });

  it('says a current envelope with a corrupt pin is unreadable instead of resetting it', () => {
    const outcome = readVersioned({ version: 1, data: { pins: [makePin('a'), { modelId: 'b c' }] } }, PINS_SPEC);
    expect(outcome.kind).toBe('unreadable');
    expect(outcome.kind === 'unreadable' && outcome.reason).toMatch(/does not match version 1/);
  });

  it('refuses pins stored by a newer version', () => {
    const outcome = readVersioned({ version: 2, data: { pins: [], folders: [] } }, PINS_SPEC);
    expect(outcome.kind === 'unreadable' && outcome.reason).toMatch(/newer version/);
  });

  it('migrates an unversioned list of model ids, in order, with an unknown time', () => {
    const outcome = readVersioned(['openai/gpt-4o', 'anthropic/claude-sonnet-4'], PINS_SPEC);
    expect(outcome).toEqual({
      kind: 'migrated',
      from: 0,
      data: pinsOf(unknownTimePin('openai/gpt-4o'), unknownTimePin('anthropic/claude-sonnet-4')),
    });
  });

  it('migrates an unversioned list of pin-like objects, keeping every readable one', () => {
    const stored = [
      { modelId: 'openai/gpt-4o', name: 'GPT-4o', pinnedAt: '2025-05-01T08:00:00.000Z', url: 'https://example.com/gpt', title: 'GPT' },
      { id: 'google/gemini-2.5-pro', name: 'Gemini 2.5 Pro' },
      'mistralai/mistral-large',
      { modelId: 'deepseek/deepseek-r1', pinnedAt: 'last week', page: { url: 'javascript:alert(1)', title: 'x' } },
      { name: 'no id at all' },
      { modelId: 'has spaces in it' },
      42,
      null,
      ['nested'],
    ];
    const outcome = readVersioned(stored, PINS_SPEC);
    expect(outcome.kind).toBe('migrated');
    expect(outcome.data.pins).toEqual([
      {
        modelId: 'openai/gpt-4o',
        name: 'GPT-4o',
        pinnedAt: '2025-05-01T08:00:00.000Z',
        page: { url: 'https://example.com/gpt', title: 'GPT' },
      },
      { modelId: 'google/gemini-2.5-pro', name: 'Gemini 2.5 Pro', pinnedAt: UNKNOWN_PINNED_AT },
      unknownTimePin('mistralai/mistral-large'),
      unknownTimePin('deepseek/deepseek-r1'),
    ]);
    expect(readUnversionedPins(stored).unreadable).toBe(5);
  });

  it('migrates an unversioned { pins: [...] } object', () => {
    const outcome = readVersioned({ pins: ['a', { modelId: 'b' }] }, PINS_SPEC);
    expect(outcome.kind).toBe('migrated');
    expect(modelIds(outcome.data)).toEqual(['a', 'b']);
  });

  it('keeps one pin per model, with its earliest time', () => {
    const outcome = readVersioned(
      [
        { modelId: 'a', pinnedAt: '2025-02-01T00:00:00.000Z' },
        { modelId: 'a', pinnedAt: '2025-01-01T00:00:00.000Z' },
      ],
      PINS_SPEC,
    );
    expect(outcome.data.pins).toEqual([{ modelId: 'a', name: 'a', pinnedAt: '2025-01-01T00:00:00.000Z' }]);
  });

  it('migrates an empty unversioned list to an empty list', () => {
    expect(readVersioned([], PINS_SPEC)).toEqual({ kind: 'migrated', from: 0, data: { pins: [] } });
    expect(readVersioned({ pins: [] }, PINS_SPEC)).toEqual({ kind: 'migrated', from: 0, data: { pins: [] } });
  });

  it.each([42, 'openai/gpt-4o', true, { favourites: ['a'] }, { pins: 'a' }, { version: 1, data: { pins: [] }, extra: 1 }])(
    'says unversioned garbage %j is unreadable, so it is kept aside',
    (stored) => {
      const outcome = readVersioned(stored, PINS_SPEC);
      expect(outcome.kind).toBe('unreadable');
      expect(outcome.kind === 'unreadable' && outcome.reason).toBe(
        'migration to version 1 failed: unversioned pins are neither a list nor { pins: [...] }',
      );
    },
  );

  it('refuses to migrate a non-empty list to nothing', () => {
    const outcome = readVersioned([{ name: 'x' }, 7, 'not an id!'], PINS_SPEC);
    expect(outcome).toEqual({
      kind: 'unreadable',
      data: { pins: [] },
      reason: 'migration to version 1 failed: none of the 3 unversioned pins could be read',
    });
  });

  it(`keeps the newest ${MAX_PINS} of a longer unversioned list and counts the rest`, () => {
    const stored = Array.from({ length: MAX_PINS + 3 }, (_, index) => ({
      modelId: `model-${index}`,
      pinnedAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString(),
    }));
    const { data, leftOut } = readUnversionedPins(stored);
    expect(leftOut).toBe(3);
    expect(data.pins).toHaveLength(MAX_PINS);
    expect(data.pins[0]?.modelId).toBe(`model-${MAX_PINS + 2}`);
    expect(modelIds(data)).not.toContain('model-2');
  });

  it('produces data the schema saves unchanged', () => {
    const outcome = readVersioned([{ id: 'a', name: '\u202Eevil', url: 'HTTPS://Example.com/x y', title: ' t ' }, 'b'], PINS_SPEC);
    expect(PINS_SPEC.schema.parse(outcome.data)).toEqual(outcome.data);
  });

  it('keeps every readable pin of any unversioned list', () => {
    const validId = fc.stringMatching(/^[a-z0-9][a-z0-9./:-]{0,20}$/);
    const garbage = fc.oneof(fc.integer(), fc.constant(null), fc.string().map((s) => `${s} !`), fc.record({ name: fc.string() }));
    const item = fc.oneof(
      validId.map((id) => ({ readable: id, stored: id as unknown })),
      validId.map((id) => ({ readable: id, stored: { id, name: 'named' } as unknown })),
      garbage.map((stored) => ({ readable: undefined, stored: stored as unknown })),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), (items) => {
        const readable = [...new Set(items.flatMap(({ readable }) => (readable === undefined ? [] : [readable])))];
        const outcome = readVersioned(
          items.map(({ stored }) => stored),
          PINS_SPEC,
        );
        if (readable.length === 0 && items.length > 0) {
          expect(outcome.kind).toBe('unreadable');
        } else {
          expect(outcome.kind).toBe('migrated');
          expect(modelIds(outcome.data)).toEqual(readable);
        }
      }),
    );
  });
});
