import { describe, expect, it } from 'vitest';
import { compareModels } from '@/lib/compare/rows';
import { verdict } from '@/lib/compare/verdict';
import { FLUX, MONTHLY_VOLUME, SONNET } from './fixtures';

const comparison = compareModels([SONNET, FLUX], { volume: MONTHLY_VOLUME, now: new Date('2026-08-20T00:00:00Z'), sources: {} });
const row = (key: string) => comparison.rows.find((r) => r.key === key);

describe('comparing a text model with an image model', () => {
  it('says they do different jobs, with each one\'s place in its own kind', () => {
    expect(verdict(SONNET, FLUX, { volume: MONTHLY_VOLUME })).toBe(
      'Claude Sonnet 4 writes text; FLUX.1 [dev] makes images — not alternatives. ' +
        'Claude Sonnet 4 is #12 of 1,441 text models; FLUX.1 [dev] is #7 of 70 image models.',
    );
  });

  it('never says one is free or cheaper for your volume, or has the larger context window', () => {
    const text = verdict(FLUX, SONNET, { volume: MONTHLY_VOLUME });
    expect(text).not.toMatch(/free|cheaper|context|ranks higher/);
    expect(row('cost')).toBeUndefined();
    expect(row('contextWindow')!.best).toEqual([]);
    expect(row('price.input')!.best).toEqual([]);
    expect(row('rank')!.best).toEqual([]);
  });

  it('shows what applies to both: rank within its kind, maker, price in its own unit, modalities, release', () => {
    expect(row('rank')!.cells.map((c) => c.text)).toEqual(['72/100, #12 of 1,441 text models', '45/100, #7 of 70 image models']);
    expect(row('rank.quality')!.cells[1]!.text).toBe('not measured');
    expect(row('maker')!.cells.map((c) => c.text)).toEqual(['Anthropic', 'Black Forest Labs']);
    expect(row('pricing')!.cells.map((c) => c.text)).toEqual(['Paid', 'Paid']);
    expect(row('price.input')!.cells[1]!.text).toBe('not published');
    expect(row('price.units')!.cells[1]!.text).toBe('$7.32 per 1M image output tokens');
    expect(row('modalities.output')!.cells.map((c) => c.text)).toEqual(['text', 'image']);
    expect(row('releaseDate')!.cells.map((c) => c.text)).toEqual(['22 May 2025', '1 August 2024']);
  });
});
