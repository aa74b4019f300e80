import { errorMessage } from '../error-message';
import type { z } from '../zod';

/**
 * User data (settings, pins) is stored as an envelope `{ version, data }` in one key, so the
 * value and its version are always written together. Older shapes are migrated step by step;
 * nothing here ever replaces data it cannot read with defaults without saying so.
 */
export interface Envelope<T> {
  version: number;
  data: T;
}

export interface VersionedSchema<T> {
  /** The current version. */
  version: number;
  schema: z.ZodType<T>;
  /** Migration to version N reads the version N-1 data. Version 0 is unversioned data. */
  migrations: Record<number, (old: unknown) => unknown>;
  defaults: () => T;
}

export type ReadOutcome<T> =
  | { kind: 'empty'; data: T }
  | { kind: 'current'; data: T }
  | { kind: 'migrated'; data: T; from: number }
  /** Unreadable or from a newer version: `data` is the fallback to use; the stored value must be kept. */
  | { kind: 'unreadable'; data: T; reason: string };

/** Decides what stored user data means now: pure, so every stored shape can be tested. */
export function readVersioned<T>(stored: unknown, spec: VersionedSchema<T>): ReadOutcome<T> {
  if (stored === undefined || stored === null) return { kind: 'empty', data: spec.defaults() };
  const { version, data } = asEnvelope(stored);
  if (version > spec.version) {
    return {
      kind: 'unreadable',
      data: spec.defaults(),
      reason: `stored by a newer version of Model Lens (data version ${version}, this one reads up to ${spec.version})`,
    };
  }
  let value = data;
  for (let next = version + 1; next <= spec.version; next += 1) {
    const migrate = spec.migrations[next];
    if (!migrate) return { kind: 'unreadable', data: spec.defaults(), reason: `no migration to version ${next}` };
    try {
      value = migrate(value);
    } catch (error) {
      return { kind: 'unreadable', data: spec.defaults(), reason: `migration to version ${next} failed: ${errorMessage(error)}` };
    }
  }
  const parsed = spec.schema.safeParse(value);
  if (!parsed.success) {
    return { kind: 'unreadable', data: spec.defaults(), reason: `stored data does not match version ${spec.version}: ${errorMessage(parsed.error)}` };
  }
  return version === spec.version ? { kind: 'current', data: parsed.data } : { kind: 'migrated', data: parsed.data, from: version };
}

/** Data written before envelopes existed is version 0. */
function asEnvelope(stored: unknown): Envelope<unknown> {
  if (
    stored !== null &&
    typeof stored === 'object' &&
    !Array.isArray(stored) &&
    Object.keys(stored).length === 2 &&
    'version' in stored &&
    'data' in stored &&
    Number.isInteger((stored as Envelope<unknown>).version) &&
    (stored as Envelope<unknown>).version >= 1
  ) {
    return stored as Envelope<unknown>;
  }
  return { version: 0, data: stored };
}

export function envelope<T>(spec: VersionedSchema<T>, data: T): Envelope<T> {
  return { version: spec.version, data };
}
