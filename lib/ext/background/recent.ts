import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../shared/storage-keys';

/** Convenience state for the popup: recent hovers and the model waiting to be compared. */
export interface Recent {
  hovered: string[];
  comparePending?: string;
}

const MAX_RECENT = 12;

export async function readRecent(): Promise<Recent> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.recent))[STORAGE_KEYS.recent] as Partial<Recent> | undefined;
  return {
    hovered: Array.isArray(stored?.hovered) ? stored.hovered.filter((id): id is string => typeof id === 'string') : [],
    ...(typeof stored?.comparePending === 'string' ? { comparePending: stored.comparePending } : {}),
  };
}

async function writeRecent(recent: Recent): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.recent]: recent });
}

export async function noteHover(id: string): Promise<void> {
  const recent = await readRecent();
  await writeRecent({ ...recent, hovered: [id, ...recent.hovered.filter((h) => h !== id)].slice(0, MAX_RECENT) });
}

/**
 * "Compare" on a card: the first model waits in the slot; the second opens the comparison
 * of the two. Returns the pair to compare when there is one.
 */
export async function pickForComparison(id: string): Promise<[string, string] | undefined> {
  const recent = await readRecent();
  if (recent.comparePending && recent.comparePending !== id) {
    await writeRecent({ hovered: recent.hovered });
    return [recent.comparePending, id];
  }
  await writeRecent({ ...recent, comparePending: id });
  return undefined;
}
