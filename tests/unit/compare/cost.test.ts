import { describe, expect, it } from 'vitest';
import type { PriceFields } from '@/lib/catalogue/catalogue';
import { costInUsd, monthlyCost, pricingType } from '@/lib/compare/cost';
import { formatUsd } from '@/lib/compare/format';
import { figure, MONTHLY_VOLUME } from './fixtures';

describe('monthlyCost', () => {
  it('costs 10M input + 2M output tokens at $3 / $15 per 1M exactly $60.00', () => {
    const cost = monthlyCost({ input: figure(3), output: figure(15) }, MONTHLY_VOLUME);
    expect(cost).toEqual({ kind: 'known', usd: 60 });
    expect(cost.kind === 'known' && formatUsd(cost.usd)).toBe('$60.00');
  });

  it('is free when both prices are stated as zero', () => {
    expect(monthlyCost({ input: figure(0), output: figure(0) }, MONTHLY_VOLUME)).toEqual({ kind: 'free' });
  });

  it('is unknown, never free, when a price is missing', () => {
    expect(monthlyCost({ input: figure(0) }, MONTHLY_VOLUME)).toEqual({ kind: 'unknown', reason: 'no output price' });
    expect(monthlyCost({ output: figure(15) }, MONTHLY_VOLUME)).toEqual({ kind: 'unknown', reason: 'no input price' });
    expect(monthlyCost({}, MONTHLY_VOLUME)).toEqual({ kind: 'unknown', reason: 'no input and output price' });
  });

  it('prices input and output tokens separately', () => {
    const cost = monthlyCost({ input: figure(0.15), output: figure(0.6) }, { inputTokens: 1_000_000, outputTokens: 0 });
    expect(costInUsd(cost)).toBeCloseTo(0.15, 12);
  });

  it('compares free as $0 and unknown as nothing', () => {
    expect(costInUsd({ kind: 'free' })).toBe(0);
    expect(costInUsd({ kind: 'unknown', reason: 'no input price' })).toBeUndefined();
  });
});

describe('pricingType', () => {
  const paid = { input: figure(3), output: figure(15) };
  const freeTier = { value: true, source: 'openrouter' };
  const perImage: PriceFields = { units: [{ usd: 0.03, per: 'image', source: 'openrouter' }] };
  it.each([
    [{ price: paid }, 'Paid'],
    [{ price: paid, free: freeTier }, 'Paid, free tier available'],
    [{ price: { input: figure(0), output: figure(0) }, free: freeTier }, 'Free'],
    [{ price: { input: figure(3) } }, 'Unknown'],
    [{ price: {}, free: freeTier }, 'Free tier available'],
    [{ price: perImage }, 'Paid'],
    [{ price: perImage, free: freeTier }, 'Paid, free tier available'],
  ] as const)('%j → %s', (model, type) => {
    expect(pricingType(model)).toBe(type);
  });
});
