import type { CatalogueModel, Rank, SubScoreName, SubScores } from './catalogue';
import type { MergedModel } from './merge';
import type { ModelType } from './source-model';

/**
 * The rank: one 0–100 score from five named sub-scores, each 0–100, and a position among the
 * models of the same kind (text, image, video, speech, transcription, embedding, rerank...).
 *
 * - quality, from evidence that fits the kind:
 *   - text: benchmark indices where a source gives them (Artificial Analysis intelligence,
 *     coding, agentic, via OpenRouter), each as a share of the best text model's score.
 *     Without benchmarks it is estimated from what the model can do and what it costs
 *     (list price tends to follow capability), and marked "estimated".
 *   - image, video, speech: the arena Elo of its kind (Design Arena via OpenRouter) as
 *     200 × the expected score against the best-rated model of the kind, so the best is 100
 *     and a model 400 Elo behind is 18. Without an Elo: not measured (null), never estimated
 *     from LLM features.
 *   - other kinds: not measured.
 * - adoption: how many providers serve it (log scale, 32 providers = 100) and, when known,
 *   Hugging Face downloads and likes.
 * - ecosystem (text models and routers only): the share of API features it offers (tools,
 *   structured output, reasoning, prompt caching, web search, file input, vision, open weights).
 * - value: quality per price, quality × 1 / (1 + log10(1 + blended $/1M)), blended = (3 × input + output) / 4.
 * - freshness: halves every 12 months since release.
 *
 * The score is the weighted mean of the sub-scores a model has (a missing one does not
 * count as zero, its weight is shared out), and the position orders the catalogue by score.
 */
export const DEFAULT_RANK_WEIGHTS: Readonly<Record<SubScoreName, number>> = {
  quality: 40,
  adoption: 20,
  ecosystem: 15,
  value: 15,
  freshness: 10,
};
export type RankWeights = Record<SubScoreName, number>;
export const SUB_SCORE_NAMES = Object.keys(DEFAULT_RANK_WEIGHTS) as SubScoreName[];

/** What the card, the comparison and the settings call each sub-score. */
export const SUB_SCORE_LABELS: Readonly<Record<SubScoreName, string>> = {
  quality: 'Quality',
  adoption: 'Adoption',
  ecosystem: 'Ecosystem',
  value: 'Value',
  freshness: 'Freshness',
};

/** The Match Graph's label, where it stands beside the sub-scores (a weight, a report column). */
export const MATCH_GRAPH_LABEL = 'Match Graph';

const FULL_ADOPTION_PROVIDERS = 32;
const FULL_ADOPTION_DOWNLOADS = 10_000_000;
const FULL_ADOPTION_LIKES = 10_000;
const FRESHNESS_HALF_LIFE_MONTHS = 12;
const ECOSYSTEM_FEATURES = [
  'tools',
  'structuredOutput',
  'reasoning',
  'promptCaching',
  'webSearch',
  'attachments',
  'vision',
  'openWeights',
] as const;
const ESTIMATE_FEATURES = ['reasoning', 'tools', 'structuredOutput', 'vision'] as const;
const LONG_CONTEXT = 128_000;
// LLM benchmarks, LLM estimates and LLM API features describe these kinds only.
const LANGUAGE_KINDS: ReadonlySet<ModelType> = new Set(['text', 'router']);
const ELO_SCALE = 400;

export interface RankOptions {
  now: Date;
  weights?: Partial<RankWeights>;
}

/** Scores every model and orders each kind by score (ties by id). */
export function rankModels(models: readonly MergedModel[], options: RankOptions): CatalogueModel[] {
  const weights = normaliseWeights(options.weights);
  const context = new RankContext(models, options.now);
  const scored = models.map((model) => {
    const { subScores, qualityEstimated } = context.subScoresOf(model);
    return { id: model.id, among: model.type, model, subScores, qualityEstimated, score: overallScore(subScores, weights) };
  });
  const places = placesWithinKind(scored);
  return scored.map((entry) => {
    const rank: Rank = {
      score: entry.score,
      ...places.get(entry)!,
      among: entry.among,
      subScores: entry.subScores,
      qualityEstimated: entry.qualityEstimated,
    };
    return { ...entry.model, rank };
  });
}

