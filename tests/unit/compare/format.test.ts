import { describe, expect, it } from 'vitest';
import { formatDate } from '@/lib/compare/dates';
import { formatAge, formatCount, formatPerMillion, formatScore, formatTokens, formatUsd } from '@/lib/compare/format';

describe('formatUsd', () => {
  it.each([
    [60, '$60.00'],
    [1234.5, '$1,234.50'],
    [0.42, '$0.42'],
    [0.0042, '$0.0042'],
    [0.004237, '$0.0042'],
    [0.005, '$0.005'],
    [0.0000012, '$0.0000012'],
    [0.00999, '$0.01'],
    [0.01, '$0.01'],
    [0, '$0.00'],
    [1_234_567.891, '$1,234,567.89'],
  ])('%s → %s', (value, text) => {
    expect(formatUsd(value)).toBe(text);
  });

  it('never writes exponent notation', () => {
    for (const value of [1e-7, 1.4e-7, 3e-12, 5e21]) expect(formatUsd(value)).not.toMatch(/e/i);
  });
});

describe('formatPerMillion', () => {
  it.each([
    [3, '$3.00'],
    [0.15, '$0.15'],
    [0.075, '$0.075'],
    [0.0375, '$0.0375'],
    [15, '$15.00'],
    [2.5, '$2.50'],
    [0.1, '$0.10'],
    [0.123456, '$0.1235'],
    [0.00001234, '$0.00001234'],
    [0.99999, '$1.00'],
    [1200, '$1,200.00'],
    [0, '$0.00'],
  ])('%s → %s', (price, text) => {
    expect(formatPerMillion(price)).toBe(text);
  });

  it('shows a per-token price converted to per 1M without exponent notation', () => {
    // OpenRouter's 0.00000014 per token is $0.14 per 1M; tiny figures stay decimal too.
    expect(formatPerMillion(0.14)).toBe('$0.14');
    expect(formatPerMillion(1.4e-7)).toBe('$0.00000014');
  });
});

describe('formatTokens', () => {
  it.each([
    [512, '512'],
    [4096, '4,096'],
    [8192, '8,192'],
    [9999, '9,999'],
    [10_000, '10K'],
    [16_384, '16.4K'],
    [32_768, '32.8K'],
    [128_000, '128K'],
    [131_072, '131K'],
    [200_000, '200K'],
    [999_999, '1M'],
    [1_000_000, '1M'],
    [1_048_576, '1.05M'],
    [2_000_000, '2M'],
    [10_000_000, '10M'],
  ])('%s → %s', (n, text) => {
    expect(formatTokens(n)).toBe(text);
  });

  it('uses the same rules for other counts, up to billions', () => {
    expect(formatCount(5_234_567)).toBe('5.23M');
    expect(formatCount(1_234_567_890)).toBe('1.23B');
    expect(formatCount(4321)).toBe('4,321');
  });
});

describe('formatScore', () => {
  it('shows a whole number out of 100', () => {
    expect(formatScore(72.4)).toBe('72/100');
    expect(formatScore(57.5)).toBe('58/100');
  });
});

describe('formatAge', () => {
  const now = new Date('2026-03-10T12:00:00Z');
  it.each([
    ['2026-03-10T11:00:00Z', 'today'],
    ['2026-03-09T13:00:00Z', 'today'],
    ['2026-03-09T11:00:00Z', 'yesterday'],
    ['2026-03-07T06:00:00Z', '3 days ago'],
    ['2026-02-08T12:00:00Z', '30 days ago'],
    ['2026-02-05T12:00:00Z', '1 month ago'],
    ['2026-01-05T06:00:00Z', '2 months ago'],
    ['2025-03-12T12:00:00Z', '11 months ago'],
    ['2025-03-01T12:00:00Z', '1 year ago'],
    ['2023-03-01T12:00:00Z', '3 years ago'],
  ])('%s → %s', (fetchedAt, text) => {
    expect(formatAge(fetchedAt, now)).toBe(text);
  });

  it('treats a fetch stamped after now (clock skew) as today', () => {
    expect(formatAge('2026-03-10T12:05:00Z', now)).toBe('today');
  });

  it('says unknown for a timestamp it cannot read', () => {
    expect(formatAge('last week', now)).toBe('unknown');
  });
});

describe('formatDate', () => {
  it('writes full and month-only dates in words', () => {
    expect(formatDate('2025-05-22')).toBe('22 May 2025');
    expect(formatDate('2024-07')).toBe('July 2024');
    expect(formatDate('soon')).toBe('soon');
  });
});
