import { z } from '../zod';
import { emptyMatchGraph, MAX_PAIRS, type MatchGraph } from './match-graph';
import type { VersionedSchema } from './versioned';

const Count = z.number().int().min(0);

export const MATCH_GRAPH_SPEC: VersionedSchema<MatchGraph> = {
  version: 1,
  schema: z.object({
    pairs: z.record(z.string().max(700), Count).refine((pairs) => Object.keys(pairs).length <= MAX_PAIRS, 'too many pairs'),
    compared: z.record(z.string().max(300), Count),
  }),
  // The graph started with version 1; nothing older was ever stored.
  migrations: { 1: () => emptyMatchGraph() },
  defaults: emptyMatchGraph,
};