/** Re-scores a ranked catalogue with other weights (sub-scores do not change), best first. */
export function rerank<T extends { id: string; type?: ModelType; rank: Rank }>(models: readonly T[], weights: Partial<RankWeights>): T[] {
  const normalised = normaliseWeights(weights);
  const scored = models.map((model) => ({ id: model.id, among: model.rank.among ?? model.type ?? 'text', model, score: overallScore(model.rank.subScores, normalised) }));
  const places = placesWithinKind(scored);
  return [...scored]
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .map((entry) => ({ ...entry.model, rank: { ...entry.model.rank, score: entry.score, ...places.get(entry)! } }));
}

/** Position (1 = best score, ties by id) and count among the entries of the same kind. */
function placesWithinKind<E extends { id: string; among: ModelType; score: number }>(entries: readonly E[]): Map<E, { position: number; of: number }> {
  const byKind = new Map<ModelType, E[]>();
  for (const entry of entries) byKind.set(entry.among, [...(byKind.get(entry.among) ?? []), entry]);
  const places = new Map<E, { position: number; of: number }>();
  for (const kind of byKind.values()) {
    kind.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    kind.forEach((entry, i) => places.set(entry, { position: i + 1, of: kind.length }));
  }
  return places;
}

export function overallScore(subScores: SubScores, weights: RankWeights): number {
  let total = 0;
  let weightSum = 0;
  for (const name of SUB_SCORE_NAMES) {
    const value = subScores[name];
    if (value === null) continue;
    total += value * weights[name];
    weightSum += weights[name];
  }
  return weightSum === 0 ? 0 : round1(total / weightSum);
}

export function normaliseWeights(weights: Partial<RankWeights> | undefined): RankWeights {
  const result = { ...DEFAULT_RANK_WEIGHTS };
  for (const name of SUB_SCORE_NAMES) {
    const value = weights?.[name];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) result[name] = value;
  }
  return SUB_SCORE_NAMES.some((name) => result[name] > 0) ? result : { ...DEFAULT_RANK_WEIGHTS };
}

type BenchmarkName = 'intelligence' | 'coding' | 'agentic';
const BENCHMARKS: BenchmarkName[] = ['intelligence', 'coding', 'agentic'];

/** What a sub-score needs from the rest of the catalogue: the best evidence of each kind and the price spread. */
class RankContext {
  private readonly benchmarkBest = new Map<BenchmarkName, number>();
  private readonly arenaBest = new Map<ModelType, number>();
  private readonly outputPricesByType = new Map<string, number[]>();

  constructor(
    models: readonly MergedModel[],
    private readonly now: Date,
  ) {
    const language = models.filter((model) => LANGUAGE_KINDS.has(model.type));
    for (const name of BENCHMARKS) {
      let best = 0;
      for (const model of language) {
        const value = model.benchmarks?.value[name];
        if (isFiniteNumber(value) && value > best) best = value;
      }
      this.benchmarkBest.set(name, best);
    }
    for (const model of models) {
      const elo = model.benchmarks?.value.arenaElo;
      if (isFiniteNumber(elo) && elo > (this.arenaBest.get(model.type) ?? -Infinity)) this.arenaBest.set(model.type, elo);
    }
    for (const model of models) {
      const price = model.price.output?.value;
      if (price === undefined) continue;
      const list = this.outputPricesByType.get(model.type) ?? [];
      list.push(price);
      this.outputPricesByType.set(model.type, list);
    }
    for (const list of this.outputPricesByType.values()) list.sort((a, b) => a - b);
  }

  subScoresOf(model: MergedModel): { subScores: SubScores; qualityEstimated: boolean } {
    const language = LANGUAGE_KINDS.has(model.type);
    const measured = language ? this.benchmarkQuality(model) : this.arenaQuality(model);
    const quality = measured ?? (language ? this.estimatedQuality(model) : null);
    return {
      subScores: {
        quality: quality === null ? null : round1(quality),
        adoption: round1(adoptionScore(model)),
        ecosystem: language ? round1(ecosystemScore(model)) : null,
        value: quality === null ? null : valueScore(quality, model),
        freshness: freshnessScore(model.releaseDate?.value, this.now),
      },
      qualityEstimated: measured === null && quality !== null,
    };
  }

