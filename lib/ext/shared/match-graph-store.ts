import { emptyMatchGraph, recordCoMentions, recordComparison, type MatchGraph } from '../../user-data/match-graph';
import { matchGraphItem } from './storage/items';

/** The Match Graph in storage: changed only by the background, kept on this device. */

export async function readMatchGraph(): Promise<MatchGraph> {
  return (await matchGraphItem.load()).data;
}

export async function recordPageCoMentions(modelIds: readonly string[]): Promise<void> {
  if (new Set(modelIds).size < 2) return;
  await changeReadable((graph) => recordCoMentions(graph, modelIds));
}

export async function recordOpenedComparison(modelIds: readonly string[]): Promise<void> {
  await changeReadable((graph) => recordComparison(graph, modelIds));
}

export async function clearMatchGraph(): Promise<void> {
  await matchGraphItem.save(emptyMatchGraph());
}

/** A graph that cannot be read is left as stored (its load keeps a copy aside), not overwritten. */
async function changeReadable(change: (graph: MatchGraph) => MatchGraph): Promise<void> {
  if ((await matchGraphItem.load()).kind === 'unreadable') return;
  await matchGraphItem.update(change);
}
