import { browser } from 'wxt/browser';
import { readVersioned, envelope, type ReadOutcome, type VersionedSchema } from '../../user-data/versioned';
import { backupKey, unreadableKey } from './storage-keys';
import { errorMessage } from '../../error-message';

// A load that migrates writes too. Each key's loads and saves run one at a time, so a
// migration of what was read before a save can never land after that save.
const pending = new Map<string, Promise<unknown>>();

function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const run = (pending.get(key) ?? Promise.resolve()).then(work, work);
  pending.set(key, run.catch(() => undefined));
  return run;
}

/**
 * Loads a versioned user-data item, migrating it in storage when needed. Only the
 * background calls this (one writer). A migration keeps a backup of the old value first;
 * data that cannot be read is copied aside and left in place, never overwritten unasked.
 */
export function loadVersioned<T>(key: string, spec: VersionedSchema<T>): Promise<ReadOutcome<T>> {
  return oneAtATime(key, () => load(key, spec));
}

/** Validates and writes; a rejected write (quota) propagates so the user is told. */
export function saveVersioned<T>(key: string, spec: VersionedSchema<T>, data: T): Promise<T> {
  return oneAtATime(key, () => save(key, spec, data));
}

/** Reads, changes and saves in one step, so that changes asked for at the same time all land. */
export function updateVersioned<T>(key: string, spec: VersionedSchema<T>, change: (current: T) => T): Promise<T> {
  return oneAtATime(key, async () => save(key, spec, change((await load(key, spec)).data)));
}

async function load<T>(key: string, spec: VersionedSchema<T>): Promise<ReadOutcome<T>> {
  const stored = (await browser.storage.local.get(key))[key];
  const outcome = readVersioned(stored, spec);
  if (outcome.kind === 'migrated') {
    await write(key, { [backupKey(key, outcome.from)]: stored });
    await write(key, { [key]: envelope(spec, outcome.data) });
  } else if (outcome.kind === 'unreadable') {
    const aside = unreadableKey(key);
    const existing = (await browser.storage.local.get(aside))[aside];
    if (existing === undefined) await browser.storage.local.set({ [aside]: stored });
  }
  return outcome;
}

async function save<T>(key: string, spec: VersionedSchema<T>, data: T): Promise<T> {
  const parsed = spec.schema.parse(data);
  await write(key, { [key]: envelope(spec, parsed) });
  return parsed;
}

/** The browser's reason for refusing a write ("QUOTA_BYTES quota exceeded") means little to a user on its own. */
async function write(key: string, items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    const reason = errorMessage(error);
    throw new Error(`Your ${key} could not be saved, so nothing was changed (the browser refused: ${reason}).`, { cause: error });
  }
}
