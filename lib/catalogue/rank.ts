import type { CatalogueModel, Rank, SubScoreName, SubScores } from './catalogue';
import type { MergedModel } from './merge';

/**
 * The rank: one 0–100 score from five named sub-scores, each 0–100.
 *
 * - quality: benchmark indices where a source gives them (Artificial Analysis intelligence,
 *   coding, agentic, via OpenRouter), each as a share of the best score in the catalogue.
 *   Without benchmarks it is estimated from what the model can do and what it costs
 *   (list price tends to follow capability), and marked "estimated".
 * - adoption: how many providers serve it (log scale, 32 providers = 100) and, when known,
 *   Hugging Face downloads and likes.
 * - ecosystem: the share of API features it offers (tools, structured output, reasoning,
 *   prompt caching, web search, file input, vision, open weights).
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

export interface RankOptions {
  now: Date;
  weights?: Partial<RankWeights>;
}

/** Scores every model and orders the catalogue by score (ties by id). */
export function rankModels(models: readonly MergedModel[], options: RankOptions): CatalogueModel[] {
  const weights = normaliseWeights(options.weights);
  const context = new RankContext(models, options.now);
  const scored = models.map((model) => {
    const { subScores, qualityEstimated } = context.subScoresOf(model);
    return { model, subScores, qualityEstimated, score: overallScore(subScores, weights) };
  });
  const order = [...scored].sort((a, b) => b.score - a.score || (a.model.id < b.model.id ? -1 : 1));
  const positions = new Map(order.map((entry, i) => [entry, i + 1]));
  return scored.map((entry) => {
    const rank: Rank = {
      score: entry.score,
      position: positions.get(entry)!,
      of: scored.length,
      subScores: entry.subScores,
      qualityEstimated: entry.qualityEstimated,
    };
    return { ...entry.model, rank };
  });
}

/** Re-scores a ranked catalogue with other weights (sub-scores do not change). */
export function rerank<T extends { id: string; rank: Rank }>(models: readonly T[], weights: Partial<RankWeights>): T[] {
  const normalised = normaliseWeights(weights);
  const scored = models.map((model) => ({ model, score: overallScore(model.rank.subScores, normalised) }));
  const order = [...scored].sort((a, b) => b.score - a.score || (a.model.id < b.model.id ? -1 : 1));
  return order.map(({ model, score }, i) => ({ ...model, rank: { ...model.rank, score, position: i + 1 } }));
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

/** What a sub-score needs from the rest of the catalogue: the best benchmarks and the price spread. */
class RankContext {
  private readonly benchmarkBest = new Map<BenchmarkName, number>();
  private readonly outputPricesByType = new Map<string, number[]>();

  constructor(
    models: readonly MergedModel[],
    private readonly now: Date,
  ) {
    for (const name of BENCHMARKS) {
      let best = 0;
      for (const model of models) {
        const value = model.benchmarks?.value[name];
        if (typeof value === 'number' && Number.isFinite(value) && value > best) best = value;
      }
      this.benchmarkBest.set(name, best);
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
    const measured = this.measuredQuality(model);
    const quality = measured ?? this.estimatedQuality(model);
    return {
      subScores: {
        quality: round1(quality),
        adoption: round1(adoptionScore(model)),
        ecosystem: round1(ecosystemScore(model)),
        value: valueScore(quality, model),
        freshness: freshnessScore(model.releaseDate?.value, this.now),
      },
      qualityEstimated: measured === null,
    };
  }

  private measuredQuality(model: MergedModel): number | null {
    const benchmarks = model.benchmarks?.value;
    if (!benchmarks) return null;
    const shares = BENCHMARKS.flatMap((name) => {
      const value = benchmarks[name];
      const best = this.benchmarkBest.get(name)!;
      return typeof value === 'number' && Number.isFinite(value) && best > 0
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

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
