import { browser } from 'wxt/browser';
import { applyOperations, type PinOperation } from '../../pins/operations';
import type { PinsData } from '../../pins/pin';
import { PINS_SPEC } from '../../pins/pins-spec';
import { toSyncItems } from '../../pins/sync-chunks';
import { exportPins, mergePins, parseImport } from '../../pins/transfer';
import { STORAGE_KEYS } from './storage-keys';
import { loadVersioned, saveVersioned } from './versioned-store';

/**
 * The one writer of pins. Requests from tabs and the popup are applied one after another
 * on a queue, each reading what the previous one wrote, so none is lost.
 */
let queue: Promise<unknown> = Promise.resolve();

function serialised<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

export async function readPins(): Promise<PinsData> {
  const outcome = await loadVersioned(STORAGE_KEYS.pins, PINS_SPEC);
  if (outcome.kind === 'unreadable') {
    // The stored pins stay as they are (and a copy is kept aside); nothing is written over them.
    throw new Error(`Your pins could not be read, so they were left untouched: ${outcome.reason}`);
  }
  return outcome.data;
}

export function changePins(operations: readonly PinOperation[], mirror: boolean): Promise<PinsData> {
  return serialised(async () => {
    const next = applyOperations(await readPins(), operations);
    await saveVersioned(STORAGE_KEYS.pins, PINS_SPEC, next);
    if (mirror) await mirrorToSync(next);
    return next;
  });
}

export function importPins(text: string, mirror: boolean): Promise<{ added: number; skipped: number; leftOut: number }> {
  return serialised(async () => {
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const merged = mergePins(await readPins(), parsed.pins);
    await saveVersioned(STORAGE_KEYS.pins, PINS_SPEC, merged.data);
    if (mirror) await mirrorToSync(merged.data);
    return { added: merged.added, skipped: parsed.skipped, leftOut: merged.leftOut };
  });
}

export async function exportPinsText(now: Date): Promise<string> {
  return exportPins(await readPins(), now);
}

/**
 * A small copy (ids and dates) in sync storage, within its quotas. The pins are saved locally
 * by then, so a refused sync write (its per-minute limit, offline sync) must not report the pin
 * as failed; the next change writes the whole copy again.
 */
async function mirrorToSync(data: PinsData): Promise<void> {
  try {
    const { items } = toSyncItems(data);
    const existing = Object.keys(await browser.storage.sync.get(null)).filter((key) => key.startsWith('pins.'));
    const stale = existing.filter((key) => !(key in items));
    await browser.storage.sync.set(items);
    if (stale.length) await browser.storage.sync.remove(stale);
  } catch (error) {
    console.warn('Model Lens: pins saved on this device; the sync copy will catch up on the next change:', error);
  }
}
