import type { CatalogueModel, Field } from '@/lib/catalogue/catalogue';
import { monthlyCost, pricingType, type Volume } from './cost';
import { formatPerMillion, formatTokens, formatUsd } from './format';
import { attribution, type ProvenanceContext, sourcedCell } from './provenance';
import { buildRow } from './row-builder';
import type { Cell, Row } from './types';
import { oneKind } from './kinds';
import { formatLowest, formatUnitPrice, otherUnitPrices } from './unit-prices';

// A missing price is not free and not "none": no source publishes it.
const UNKNOWN_PRICE = 'not published';

export function pricingRows(models: readonly CatalogueModel[], volume: Volume, context: ProvenanceContext): Row[] {
  // Token prices of a text model and an image model buy different things: neither is "better".
  const sameKind = oneKind(models);
  const priceRow = (key: string, label: string, pick: (m: CatalogueModel) => Field<number> | undefined) =>
    buildRow({
      key,
      label,
      section: 'pricing',
      better: sameKind ? 'lower' : undefined,
      cells: models.map((m) => sourcedCell(pick(m), formatPerMillion, context, UNKNOWN_PRICE)),
    });
  const cacheRead = priceRow('price.cacheRead', 'Cache read per 1M tokens', (m) => m.price.cacheRead);
  const otherPrices = models.map((m) => otherUnitPrices(m.price));
  const unitsRow = buildRow({
    key: 'price.units',
    label: 'Other prices',
    section: 'pricing',
    cells: models.map((m, i) => {
      const text = otherPrices[i]!.map(formatUnitPrice).join('; ');
      return text ? { text, value: text, ...attribution(m.price.units![0]!.source, context) } : { text: '—', value: null };
    }),
  });
  const lowestRow = buildRow({
    key: 'price.lowest',
    label: 'Lowest provider price per 1M tokens',
    section: 'pricing',
    cells: models.map((m) => {
      const lowest = m.price.lowest;
      return lowest ? { text: formatLowest(lowest), value: lowest.input, ...attribution(lowest.source, context) } : { text: '—', value: null };
    }),
  });
  return [
    buildRow({
      key: 'pricing',
      label: 'Pricing',
      section: 'pricing',
      cells: models.map((m) => {
        const type = pricingType(m);
        return { text: type, value: type };
      }),
    }),
    priceRow('price.input', 'Input per 1M tokens', (m) => m.price.input),
    priceRow('price.output', 'Output per 1M tokens', (m) => m.price.output),
    ...(models.some((m) => m.price.cacheRead) ? [cacheRead] : []),
    ...(otherPrices.some((units) => units.length) ? [unitsRow] : []),
    ...(models.some((m) => m.price.lowest) ? [lowestRow] : []),
    // A month of tokens is a cost only for text models, sold by the token.
    ...(models.every((m) => m.type === 'text') ? [costRow(models, volume, context)] : []),
  ];
}

function costRow(models: readonly CatalogueModel[], volume: Volume, context: ProvenanceContext): Row {
  return buildRow({
    key: 'cost',
    label: `A month of ${formatTokens(volume.inputTokens)} input + ${formatTokens(volume.outputTokens)} output tokens`,
    section: 'pricing',
    better: 'lower',
    cells: models.map((m) => costCell(m, volume, context)),
  });
}

function costCell(model: CatalogueModel, volume: Volume, context: ProvenanceContext): Cell {
  const cost = monthlyCost(model.price, volume);
  const input = model.price.input;
  if (cost.kind === 'unknown' || !input) return { text: UNKNOWN_PRICE, value: null };
  // Both prices come from one listing (the catalogue never mixes them), so one source covers the total.
  const listing = attribution(input.source, context);
  if (cost.kind === 'free') return { text: 'Free', value: 0, ...listing };
  return { text: formatUsd(cost.usd), value: withoutFloatNoise(cost.usd), ...listing };
}

// Token counts times decimal prices pick up float noise (0.1 + 0.2); a billionth of a dollar
// is below anything shown, and two costs shown alike should compare alike.
function withoutFloatNoise(usd: number): number {
  return Math.round(usd * 1e9) / 1e9;
}
