import type { CatalogueModel, PriceFields } from '@/lib/catalogue/catalogue';

/** Tokens a month the user expects to send and receive. */
export interface Volume {
  inputTokens: number;
  outputTokens: number;
}

export type MonthlyCost = { kind: 'known'; usd: number } | { kind: 'free' } | { kind: 'unknown'; reason: string };

const TOKENS_PER_PRICE_UNIT = 1_000_000;

/**
 * What the volume costs at list token prices (USD per 1M). A missing price is unknown, never
 * free: a model is free only when both prices are stated as 0. Per-request and per-image fees
 * are left out because the volume says nothing about requests or images.
 */
export function monthlyCost(price: PriceFields, volume: Volume): MonthlyCost {
  const input = price.input?.value;
  const output = price.output?.value;
  if (input === undefined || output === undefined) {
    const missing = input === undefined && output === undefined ? 'input and output' : input === undefined ? 'input' : 'output';
    return { kind: 'unknown', reason: `no ${missing} price` };
  }
  if (input === 0 && output === 0) return { kind: 'free' };
  return { kind: 'known', usd: (volume.inputTokens * input + volume.outputTokens * output) / TOKENS_PER_PRICE_UNIT };
}

/** The amount to compare: free is $0, unknown has none. */
export function costInUsd(cost: MonthlyCost): number | undefined {
  if (cost.kind === 'unknown') return undefined;
  return cost.kind === 'free' ? 0 : cost.usd;
}

export type PricingType = 'Paid' | 'Paid, free tier available' | 'Free' | 'Free tier available' | 'Unknown';

/**
 * How the model is sold. "Free tier available" without "Paid" is a model whose paid price no
 * source states but which some source lists in a free variant. A model sold per image or per
 * request, without both token prices, is paid all the same.
 */
export function pricingType(model: Pick<CatalogueModel, 'price' | 'free'>): PricingType {
  const freeTier = model.free?.value === true;
  const input = model.price.input?.value;
  const output = model.price.output?.value;
  if (input === undefined || output === undefined) {
    if (model.price.units?.some((unit) => unit.usd > 0)) return freeTier ? 'Paid, free tier available' : 'Paid';
    return freeTier ? 'Free tier available' : 'Unknown';
  }
  if (input === 0 && output === 0) return 'Free';
  return freeTier ? 'Paid, free tier available' : 'Paid';
}
