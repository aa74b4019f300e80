import type { Prices, UnitPrice } from './source-model';

/**
 * OpenRouter quotes decimal strings in USD per token; "-1" marks a dynamic price
 * (routers, moving aliases) and is not a price. Anything that is not a finite,
 * non-negative number is unknown, never zero.
 */
export function perTokenToPerMillion(raw: unknown): number | undefined {
  const value = nonNegativeNumber(raw);
  return value === undefined ? undefined : timesMillion(value);
}

/**
 * Moves the decimal point six places in the number's shortest decimal form, so that
 * "0.0000311377245508982" becomes exactly 31.1377245508982: multiplying floats gives
 * 31.137724550898197 (and 0.0000005 × 1e6 = 0.49999999999999994).
 */
function timesMillion(value: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(exponent) + 6}`);
}

/** A per-unit price (per image, per request) kept in its own unit. */
export function perUnit(raw: unknown): number | undefined {
  return nonNegativeNumber(raw);
}

/** models.dev already quotes USD per 1M tokens, as numbers. */
export function perMillion(raw: unknown): number | undefined {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : undefined;
}

// Prices are written as plain decimals; `Number()` would also read "0x10", "0b1" and "-0".
const PLAIN_DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

function nonNegativeNumber(raw: unknown): number | undefined {
  let value: number;
  if (typeof raw === 'number') value = raw;
  else if (typeof raw === 'string' && PLAIN_DECIMAL.test(raw.trim())) value = Number(raw.trim());
  else return undefined;
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * Drops a cache-read price above the input price of the same tier: a cache read is a discount
 * on input, so such a figure is a slip in the source (GPT-3.5 Turbo's 1.25 against 0.50).
 */
export function withoutImpossibleCacheReads(units: readonly UnitPrice[]): UnitPrice[] {
  const inputOf = (when: string | undefined) => units.find((u) => u.per === '1M input tokens' && u.when === when)?.usd;
  return units.filter((unit) => {
    if (unit.per !== '1M cache-read tokens') return true;
    const input = inputOf(unit.when);
    return input === undefined || unit.usd <= input;
  });
}

/** The token, image and request prices that apply always (not only above some prompt size). */
export function pricesFromUnits(units: readonly UnitPrice[]): Omit<Prices, 'units'> {
  const always = (per: UnitPrice['per']) => units.find((u) => u.per === per && u.when === undefined)?.usd;
  return {
    input: always('1M input tokens'),
    output: always('1M output tokens'),
    cacheRead: always('1M cache-read tokens'),
    cacheWrite: always('1M cache-write tokens'),
    image: always('image'),
    request: always('request'),
  };
}
