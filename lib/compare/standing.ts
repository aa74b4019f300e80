import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { displayedScore } from './format';

/**
 * Where a model stands against others on the figures the comparison page reasons with:
 * blended price, quality, context and adoption.
 */

/**
 * Quality differences smaller than this (points on the 0–100 quality score) count as level.
 * The quality score is each benchmark index as a share of the best; the indices move by a
 * point or two between re-runs of the same model, about 3 points on this scale.
 */
export const QUALITY_NOISE = 3;

/** One $/1M figure for both directions, weighted as the rank's value score weights them. */
export function blendedPrice(model: Pick<CatalogueModel, 'price'>): number | undefined {
  const input = model.price.input?.value;
  const output = model.price.output?.value;
  if (input === undefined || output === undefined) return undefined;
  return (3 * input + output) / 4;
}

/** The quality a comparison may use: only a benchmark-measured one, never the estimate (which follows price). */
export function measuredQuality(model: Pick<CatalogueModel, 'rank'>): number | undefined {
  const quality = model.rank.subScores.quality;
  return quality === null || model.rank.qualityEstimated ? undefined : displayedScore(quality);
}

export function clearlyBetter(quality: number, than: number): boolean {
  return quality - than >= QUALITY_NOISE;
}

export function atLeastAsGood(quality: number, as: number): boolean {
  return as - quality < QUALITY_NOISE;
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "A", "A and B", "A, B and C", "A, B, C and 4 more". */
export function namesInWords(names: readonly string[], shown = 3): string {
  const head = names.slice(0, shown);
  const rest = names.length - head.length;
  const items = rest > 0 ? [...head, `${rest} more`] : head;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
