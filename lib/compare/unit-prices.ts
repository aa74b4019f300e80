import type { PriceFields } from '@/lib/catalogue/catalogue';
import type { UnitPrice } from '@/lib/catalogue/source-model';
import { formatPerMillion, formatUsd } from './format';
import { sourceName } from './provenance';

// The token prices that have rows (and card lines) of their own.
const OWN_LINES = new Set<UnitPrice['per']>(['1M input tokens', '1M output tokens', '1M cache-read tokens']);

/** "$0.03 per image", "$2.50 per 1M input tokens (prompts over 200K tokens)". */
export function formatUnitPrice(unit: UnitPrice): string {
  const amount = unit.per.startsWith('1M ') ? formatPerMillion(unit.usd) : formatUsd(unit.usd);
  return `${amount} per ${unit.per}${unit.when ? ` (${unit.when})` : ''}`;
}

/** The prices beyond input, output and cache read: per image, per request, tiers, audio. */
export function otherUnitPrices(price: PriceFields): UnitPrice[] {
  return (price.units ?? []).filter((unit) => unit.when !== undefined || !OWN_LINES.has(unit.per));
}

/** "from $0.23 / $0.40 at models.dev (deepinfra)": a cheaper provider than the headline. */
export function formatLowest(lowest: NonNullable<PriceFields['lowest']>): string {
  return `from ${formatPerMillion(lowest.input)} / ${formatPerMillion(lowest.output)} at ${sourceName(lowest.source)}`;
}
