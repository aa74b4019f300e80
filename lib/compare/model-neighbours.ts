import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { neighboursOf, timesCompared, type MatchGraph } from '@/lib/user-data/match-graph';
import type { Sighting } from '@/lib/user-data/sightings';
import { pickInstead } from './pick-instead';

/** What the card and the compare page say about a model's alternatives and this user's own record of it. */
export interface ModelNeighbours {
  pickInstead: { id: string; name: string; reason: string }[];
  /** Why there is no pick instead, when none can be computed. */
  pickInsteadNote?: string;
  /** The Match Graph's neighbours that are in the catalogue, heaviest first. */
  oftenComparedWith: { id: string; name: string; times: number }[];
  /** Times seen on pages plus times compared, both on this device. */
  timesMatched: number;
}

export interface NeighbourOptions {
  graph: MatchGraph;
  sighting?: Sighting;
  /** How many of each list to keep (the card shows three). */
  limit?: number;
}

export function modelNeighbours(model: CatalogueModel, catalogue: readonly CatalogueModel[], options: NeighbourOptions): ModelNeighbours {
  const limit = options.limit ?? Infinity;
  const picks = pickInstead(model, catalogue);
  const byId = new Map(catalogue.map((m) => [m.id, m]));
  const oftenComparedWith = neighboursOf(options.graph, model.id).flatMap(({ id, weight }) => {
    const known = byId.get(id);
    return known ? [{ id, name: known.name, times: weight }] : [];
  });
  return {
    pickInstead: picks.kind === 'picks' ? picks.picks.slice(0, limit).map(({ model: m, reason }) => ({ id: m.id, name: m.name, reason })) : [],
    ...(picks.kind === 'unavailable' ? { pickInsteadNote: picks.reason } : {}),
    oftenComparedWith: oftenComparedWith.slice(0, limit),
    timesMatched: (options.sighting?.count ?? 0) + timesCompared(options.graph, model.id),
  };
}
