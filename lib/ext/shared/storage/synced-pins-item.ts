import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { PinsData } from '../../../pins/pin';
import { fromSyncItems, SYNC_KEY_PREFIX, toSyncItems, type SyncedPins, type Unpinned } from '../../../pins/sync-chunks';

/**
 * The pins' copy in `storage.sync`, shared by the user's browsers: one logical item kept in
 * chunks `pins.0`, `pins.1`, … (sync-chunks.ts has the format and the quota arithmetic).
 */
export const syncedPinsItem = {
  async read(): Promise<SyncedPins> {
    return fromSyncItems(await chunksInSync());
  },

  /** Writes the whole copy; chunks left from a longer list go. Unchanged text is not written. */
  async write(data: PinsData, unpinned: readonly Unpinned[]): Promise<void> {
    const existing = await chunksInSync();
    const { items } = toSyncItems(data, unpinned);
    const changed = Object.entries(items).filter(([key, value]) => existing[key] !== value);
    const stale = Object.keys(existing).filter((key) => !(key in items));
    if (changed.length) await storage.setItems(changed.map(([key, value]) => ({ key: `sync:${key}` as const, value })));
    if (stale.length) await storage.removeItems(stale.map((key) => `sync:${key}` as const));
  },

  /** Calls back when another browser (or this one) changes the copy. */
  watch(onChange: () => void): () => void {
    // Chunks come and go, so no single key can be watched: any pins chunk changing counts.
    const listener = (changes: Record<string, unknown>) => {
      if (Object.keys(changes).some((key) => key.startsWith(SYNC_KEY_PREFIX))) onChange();
    };
    browser.storage.sync.onChanged.addListener(listener);
    return () => browser.storage.sync.onChanged.removeListener(listener);
  },
};

async function chunksInSync(): Promise<Record<string, unknown>> {
  const everything = await storage.snapshot('sync');
  return Object.fromEntries(Object.entries(everything).filter(([key]) => key.startsWith(SYNC_KEY_PREFIX)));
}
