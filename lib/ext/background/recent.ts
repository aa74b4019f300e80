import { recentItem, type Recent } from '../shared/storage/items';

const MAX_RECENT = 12;

export const readRecent = (): Promise<Recent> => recentItem.read();

const writeRecent = (recent: Recent): Promise<void> => recentItem.write(recent);

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
