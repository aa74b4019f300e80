import { describe, expect, it } from 'vitest';
import { defaultSettings, SETTINGS_SPEC } from '@/lib/user-data/settings';
import { readVersioned, type VersionedSchema } from '@/lib/user-data/versioned';
import { z } from '@/lib/zod';

describe('readVersioned', () => {
  it('gives defaults for nothing stored', () => {
    expect(readVersioned(undefined, SETTINGS_SPEC)).toEqual({ kind: 'empty', data: defaultSettings() });
  });

  it('reads the current version as it is', () => {
    const data = { ...defaultSettings(), refreshIntervalHours: 6 };
    expect(readVersioned({ version: 3, data }, SETTINGS_SPEC)).toEqual({ kind: 'current', data });
  });

  it('migrates version 1 settings to the current version, keeping every value', () => {
    const v1 = { refreshIntervalHours: 6, sourceUrls: defaultSettings().sourceUrls, rankWeights: { quality: 1, adoption: 0, ecosystem: 0, value: 0, freshness: 0 } };
    const outcome = readVersioned({ version: 1, data: v1 }, SETTINGS_SPEC);
    expect(outcome).toMatchObject({ kind: 'migrated', from: 1 });
    expect(outcome.data).toEqual({ ...defaultSettings(), ...v1, rankWeights: { ...v1.rankWeights, matchGraph: 0 } });
  });

  it('migrates version 2 settings to version 3, keeping every weight and adding the Match Graph weight at 0', () => {
    const weights = { quality: 70, adoption: 20, ecosystem: 15, value: 15, freshness: 10 };
    const v2 = { ...defaultSettings(), theme: 'dark', rankWeights: weights };
    const outcome = readVersioned({ version: 2, data: v2 }, SETTINGS_SPEC);
    expect(outcome).toEqual({ kind: 'migrated', from: 2, data: { ...v2, rankWeights: { ...weights, matchGraph: 0 } } });
  });

  it('migrates unversioned settings, keeping what fits', () => {
    const outcome = readVersioned({ refreshIntervalHours: 24 }, SETTINGS_SPEC);
    expect(outcome.kind).toBe('migrated');
    expect(outcome.data.refreshIntervalHours).toBe(24);
    expect(outcome.data.sourceUrls).toEqual(defaultSettings().sourceUrls);
  });

  it('says data is unreadable rather than resetting it silently', () => {
    const outcome = readVersioned({ version: 3, data: { ...defaultSettings(), refreshIntervalHours: 'often' } }, SETTINGS_SPEC);
    expect(outcome.kind).toBe('unreadable');
    expect(outcome.kind === 'unreadable' && outcome.reason).toMatch(/does not match version 3/);
  });

  it('gives the reason in one readable line, naming the field', () => {
    const outcome = readVersioned({ refreshIntervalHours: -5 }, SETTINGS_SPEC);
    expect(outcome.kind === 'unreadable' && outcome.reason).toBe('migration to version 1 failed: refreshIntervalHours: Too small: expected number to be >=1');
  });

  it('refuses data from a newer version', () => {
    const outcome = readVersioned({ version: 9, data: {} }, SETTINGS_SPEC);
    expect(outcome.kind === 'unreadable' && outcome.reason).toMatch(/newer version/);
  });

  it('runs migrations in order and reports one that throws', () => {
    const spec: VersionedSchema<{ names: string[] }> = {
      version: 3,
      schema: z.object({ names: z.array(z.string()) }),
      migrations: {
        1: (old) => ({ name: String(old) }),
        2: (old) => ({ names: [(old as { name: string }).name] }),
        3: (old) => {
          const value = old as { names: string[] };
          if (value.names[0] === 'boom') throw new Error('cannot migrate boom');
          return { names: value.names.map((n) => n.toUpperCase()) };
        },
      },
      defaults: () => ({ names: [] }),
    };
    expect(readVersioned('ada', spec)).toEqual({ kind: 'migrated', from: 0, data: { names: ['ADA'] } });
    expect(readVersioned({ version: 2, data: { names: ['x'] } }, spec)).toEqual({ kind: 'migrated', from: 2, data: { names: ['X'] } });
    const failed = readVersioned('boom', spec);
    expect(failed.kind === 'unreadable' && failed.reason).toBe('migration to version 3 failed: cannot migrate boom');
  });
});
