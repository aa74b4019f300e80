import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { CAPABILITY_LABELS, capabilitiesDescribed, capabilitiesOnlyIn } from './capabilities';
import { costInUsd, monthlyCost, type Volume } from './cost';
import { dateOrder, formatDate } from './dates';
import { displayedScore, formatScore, formatTokens, formatUsd } from './format';
import { formatPlace, KIND_JOBS, oneKind, rankedKind } from './kinds';

export interface VerdictOptions {
  volume: Volume;
}

const MAX_REASONS = 3;
const MAX_CAPABILITIES_NAMED = 3;

/** Something one model offers over the other, worded to follow the model's name. */
interface Reason {
  model: CatalogueModel;
  predicate: string;
}

type ReasonFinder = (model: CatalogueModel, other: CatalogueModel, volume: Volume) => string | undefined;

// Most decisive first. Each finder speaks only when the data on both sides supports it.
const REASON_FINDERS: readonly ReasonFinder[] = [freeTierReason, cheaperReason, largerContextReason, capabilityReason, newerReason];

/**
 * One sentence from the data: which model ranks higher (or that they are level), then up to
 * three reasons to pick one or the other, e.g. "A ranks higher at 72/100 vs B at 58/100; B is
 * cheaper for your volume ($1.20 vs $60.00 a month) and has a free tier."
 */
export function verdict(a: CatalogueModel, b: CatalogueModel, options: VerdictOptions): string {
  if (!oneKind([a, b])) return differentJobs(a, b);
  const bothWays: [CatalogueModel, CatalogueModel][] = [
    [a, b],
    [b, a],
  ];
  const reasons = REASON_FINDERS.flatMap((find) =>
    bothWays.flatMap(([model, other]): Reason[] => {
      const predicate = find(model, other, options.volume);
      return predicate ? [{ model, predicate }] : [];
    }),
  ).slice(0, MAX_REASONS);
  const opening = rankClause(a, b);
  return reasons.length ? `${opening}; ${reasonClauses(reasons)}.` : `${opening}.`;
}

/**
 * "Claude Sonnet 4 writes text; FLUX.1 [dev] makes images — not alternatives. Claude Sonnet 4
 * is #3 of 1,175 text models; FLUX.1 [dev] is #7 of 70 image models."
 */
function differentJobs(a: CatalogueModel, b: CatalogueModel): string {
  const jobs = `${a.name} ${KIND_JOBS[rankedKind(a)]}; ${b.name} ${KIND_JOBS[rankedKind(b)]} — not alternatives.`;
  return `${jobs} ${a.name} is ${formatPlace(a)}; ${b.name} is ${formatPlace(b)}.`;
}

function rankClause(a: CatalogueModel, b: CatalogueModel): string {
  const scoreA = displayedScore(a.rank.score);
  const scoreB = displayedScore(b.rank.score);
  if (scoreA === scoreB) return `${a.name} and ${b.name} are level at ${formatScore(a.rank.score)}`;
  const [higher, lower] = scoreA > scoreB ? [a, b] : [b, a];
  return `${higher.name} ranks higher at ${formatScore(higher.rank.score)} vs ${lower.name} at ${formatScore(lower.rank.score)}`;
}

/** "B is cheaper … and has a free tier; A is newer …": reasons grouped by model, in the order they came. */
function reasonClauses(reasons: readonly Reason[]): string {
  const byModel = new Map<CatalogueModel, string[]>();
  for (const { model, predicate } of reasons) byModel.set(model, [...(byModel.get(model) ?? []), predicate]);
  return [...byModel].map(([model, predicates]) => `${model.name} ${listInWords(predicates)}`).join('; ');
}

function freeTierReason(model: CatalogueModel, other: CatalogueModel, volume: Volume): string | undefined {
  const entirelyFree = (m: CatalogueModel) => monthlyCost(m.price, volume).kind === 'free';
  // An entirely free model is better described by its cost, and "a free tier" is no advantage over one.
  if (model.free?.value !== true || entirelyFree(model) || entirelyFree(other) || other.free?.value === true) return undefined;
  return 'has a free tier';
}

function cheaperReason(model: CatalogueModel, other: CatalogueModel, volume: Volume): string | undefined {
  const cost = costInUsd(monthlyCost(model.price, volume));
  const otherCost = costInUsd(monthlyCost(other.price, volume));
  if (cost === undefined || otherCost === undefined || cost >= otherCost) return undefined;
  if (formatUsd(cost) === formatUsd(otherCost)) return undefined;
  if (cost === 0) return `is free for your volume (vs ${formatUsd(otherCost)} a month)`;
  return `is cheaper for your volume (${formatUsd(cost)} vs ${formatUsd(otherCost)} a month)`;
}

function largerContextReason(model: CatalogueModel, other: CatalogueModel): string | undefined {
  const context = model.contextWindow?.value;
  const otherContext = other.contextWindow?.value;
  if (context === undefined || otherContext === undefined || context <= otherContext) return undefined;
  if (formatTokens(context) === formatTokens(otherContext)) return undefined;
  return `has a larger context window (${formatTokens(context)} vs ${formatTokens(otherContext)} tokens)`;
}

function capabilityReason(model: CatalogueModel, other: CatalogueModel): string | undefined {
  if (!capabilitiesDescribed(model) || !capabilitiesDescribed(other)) return undefined;
  const only = capabilitiesOnlyIn(model, other).slice(0, MAX_CAPABILITIES_NAMED);
  if (!only.length) return undefined;
  return `is the only one with ${listInWords(only.map((c) => CAPABILITY_LABELS[c].toLowerCase()))}`;
}

function newerReason(model: CatalogueModel, other: CatalogueModel): string | undefined {
  const released = model.releaseDate?.value;
  const otherReleased = other.releaseDate?.value;
  const [order, otherOrder] = dateOrder([released, otherReleased]);
  if (!released || !otherReleased || order === undefined || otherOrder === undefined || order <= otherOrder) return undefined;
  return `is newer (${formatDate(released)} vs ${formatDate(otherReleased)})`;
}

/** "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
