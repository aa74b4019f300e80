import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { facetsOf } from './decomposed-facets';
import { formatPerMillion } from './format';
import { atLeastAsGood, blendedPrice, clearlyBetter, measuredQuality, QUALITY_NOISE } from './standing';

export interface Pick {
  model: CatalogueModel;
  reason: string;
}

export type PickInstead =
  | { kind: 'picks'; picks: Pick[] }
  /** Why no pick can be computed for this model. */
  | { kind: 'unavailable'; reason: string };

/** What the comparison tells the reader about the quality threshold it uses. */
export const NOISE_NOTE = `Quality differences under ${QUALITY_NOISE} points (of 100) count as level: benchmark indices move about that much between runs of the same model.`;

interface Placed {
  model: CatalogueModel;
  quality: number;
  price: number;
}

/**
 * The models of the same type that can do all it does, hold at least its context, and are at
 * least as good for less, or better for the same or less: the Pareto front of quality against
 * blended price, best quality first. Only benchmark-measured quality counts, since the estimate
 * is partly made from price.
 */
export function pickInstead(model: CatalogueModel, catalogue: readonly CatalogueModel[]): PickInstead {
  const quality = measuredQuality(model);
  const price = blendedPrice(model);
  if (quality === undefined) return { kind: 'unavailable', reason: 'No benchmark measures its quality, so there is nothing to weigh cheaper models against.' };
  if (price === undefined) return { kind: 'unavailable', reason: 'Its price is not given, so there is no cheaper or same-price model to name.' };
  const subject = { model, quality, price };
  const needed = facetsOf(model).filter((f) => f.key !== 'context');
  const context = model.contextWindow?.value ?? 0;
  const dominating = catalogue.flatMap((candidate): Placed[] => {
    if (candidate.id === model.id || candidate.type !== model.type) return [];
    const q = measuredQuality(candidate);
    const p = blendedPrice(candidate);
    if (q === undefined || p === undefined) return [];
    if ((candidate.contextWindow?.value ?? 0) < context || !needed.every((f) => f.applies(candidate))) return [];
    const placed = { model: candidate, quality: q, price: p };
    return improvesOn(placed, subject) ? [placed] : [];
  });
  const front = dominating.filter((x) => !dominating.some((y) => y !== x && dominates(y, x)));
  front.sort((a, b) => b.quality - a.quality || a.price - b.price || (a.model.name < b.model.name ? -1 : 1));
  return { kind: 'picks', picks: front.map((placed) => ({ model: placed.model, reason: reasonFor(placed, subject) })) };
}

function improvesOn(candidate: Placed, subject: Placed): boolean {
  return (
    (atLeastAsGood(candidate.quality, subject.quality) && candidate.price < subject.price) ||
    (clearlyBetter(candidate.quality, subject.quality) && candidate.price <= subject.price)
  );
}

function dominates(y: Placed, x: Placed): boolean {
  return y.quality >= x.quality && y.price <= x.price && (y.quality > x.quality || y.price < x.price);
}

function reasonFor(pick: Placed, subject: Placed): string {
  const prices = pick.price === subject.price ? `at the same price (${perMillion(pick.price)})` : `for ${formatPerMillion(pick.price)} vs ${perMillion(subject.price)}`;
  const quality = clearlyBetter(pick.quality, subject.quality)
    ? `scores higher (quality ${pick.quality} vs ${subject.quality})`
    : `scores as well (quality ${pick.quality} vs ${subject.quality}, level within ${QUALITY_NOISE} points)`;
  return `${quality} ${prices}, with every capability it has`;
}

function perMillion(price: number): string {
  return `${formatPerMillion(price)} per 1M tokens blended`;
}
