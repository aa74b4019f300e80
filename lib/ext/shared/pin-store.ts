import { applyOperations, type PinOperation } from '../../pins/operations';
import type { PinsData } from '../../pins/pin';
import { changeBetween, mergeSynced, NO_LOCAL_CHANGE, type LocalChange } from '../../pins/sync-merge';
import { exportPins, mergePins, parseImport } from '../../pins/transfer';
import { serialQueue } from './serial-queue';
import { pinsItem } from './storage/items';
import { syncedPinsItem } from './storage/synced-pins-item';

/**
 * The one writer of pins. Requests from tabs, the popup and the sync copy are applied one after
 * another on a queue, each reading what the previous one wrote, so none is lost.
 */
const oneAtATime = serialQueue();

export async function readPins(): Promise<PinsData> {
  const outcome = await pinsItem.load();
  if (outcome.kind === 'unreadable') {
    // The stored pins stay as they are (and a copy is kept aside); nothing is written over them.
    throw new Error(`Your pins could not be read, so they were left untouched: ${outcome.reason}`);
  }
  return outcome.data;
}

export function changePins(operations: readonly PinOperation[], sync: boolean, now: Date): Promise<PinsData> {
  return oneAtATime(async () => {
    const current = await readPins();
    const next = applyOperations(current, operations);
    await pinsItem.save(next);
    return sync ? syncWithOtherDevices(next, changeBetween(current, next, now)) : next;
  });
}

export function importPins(text: string, sync: boolean, now: Date): Promise<{ added: number; skipped: number; leftOut: number }> {
  return oneAtATime(async () => {
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const current = await readPins();
    const merged = mergePins(current, parsed.pins);
    await pinsItem.save(merged.data);
    if (sync) await syncWithOtherDevices(merged.data, changeBetween(current, merged.data, now));
    return { added: merged.added, skipped: parsed.skipped, leftOut: merged.leftOut };
  });
}

export async function exportPinsText(now: Date): Promise<string> {
  return exportPins(await readPins(), now);
}

/** On start-up and whenever the sync copy changes: pins pinned or unpinned in another browser arrive here. */
export function restoreSyncedPins(): Promise<PinsData> {
  return oneAtATime(async () => syncWithOtherDevices(await readPins(), NO_LOCAL_CHANGE));
}

/**
 * Merges this device's pins with the sync copy (no pin is lost: see mergeSynced), keeps the
 * result here and writes it back for the other browsers. The pins are saved locally before the
 * sync copy is touched, so a refused sync write (its per-minute limit, offline sync) must not
 * report the pin as failed; the next change or start-up writes the whole copy again.
 */
async function syncWithOtherDevices(local: PinsData, change: LocalChange): Promise<PinsData> {
  try {
    const merged = mergeSynced(local, change, await syncedPinsItem.read());
    if (JSON.stringify(merged.data) !== JSON.stringify(local)) await pinsItem.save(merged.data);
    await syncedPinsItem.write(merged.data, merged.unpinned);
    return merged.data;
  } catch (error) {
    console.warn('Model Lens: pins saved on this device; the sync copy will catch up on the next change:', error);
    return local;
  }
}
