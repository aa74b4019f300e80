import type { Rank } from '@/lib/catalogue/catalogue';
import { normaliseWeights, SUB_SCORE_NAMES, type RankWeights } from '@/lib/catalogue/rank';
import { matchGraphScore, type MatchGraph } from '@/lib/user-data/match-graph';

/** The user's weights: the catalogue's five sub-scores and the Match Graph's. */
export type WeightsWithMatchGraph = RankWeights & { matchGraph: number };

/**
 * The rank score with the Match Graph sub-score weighed in: the weighted mean of the
 * sub-scores a model has, as in the catalogue's rank. With a Match Graph weight of 0 it is
 * the catalogue's score.
 */
export function scoreWithMatchGraph(rank: Rank, weights: WeightsWithMatchGraph, matchScore: number): number {
  const normalised = normaliseWeights(weights);
  let total = matchScore * weights.matchGraph;
  let weightSum = weights.matchGraph;
  for (const name of SUB_SCORE_NAMES) {
    const value = rank.subScores[name];
    if (value === null) continue;
    total += value * normalised[name];
    weightSum += normalised[name];
  }
  return weightSum === 0 ? 0 : Math.round((10 * total) / weightSum) / 10;
}

/** Orders the catalogue by that score (ties by id), as `rerank` does without the graph. */
export function rerankWithMatchGraph<T extends { id: string; rank: Rank }>(models: readonly T[], weights: WeightsWithMatchGraph, graph: MatchGraph): T[] {
  const scored = models.map((model) => ({ model, score: scoreWithMatchGraph(model.rank, weights, matchGraphScore(graph, model.id)) }));
  scored.sort((a, b) => b.score - a.score || (a.model.id < b.model.id ? -1 : 1));
  return scored.map(({ model, score }, i) => ({ ...model, rank: { ...model.rank, score, position: i + 1 } }));
}
