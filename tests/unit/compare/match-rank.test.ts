import { describe, expect, it } from 'vitest';
import { DEFAULT_RANK_WEIGHTS } from '@/lib/catalogue/rank';
import { rerankWithMatchGraph, scoreWithMatchGraph } from '@/lib/compare/match-rank';
import { emptyMatchGraph, recordComparison } from '@/lib/user-data/match-graph';
import { catalogueModel, rank } from './fixtures';

describe('the Match Graph weight in the rank', () => {
  const met = catalogueModel({ id: 'lab/met', name: 'Met', rank: rank(50) });
  const other = catalogueModel({ id: 'lab/other', name: 'Other', rank: rank(60) });
  const unmet = catalogueModel({ id: 'lab/unmet', name: 'Unmet', rank: rank(55) });
  const graph = recordComparison(emptyMatchGraph(), ['lab/met', 'lab/other']);

  it('leaves the score as it was at weight 0', () => {
    expect(scoreWithMatchGraph(met.rank, { ...DEFAULT_RANK_WEIGHTS, matchGraph: 0 }, 100)).toBe(50);
  });

  it('weighs the Match Graph score in like any other sub-score', () => {
    // (50 × 100 + 100 × 100) / (100 + 100)
    expect(scoreWithMatchGraph(met.rank, { ...DEFAULT_RANK_WEIGHTS, matchGraph: 100 }, 100)).toBe(75);
  });

  it('reorders the catalogue by what this user meets', () => {
    const order = (weight: number) => rerankWithMatchGraph([met, other, unmet], { ...DEFAULT_RANK_WEIGHTS, matchGraph: weight }, graph).map((m) => m.name);
    expect(order(0)).toEqual(['Other', 'Unmet', 'Met']);
    expect(order(100)).toEqual(['Other', 'Met', 'Unmet']);
  });
});
