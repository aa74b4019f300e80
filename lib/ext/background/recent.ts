import { recentItem } from '../shared/storage/items';

/** Recent hovers and the model waiting in the compare slot (recentItem): convenience state for the popup. */

const MAX_RECENT = 12;

export async function noteHover(id: string): Promise<void> {
  const recent = await recentItem.read();
  await recentItem.write({ ...recent, hovered: [id, ...recent.hovered.filter((h) => h !== id)].slice(0, MAX_RECENT) });
}

/**
 * "Compare" on a card: the first model waits in the slot; the second opens the comparison
 * of the two. Returns the pair to compare when there is one.
 */
export async function pickForComparison(id: string): Promise<[string, string] | undefined> {
  const recent = await recentItem.read();
  if (recent.comparePending && recent.comparePending !== id) {
    await recentItem.write({ hovered: recent.hovered });
    return [recent.comparePending, id];
  }
  await recentItem.write({ ...recent, comparePending: id });
  return undefined;
}
