import { describe, expect, it } from 'vitest';
import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { verdict } from '@/lib/compare/verdict';
import { catalogueModel, figure, LLAMA, MINI, MONTHLY_VOLUME, rank, SONNET } from './fixtures';

const OPTIONS = { volume: MONTHLY_VOLUME };

/** Two models alike in everything the verdict weighs, so each test changes one thing. */
function alike(name: string, overrides: Partial<CatalogueModel> = {}): CatalogueModel {
  return catalogueModel({
    id: `x/${name.toLowerCase()}`,
    name,
    price: { input: figure(1), output: figure(2) },
    contextWindow: figure(128_000),
    capabilities: { tools: 'openrouter' },
    releaseDate: figure('2025-01-10'),
    rank: rank(60),
    ...overrides,
  });
}

describe('verdict', () => {
  it('says which ranks higher, by the numbers, then the strongest reasons', () => {
    expect(verdict(SONNET, MINI, OPTIONS)).toBe(
      'Claude Sonnet 4 ranks higher at 72/100 vs GPT-4o mini at 58/100; ' +
        'GPT-4o mini has a free tier and is cheaper for your volume ($2.70 vs $60.00 a month); ' +
        'Claude Sonnet 4 has a larger context window (200K vs 128K tokens).',
    );
  });

  it('reads the same whichever model comes first', () => {
    expect(verdict(MINI, SONNET, OPTIONS)).toBe(verdict(SONNET, MINI, OPTIONS));
  });

  it('says the models are level when their shown scores are equal', () => {
    expect(verdict(alike('Alpha'), alike('Beta', { rank: rank(60.3) }), OPTIONS)).toBe('Alpha and Beta are level at 60/100.');
  });

  it('ranks by the shown score, not the hidden decimals', () => {
    const text = verdict(alike('Alpha', { rank: rank(71.6) }), alike('Beta', { rank: rank(58.4) }), OPTIONS);
    expect(text).toBe('Alpha ranks higher at 72/100 vs Beta at 58/100.');
  });

  it('names a free tier only one model has', () => {
    const text = verdict(alike('Alpha', { rank: rank(70) }), alike('Beta', { free: { value: true, source: 'openrouter' } }), OPTIONS);
    expect(text).toBe('Alpha ranks higher at 70/100 vs Beta at 60/100; Beta has a free tier.');
  });

  it('names the cheaper model for the volume with both amounts', () => {
    const cheap = alike('Beta', { price: { input: figure(0.5), output: figure(1) } });
    expect(verdict(alike('Alpha'), cheap, OPTIONS)).toBe(
      'Alpha and Beta are level at 60/100; Beta is cheaper for your volume ($7.00 vs $14.00 a month).',
    );
  });

  it('calls an entirely free model free for the volume, not "a free tier"', () => {
    expect(verdict(alike('Alpha'), LLAMA, OPTIONS)).toMatch(
      /^Alpha ranks higher at 60\/100 vs Llama 3\.1 8B Instruct at 58\/100; Llama 3\.1 8B Instruct is free for your volume \(vs \$14\.00 a month\)/,
    );
    expect(verdict(alike('Alpha'), LLAMA, OPTIONS)).not.toContain('free tier');
  });

  it('names the larger context window with both sizes', () => {
    const wide = alike('Beta', { contextWindow: figure(1_000_000) });
    expect(verdict(alike('Alpha', { contextWindow: figure(200_000) }), wide, OPTIONS)).toBe(
      'Alpha and Beta are level at 60/100; Beta has a larger context window (1M vs 200K tokens).',
    );
  });

  it('names capabilities only one model has', () => {
    const capable = alike('Beta', { capabilities: { tools: 'openrouter', reasoning: 'openrouter', vision: 'openrouter' } });
    expect(verdict(alike('Alpha'), capable, OPTIONS)).toBe(
      'Alpha and Beta are level at 60/100; Beta is the only one with reasoning and vision.',
    );
  });

  it('gives each model its own unique capabilities', () => {
    const reasoner = alike('Alpha', { capabilities: { reasoning: 'openrouter' } });
    const searcher = alike('Beta', { capabilities: { webSearch: 'openrouter' } });
    expect(verdict(reasoner, searcher, OPTIONS)).toBe(
      'Alpha and Beta are level at 60/100; Alpha is the only one with reasoning; Beta is the only one with web search.',
    );
  });

  it('names the newer model with both dates', () => {
    const newer = alike('Beta', { releaseDate: figure('2025-09-29') });
    expect(verdict(alike('Alpha'), newer, OPTIONS)).toBe(
      'Alpha and Beta are level at 60/100; Beta is newer (29 September 2025 vs 10 January 2025).',
    );
  });

  it('keeps to the three most decisive reasons', () => {
    const better = alike('Beta', {
      free: { value: true, source: 'openrouter' },
      price: { input: figure(0.5), output: figure(1) },
      contextWindow: figure(1_000_000),
      capabilities: { tools: 'openrouter', reasoning: 'openrouter' },
      releaseDate: figure('2025-09-29'),
    });
    expect(verdict(alike('Alpha'), better, OPTIONS)).toBe(
      'Alpha and Beta are level at 60/100; Beta has a free tier, is cheaper for your volume ($7.00 vs $14.00 a month) ' +
        'and has a larger context window (1M vs 128K tokens).',
    );
  });

  it('gives no cheaper reason when a price is missing', () => {
    const unpriced = alike('Beta', { price: { input: figure(0.01) } });
    expect(verdict(alike('Alpha'), unpriced, OPTIONS)).toBe('Alpha and Beta are level at 60/100.');
  });

  it('invents no reason from missing data', () => {
    const unknown = catalogueModel({ id: 'x/unknown', name: 'Mystery', rank: rank(40) });
    expect(verdict(SONNET, unknown, OPTIONS)).toBe('Claude Sonnet 4 ranks higher at 72/100 vs Mystery at 40/100.');
    expect(verdict(unknown, SONNET, OPTIONS)).toBe('Claude Sonnet 4 ranks higher at 72/100 vs Mystery at 40/100.');
  });

  it('calls no release newer when one date is only the month of the other', () => {
    const monthOnly = alike('Beta', { releaseDate: figure('2025-01') });
    expect(verdict(alike('Alpha'), monthOnly, OPTIONS)).toBe('Alpha and Beta are level at 60/100.');
  });
});
