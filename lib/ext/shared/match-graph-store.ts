import { emptyMatchGraph, recordCoMentions, recordComparison, type MatchGraph } from '../../user-data/match-graph';
import { MATCH_GRAPH_SPEC } from '../../user-data/match-graph-spec';
import { STORAGE_KEYS } from './storage-keys';
import { loadVersioned, saveVersioned, updateVersioned } from './versioned-store';

/** The Match Graph in storage: changed only by the background, kept on this device. */

export async function readMatchGraph(): Promise<MatchGraph> {
  return (await loadVersioned(STORAGE_KEYS.matchGraph, MATCH_GRAPH_SPEC)).data;
}

export async function recordPageCoMentions(modelIds: readonly string[]): Promise<void> {
  if (new Set(modelIds).size < 2) return;
  await changeReadable((graph) => recordCoMentions(graph, modelIds));
}

export async function recordOpenedComparison(modelIds: readonly string[]): Promise<void> {
  await changeReadable((graph) => recordComparison(graph, modelIds));
}

export async function clearMatchGraph(): Promise<void> {
  await saveVersioned(STORAGE_KEYS.matchGraph, MATCH_GRAPH_SPEC, emptyMatchGraph());
}

/** A graph that cannot be read is left as stored (loadVersioned keeps a copy aside), not overwritten. */
async function changeReadable(change: (graph: MatchGraph) => MatchGraph): Promise<void> {
  if ((await loadVersioned(STORAGE_KEYS.matchGraph, MATCH_GRAPH_SPEC)).kind === 'unreadable') return;
  await updateVersioned(STORAGE_KEYS.matchGraph, MATCH_GRAPH_SPEC, change);
}
