import { describe, expect, it } from 'vitest';
import {
  emptyMatchGraph,
  matchGraphScore,
  MAX_MODELS_PER_PAGE,
  MAX_PAIRS,
  neighboursOf,
  recordCoMentions,
  recordComparison,
  timesCompared,
} from '@/lib/user-data/match-graph';
import { MATCH_GRAPH_SPEC } from '@/lib/user-data/match-graph-spec';
import { envelope, readVersioned } from '@/lib/user-data/versioned';

describe('Match Graph', () => {
  it('links models named on the same page and models compared together', () => {
    let graph = recordCoMentions(emptyMatchGraph(), ['a/x', 'b/y', 'c/z']);
    graph = recordCoMentions(graph, ['a/x', 'b/y']);
    graph = recordComparison(graph, ['a/x', 'c/z']);
    expect(neighboursOf(graph, 'a/x')).toEqual([
      { id: 'b/y', weight: 2 },
      { id: 'c/z', weight: 2 },
    ]);
    expect(neighboursOf(graph, 'b/y', 1)).toEqual([{ id: 'a/x', weight: 2 }]);
    expect(timesCompared(graph, 'a/x')).toBe(1);
    expect(timesCompared(graph, 'b/y')).toBe(0);
  });

  it('scores the model met most at 100 and one never met at 0', () => {
    let graph = recordCoMentions(emptyMatchGraph(), ['a/x', 'b/y', 'c/z']);
    graph = recordCoMentions(graph, ['a/x', 'b/y']);
    expect(matchGraphScore(graph, 'a/x')).toBe(100);
    expect(matchGraphScore(graph, 'c/z')).toBe(79.2); // ln(1 + 2) / ln(1 + 3): degree 2 against 3
    expect(matchGraphScore(graph, 'd/w')).toBe(0);
    expect(matchGraphScore(emptyMatchGraph(), 'a/x')).toBe(0);
  });

  it('stays bounded: a page links at most its first models, and the lightest pairs go first', () => {
    const many = Array.from({ length: 200 }, (_, i) => `lab/m${i}`);
    const onePage = recordCoMentions(emptyMatchGraph(), many);
    expect(Object.keys(onePage.pairs)).toHaveLength((MAX_MODELS_PER_PAGE * (MAX_MODELS_PER_PAGE - 1)) / 2);

    let graph = recordComparison(emptyMatchGraph(), ['keep/a', 'keep/b']);
    graph = recordComparison(graph, ['keep/a', 'keep/b']);
    for (let page = 0; page < 40; page += 1) graph = recordCoMentions(graph, many.slice(page * 5, page * 5 + 20).map((id) => `${id}-${page}`));
    expect(Object.keys(graph.pairs)).toHaveLength(MAX_PAIRS);
    expect(neighboursOf(graph, 'keep/a')).toEqual([{ id: 'keep/b', weight: 2 }]);
    expect(MATCH_GRAPH_SPEC.schema.safeParse(graph).success).toBe(true);
  });

  it('keeps "__proto__" as a plain model id', () => {
    const graph = recordComparison(emptyMatchGraph(), ['__proto__', 'a/x']);
    expect(timesCompared(graph, '__proto__')).toBe(1);
    expect(neighboursOf(graph, '__proto__')).toEqual([{ id: 'a/x', weight: 1 }]);
  });

  it('is versioned user data: stored graphs read back, unreadable ones are reported, not reset', () => {
    const graph = recordComparison(emptyMatchGraph(), ['a/x', 'b/y']);
    expect(readVersioned(JSON.parse(JSON.stringify(envelope(MATCH_GRAPH_SPEC, graph))), MATCH_GRAPH_SPEC)).toMatchObject({ kind: 'current', data: graph });
    expect(readVersioned({ version: 1, data: { pairs: { x: -1 }, compared: {} } }, MATCH_GRAPH_SPEC).kind).toBe('unreadable');
  });
});