  /** 200 × the Elo expected score against the best of the kind: the best is 100. */
  private arenaQuality(model: MergedModel): number | null {
    const elo = model.benchmarks?.value.arenaElo;
    const best = this.arenaBest.get(model.type);
    if (!isFiniteNumber(elo) || best === undefined) return null;
    return 200 / (1 + 10 ** ((best - elo) / ELO_SCALE));
  }

  private benchmarkQuality(model: MergedModel): number | null {
    const benchmarks = model.benchmarks?.value;
    if (!benchmarks) return null;
    const shares = BENCHMARKS.flatMap((name) => {
      const value = benchmarks[name];
      const best = this.benchmarkBest.get(name)!;
      return isFiniteNumber(value) && best > 0
        ? [(100 * Math.max(0, value)) / best]
        : [];
    });
    return shares.length ? mean(shares) : null;
  }

  private estimatedQuality(model: MergedModel): number {
    const features = ESTIMATE_FEATURES.filter((f) => model.capabilities[f]).length + (
      (model.contextWindow?.value ?? 0) >= LONG_CONTEXT ? 1 : 0
    );
    const capabilityShare = (100 * features) / (ESTIMATE_FEATURES.length + 1);
    const price = model.price.output?.value;
    const peers = this.outputPricesByType.get(model.type);
    if (price === undefined || !peers || peers.length < 2) return capabilityShare;
    return (capabilityShare + percentile(peers, price)) / 2;
  }
}

/** More providers, downloads or likes never lower it. */
export function adoptionScore(model: Pick<MergedModel, 'providers' | 'hub'>): number {
  const providers = logShare(model.providers.length, FULL_ADOPTION_PROVIDERS);
  const hub = model.hub?.value;
  if (!hub || (hub.downloads === undefined && hub.likes === undefined)) return 100 * providers;
  const hubShare = Math.max(
    logShare(hub.downloads ?? 0, FULL_ADOPTION_DOWNLOADS),
    logShare(hub.likes ?? 0, FULL_ADOPTION_LIKES),
  );
  return 100 * (0.7 * providers + 0.3 * hubShare);
}

export function ecosystemScore(model: Pick<MergedModel, 'capabilities'>): number {
  return (100 * ECOSYSTEM_FEATURES.filter((f) => model.capabilities[f]).length) / ECOSYSTEM_FEATURES.length;
}

/** A higher price never raises it; unknown price gives no value score. */
export function valueScore(quality: number, model: Pick<MergedModel, 'price'>): number | null {
  const input = model.price.input?.value;
  const output = model.price.output?.value;
  if (input === undefined || output === undefined) return null;
  const blended = (3 * input + output) / 4;
  return round1(quality / (1 + Math.log10(1 + blended)));
}

export function freshnessScore(releaseDate: string | undefined, now: Date): number | null {
  if (!releaseDate) return null;
  const released = Date.parse(releaseDate.length === 7 ? `${releaseDate}-01` : releaseDate);
  if (Number.isNaN(released)) return null;
  const months = Math.max(0, (now.getTime() - released) / (30.44 * 24 * 3600 * 1000));
  return round1(100 * 0.5 ** (months / FRESHNESS_HALF_LIFE_MONTHS));
}

function logShare(count: number, full: number): number {
  return Math.min(1, Math.log1p(Math.max(0, count)) / Math.log1p(full));
}

/** Share of sorted values strictly below, with ties counted half: equal values, equal percentile. */
function percentile(sorted: readonly number[], value: number): number {
  if (sorted.length <= 1) return 50;
  const below = firstIndexWhere(sorted, (v) => v >= value);
  const equal = firstIndexWhere(sorted, (v) => v > value) - below;
  return Math.min(100, (100 * (below + Math.max(0, equal - 1) / 2)) / (sorted.length - 1));
}

/** Binary search in a sorted list for the first index whose value passes a monotone test. */
function firstIndexWhere(sorted: readonly number[], test: (value: number) => boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (test(sorted[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
