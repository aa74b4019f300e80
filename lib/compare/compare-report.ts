import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { matchGraphScore, neighboursOf, type MatchGraph } from '@/lib/user-data/match-graph';
import type { Sightings } from '@/lib/user-data/sightings';
import { pricingType, type Volume } from './cost';
import { decompose, type Decomposition } from './decomposed';
import { displayedScore, formatInteger, formatPerMillion, formatScore } from './format';
import { formatPlace } from './kinds';
import { scoreWithMatchGraph, type WeightsWithMatchGraph } from './match-rank';
import { modelNeighbours, type ModelNeighbours } from './model-neighbours';
import { NOISE_NOTE } from './pick-instead';
import { TYPE_LABELS } from './rows';
import { formatLowest, formatUnitPrice } from './unit-prices';
import { verdict } from './verdict';
import { modelsById } from '../catalogue/models-by-id';
import { MATCH_GRAPH_LABEL, SUB_SCORE_LABELS } from '../catalogue/rank';

/** The compare page as data: what the page, the Markdown and the PNG all show. */
export interface ComparisonReport {
  title: string;
  verdict: string;
  /** Ids in the permalink the catalogue does not hold. */
  missing: string[];
  models: ReportedModel[];
  /** The seed's table: one row per feature, one cell per model. */
  table: { label: string; cells: string[] }[];
  noiseNote: string;
  /** The Match Graph's neighbours of the compared models, not compared themselves, heaviest first. */
  somethingDifferent: { id: string; name: string; times: number }[];
}

export interface ReportedModel {
  id: string;
  name: string;
  decomposition: Decomposition;
  neighbours: ModelNeighbours;
}

export interface ReportInput {
  ids: readonly string[];
  catalogue: readonly CatalogueModel[];
  graph: MatchGraph;
  sightings: Sightings;
  weights: WeightsWithMatchGraph;
  volume: Volume;
}

/** Models in the permalink are looked up by catalogue id, then by OpenRouter id; each model once. */
export function findModels(ids: readonly string[], catalogue: readonly CatalogueModel[]): { models: CatalogueModel[]; missing: string[] } {
  const byId = modelsById(catalogue);
  const models = [...new Map(ids.flatMap((id) => (byId.has(id) ? [[byId.get(id)!.id, byId.get(id)!] as const] : []))).values()];
  return { models, missing: ids.filter((id) => !byId.has(id)) };
}

export function buildReport(input: ReportInput): ComparisonReport {
  const { models, missing } = findModels(input.ids, input.catalogue);
  const scores = models.map((m) => scoreWithMatchGraph(m.rank, input.weights, matchGraphScore(input.graph, m.id)));
  const reported = models.map((model) => ({
    id: model.id,
    name: model.name,
    decomposition: decompose(model, input.catalogue),
    neighbours: modelNeighbours(model, input.catalogue, { graph: input.graph, sighting: ownSighting(input.sightings, model.id) }),
  }));
  return {
    title: models.length ? models.map((m) => m.name).join(' vs ') : 'Compare models',
    verdict: verdictLine(models, scores, input.volume),
    missing,
    models: reported,
    table: seedTable(models, scores, reported, input.graph),
    noiseNote: NOISE_NOTE,
    somethingDifferent: somethingDifferent(models, input),
  };
}

function verdictLine(models: readonly CatalogueModel[], scores: readonly number[], volume: Volume): string {
  if (models.length === 0) return 'None of these models is in the catalogue.';
  if (models.length === 1) return `Only ${models[0]!.name} is in the catalogue, at ${formatScore(scores[0]!)}; add a second model to compare.`;
  if (models.length === 2) {
    const [a, b] = models as [CatalogueModel, CatalogueModel];
    return verdict({ ...a, rank: { ...a.rank, score: scores[0]! } }, { ...b, rank: { ...b.rank, score: scores[1]! } }, { volume });
  }
  const best = scores.indexOf(Math.max(...scores));
  return `${models[best]!.name} ranks highest at ${formatScore(scores[best]!)} of the ${models.length} models compared.`;
}

function seedTable(models: readonly CatalogueModel[], scores: readonly number[], reported: readonly ReportedModel[], graph: MatchGraph) {
  const subScore = (value: number | null) => (value === null ? '—' : String(displayedScore(value)));
  const rows: [string, (m: CatalogueModel, i: number) => string][] = [
    ['Type', (m) => TYPE_LABELS[m.type]],
    ['Rank', (m, i) => `${formatScore(scores[i]!)} (${formatPlace(m)})`],
    [SUB_SCORE_LABELS.adoption, (m) => subScore(m.rank.subScores.adoption)],
    [SUB_SCORE_LABELS.quality, (m) => `${subScore(m.rank.subScores.quality)}${m.rank.qualityEstimated ? ' (estimated)' : ''}`],
    [SUB_SCORE_LABELS.ecosystem, (m) => subScore(m.rank.subScores.ecosystem)],
    [MATCH_GRAPH_LABEL, (m) => String(displayedScore(matchGraphScore(graph, m.id)))],
    ['Pricing', pricingType],
    ['Starting Price', startingPrice],
    ['Capabilities', (_, i) => `${reported[i]!.decomposition.capabilities.length} decomposed`],
    ['Times Matched', (_, i) => formatInteger(reported[i]!.neighbours.timesMatched)],
  ];
  return rows.map(([label, cell]) => ({ label, cells: models.map(cell) }));
}

/**
 * The seed's "Starting Price": where a provider sells the model for less than its headline price,
 * that price and who asks it; otherwise the headline price, in the unit the model is sold in.
 */
function startingPrice(model: CatalogueModel): string {
  if (model.price.lowest) return formatLowest(model.price.lowest);
  const { input, output } = model.price;
  if (input && output) return `${formatPerMillion(input.value)} / ${formatPerMillion(output.value)} per 1M tokens`;
  const unit = model.price.units?.find((candidate) => candidate.usd > 0);
  return unit ? formatUnitPrice(unit) : 'not published';
}

function somethingDifferent(models: readonly CatalogueModel[], input: ReportInput): ComparisonReport['somethingDifferent'] {
  const compared = new Set(models.map((m) => m.id));
  const names = new Map(input.catalogue.map((m) => [m.id, m.name]));
  const weights = new Map<string, number>();
  for (const model of models) {
    for (const { id, weight } of neighboursOf(input.graph, model.id)) if (!compared.has(id) && names.has(id)) weights.set(id, (weights.get(id) ?? 0) + weight);
  }
  return [...weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id, times]) => ({ id, name: names.get(id)!, times }));
}

function ownSighting(sightings: Sightings, id: string) {
  return Object.prototype.hasOwnProperty.call(sightings, id) ? sightings[id] : undefined;
}

