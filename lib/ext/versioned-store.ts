import { browser } from 'wxt/browser';
import { readVersioned, envelope, type ReadOutcome, type VersionedSchema } from '../user-data/versioned';
import { backupKey, unreadableKey } from './storage-keys';

/**
 * Loads a versioned user-data item, migrating it in storage when needed. Only the
 * background calls this (one writer). A migration keeps a backup of the old value first;
 * data that cannot be read is copied aside and left in place, never overwritten unasked.
 */
export async function loadVersioned<T>(key: string, spec: VersionedSchema<T>): Promise<ReadOutcome<T>> {
  const stored = (await browser.storage.local.get(key))[key];
  const outcome = readVersioned(stored, spec);
  if (outcome.kind === 'migrated') {
    await browser.storage.local.set({ [backupKey(key, outcome.from)]: stored });
    await browser.storage.local.set({ [key]: envelope(spec, outcome.data) });
  } else if (outcome.kind === 'unreadable') {
    const aside = unreadableKey(key);
    const existing = (await browser.storage.local.get(aside))[aside];
    if (existing === undefined) await browser.storage.local.set({ [aside]: stored });
  }
  return outcome;
}

/** Validates and writes; a rejected write (quota) propagates so the user is told. */
export async function saveVersioned<T>(key: string, spec: VersionedSchema<T>, data: T): Promise<T> {
  const parsed = spec.schema.parse(data);
  await browser.storage.local.set({ [key]: envelope(spec, parsed) });
  return parsed;
}
