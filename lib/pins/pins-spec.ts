import type { VersionedSchema } from '../user-data/versioned';
import { isRecord, ownProperty } from './own-property';
import { emptyPins, PinsDataSchema, type PinsData } from './pin';
import { PINS_VERSION } from './pins-version';
import { readPinList } from './read-pin-like';
import { mergePins } from './transfer';

/**
 * Reads pins written before envelopes existed: a list of model ids, a list of pin-like
 * objects, or `{ pins: [...] }`. Readable pins are all kept (one per model, newest first);
 * the rest are counted. Not a list at all: throws, so the stored value is kept aside.
 */
export function readUnversionedPins(old: unknown): { data: PinsData; unreadable: number; leftOut: number } {
  const items = Array.isArray(old) ? old : isRecord(old) ? ownProperty(old, 'pins') : undefined;
  if (!Array.isArray(items)) throw new Error('unversioned pins are neither a list nor { pins: [...] }');
  const { pins, unreadable } = readPinList(items);
  // Past MAX_PINS the oldest wait in the backup the loader keeps of the unversioned value.
  const { data, leftOut } = mergePins(emptyPins(), pins);
  return { data, unreadable, leftOut };
}

function migrateUnversionedPins(old: unknown): PinsData {
  const { data, unreadable } = readUnversionedPins(old);
  // Saving an empty list over pins we failed to read would lose them for good.
  if (data.pins.length === 0 && unreadable > 0) throw new Error(`none of the ${unreadable} unversioned pins could be read`);
  return data;
}

export const PINS_SPEC: VersionedSchema<PinsData> = {
  version: PINS_VERSION,
  schema: PinsDataSchema,
  migrations: { 1: migrateUnversionedPins },
  defaults: emptyPins,
};
