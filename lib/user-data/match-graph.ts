/**
 * The Match Graph: which models this user meets together, kept on this device only. An edge
 * counts the page loads that named both models plus the comparisons that put them side by
 * side; `compared` counts the comparisons each model was opened in.
 */
export interface MatchGraph {
  /** Edge weights keyed by `pairKey` (the two ids in order). */
  pairs: Record<string, number>;
  compared: Record<string, number>;
}

export interface Neighbour {
  id: string;
  weight: number;
}

export const MAX_PAIRS = 5_000;
const MAX_COMPARED_MODELS = 3_000;
/** A page naming more models than this (a leaderboard) links only its first ones: 190 pairs. */
export const MAX_MODELS_PER_PAGE = 20;

export function emptyMatchGraph(): MatchGraph {
  return { pairs: nullRecord(), compared: nullRecord() };
}

/** One page load named these models together. */
export function recordCoMentions(graph: MatchGraph, modelIds: readonly string[]): MatchGraph {
  const ids = [...new Set(modelIds)].slice(0, MAX_MODELS_PER_PAGE);
  return { pairs: addPairs(graph.pairs, ids), compared: graph.compared };
}

/** The user opened these models in one comparison. */
export function recordComparison(graph: MatchGraph, modelIds: readonly string[]): MatchGraph {
  const ids = [...new Set(modelIds)].slice(0, MAX_MODELS_PER_PAGE);
  const compared = Object.assign(nullRecord(), graph.compared);
  for (const id of ids) compared[id] = (compared[id] ?? 0) + 1;
  return { pairs: addPairs(graph.pairs, ids), compared: keepHeaviest(compared, MAX_COMPARED_MODELS) };
}

/** The models met most often with this one, heaviest first. */
export function neighboursOf(graph: MatchGraph, id: string, limit = Infinity): Neighbour[] {
  const found: Neighbour[] = [];
  for (const [key, weight] of Object.entries(graph.pairs)) {
    const [a, b] = JSON.parse(key) as [string, string];
    if (a === id) found.push({ id: b, weight });
    else if (b === id) found.push({ id: a, weight });
  }
  return found.sort((x, y) => y.weight - x.weight || (x.id < y.id ? -1 : 1)).slice(0, limit);
}

export function timesCompared(graph: MatchGraph, id: string): number {
  return Object.prototype.hasOwnProperty.call(graph.compared, id) ? graph.compared[id]! : 0;
}

/**
 * The Match Graph sub-score, 0–100: how much this user meets the model alongside others, on a
 * log scale against the model they meet most (so it ranks by this user's own reading).
 */
export function matchGraphScore(graph: MatchGraph, id: string): number {
  const degrees = new Map<string, number>();
  for (const [key, weight] of Object.entries(graph.pairs)) {
    for (const end of JSON.parse(key) as [string, string]) degrees.set(end, (degrees.get(end) ?? 0) + weight);
  }
  const most = Math.max(0, ...degrees.values());
  const own = degrees.get(id) ?? 0;
  return most === 0 ? 0 : Math.round((1000 * Math.log1p(own)) / Math.log1p(most)) / 10;
}

export function pairKey(a: string, b: string): string {
  return JSON.stringify(a < b ? [a, b] : [b, a]);
}

function addPairs(pairs: Record<string, number>, ids: readonly string[]): Record<string, number> {
  const next = Object.assign(nullRecord(), pairs);
  for (let i = 0; i < ids.length; i += 1) {
    for (let j = i + 1; j < ids.length; j += 1) {
      const key = pairKey(ids[i]!, ids[j]!);
      // Re-inserted at the end, so among equal weights the most recent are kept.
      const weight = (next[key] ?? 0) + 1;
      delete next[key];
      next[key] = weight;
    }
  }
  return keepHeaviest(next, MAX_PAIRS);
}

/** Drops the lightest entries past `max`; among equal weights the oldest go first. */
function keepHeaviest(record: Record<string, number>, max: number): Record<string, number> {
  const entries = Object.entries(record);
  if (entries.length <= max) return record;
  const kept = entries
    .map((entry, order) => ({ entry, order }))
    .sort((x, y) => y.entry[1] - x.entry[1] || y.order - x.order)
    .slice(0, max)
    .sort((x, y) => x.order - y.order);
  return Object.assign(nullRecord(), Object.fromEntries(kept.map(({ entry }) => entry)));
}

// Model ids such as "__proto__" are just keys.
function nullRecord(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}
