/**
 * Numbers as the comparison shows them. Always en-US so that the text does not change with the
 * reader's locale (the UI is English), and never exponent notation: per-token prices come out
 * of the sources as tiny decimals, and "1.4e-7" is not something anyone can compare.
 */

const MAX_FRACTION_DIGITS = 20;
const DAY_MS = 24 * 60 * 60 * 1000;
const DAYS_PER_MONTH = 30.44;
const DAYS_PER_YEAR = 365.25;

const COUNT_UNITS: readonly (readonly [number, string])[] = [
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

const integerFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "$60.00", "$1,234.50", "$0.42"; under a cent two significant digits ("$0.0042"); zero "$0.00". */
export function formatUsd(value: number): string {
  const underACent = value !== 0 && Math.abs(value) < 0.01;
  return usd(value, 2, underACent ? decimalsForSignificant(value, 2) : 2);
}

/** A price per 1M tokens: at least two decimals, up to four significant digits below $1 ("$0.0375"). */
export function formatPerMillion(price: number): string {
  const maxDecimals = price !== 0 && Math.abs(price) < 1 ? decimalsForSignificant(price, 4) : 2;
  return usd(price, 2, maxDecimals);
}

/**
 * Exact below 10,000 ("8,192", where rounding would hide a familiar number), otherwise K, M or B
 * with at most three significant digits and no trailing zeros ("128K", "1.05M", "12.3M").
 */
export function formatCount(n: number): string {
  if (Math.abs(n) < 10_000) return integerFormat.format(n);
  // Rounding before choosing the unit makes 999,999 "1M", not "1000K".
  const rounded = Number(n.toPrecision(3));
  // At 10,000 and above the thousands unit always fits.
  const [size, suffix] = COUNT_UNITS.find(([size]) => Math.abs(rounded) >= size)!;
  return `${rounded / size}${suffix}`;
}

/** Token counts (context windows, output limits, monthly volumes) follow the count rules. */
export function formatTokens(n: number): string {
  return formatCount(n);
}

/**
 * Scores show as whole numbers out of 100, and comparisons use the shown number, so that
 * "72/100 vs 72/100" is never called a win.
 */
export function displayedScore(score: number): number {
  return Math.round(score);
}

export function formatScore(score: number): string {
  return `${displayedScore(score)}/100`;
}

/** "#12 of 1,441": whole numbers with separators. */
export function formatInteger(n: number): string {
  return integerFormat.format(n);
}

/**
 * How long ago a source was fetched: "today", "yesterday", "3 days ago", "2 months ago", "1 year ago".
 * Counted in whole elapsed days rather than calendar days, so it does not depend on the
 * reader's time zone.
 */
export function formatAge(fetchedAt: string, now: Date): string {
  const fetched = Date.parse(fetchedAt);
  if (Number.isNaN(fetched)) return 'unknown';
  // A fetch stamped slightly after `now` (another device's clock) is still today's data.
  const days = Math.max(0, Math.floor((now.getTime() - fetched) / DAY_MS));
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days <= 30) return `${days} days ago`;
  const months = Math.floor(days / DAYS_PER_MONTH);
  if (months < 12) return `${plural(months, 'month')} ago`;
  return `${plural(Math.floor(days / DAYS_PER_YEAR), 'year')} ago`;
}

export function plural(count: number, noun: string): string {
  return `${formatInteger(count)} ${noun}${count === 1 ? '' : 's'}`;
}

function usd(value: number, minDecimals: number, maxDecimals: number): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: Math.min(MAX_FRACTION_DIGITS, Math.max(minDecimals, maxDecimals)),
  }).format(value);
}

/** Decimal places that show `digits` significant digits of a value below 1. */
function decimalsForSignificant(value: number, digits: number): number {
  return digits - 1 - Math.floor(Math.log10(Math.abs(value)));
}
