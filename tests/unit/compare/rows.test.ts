import { describe, expect, it } from 'vitest';
import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { CAPABILITIES } from '@/lib/catalogue/source-model';
import { compareModels } from '@/lib/compare/rows';
import { type Comparison, SECTIONS } from '@/lib/compare/types';
import { catalogueModel, figure, LLAMA, MINI, MONTHLY_VOLUME, NOW, rank, SONNET, SOURCES } from './fixtures';

const OPTIONS = { volume: MONTHLY_VOLUME, now: NOW, sources: SOURCES };

function compare(...models: CatalogueModel[]): Comparison {
  return compareModels(models, OPTIONS);
}

function rowOf(comparison: Comparison, key: string) {
  const row = comparison.rows.find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key} in ${comparison.rows.map((r) => r.key).join(', ')}`);
  return row;
}

function texts(comparison: Comparison, key: string): string[] {
  return rowOf(comparison, key).cells.map((cell) => cell.text);
}

describe('compareModels with two models', () => {
  const comparison = compare(SONNET, MINI);

  it('names the models in the order given', () => {
    expect(comparison.models).toEqual([
      { id: 'anthropic/claude-sonnet-4', name: 'Claude Sonnet 4' },
      { id: 'openai/gpt-4o-mini', name: 'GPT-4o mini' },
    ]);
  });

  it('orders rows by section', () => {
    const order = comparison.rows.map((row) => SECTIONS.indexOf(row.section));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(comparison.rows.map((row) => row.section))).toEqual(new Set(SECTIONS));
  });

  it('shows the rank out of 100 and the position, and the higher score wins', () => {
    const row = rowOf(comparison, 'rank');
    expect(row.cells.map((c) => c.text)).toEqual(['72/100, #12 of 1,441 text models', '58/100, #40 of 1,441 text models']);
    expect(row).toMatchObject({ differs: true, best: [0] });
  });

  it('marks an estimated quality score', () => {
    expect(texts(comparison, 'rank.quality')).toEqual(['72/100', '58/100 (estimated)']);
  });

  it('shows prices per 1M tokens, and the lower one wins', () => {
    expect(texts(comparison, 'price.input')).toEqual(['$3.00', '$0.15']);
    expect(texts(comparison, 'price.output')).toEqual(['$15.00', '$0.60']);
    expect(rowOf(comparison, 'price.output').best).toEqual([1]);
  });

  it('says "unknown" for a price no source gives', () => {
    expect(texts(comparison, 'price.cacheRead')).toEqual(['$0.30', 'not published']);
    expect(rowOf(comparison, 'price.cacheRead')).toMatchObject({ differs: true, best: [] });
  });

  it('gives the cost of the monthly volume, and the cheaper one wins', () => {
    const row = rowOf(comparison, 'cost');
    expect(row.label).toBe('A month of 10M input + 2M output tokens');
    expect(row.cells.map((c) => c.text)).toEqual(['$60.00', '$2.70']);
    expect(row.cells.map((c) => c.value)).toEqual([60, 2.7]);
    expect(row.best).toEqual([1]);
  });

  it('labels the pricing type', () => {
    expect(texts(comparison, 'pricing')).toEqual(['Paid', 'Paid, free tier available']);
  });

  it('gives each figure its source, the source age and what other sources say', () => {
    const [sonnet, mini] = rowOf(comparison, 'contextWindow').cells;
    expect(sonnet).toEqual({
      text: '200K',
      value: 200_000,
      source: 'OpenRouter',
      age: 'today',
      disagreement: 'models.dev (anthropic) says 1M',
    });
    expect(mini).toEqual({ text: '128K', value: 128_000, source: 'OpenRouter', age: 'today' });
    expect(rowOf(comparison, 'maxOutput').cells[0]).toMatchObject({ source: 'models.dev (anthropic)', age: '3 days ago' });
  });

  it('prefers the larger context window and output limit', () => {
    expect(rowOf(comparison, 'contextWindow').best).toEqual([0]);
    expect(texts(comparison, 'maxOutput')).toEqual(['64K', '16.4K']);
    expect(rowOf(comparison, 'maxOutput').best).toEqual([0]);
  });

  it('lists modalities without picking a winner', () => {
    expect(texts(comparison, 'modalities.input')).toEqual(['text, image, file', 'text, image']);
    expect(rowOf(comparison, 'modalities.input')).toMatchObject({ differs: true, best: [] });
    expect(rowOf(comparison, 'modalities.output')).toMatchObject({ differs: false, best: [] });
  });

  it('marks each capability ✓ or —', () => {
    expect(texts(comparison, 'capability.tools')).toEqual(['✓', '✓']);
    expect(rowOf(comparison, 'capability.tools')).toMatchObject({ differs: false, best: [] });
    expect(texts(comparison, 'capability.reasoning')).toEqual(['✓', '—']);
    expect(rowOf(comparison, 'capability.reasoning')).toMatchObject({ differs: true, best: [0] });
    expect(rowOf(comparison, 'capability.structuredOutput').best).toEqual([1]);
    expect(rowOf(comparison, 'capability.reasoning').cells[0]).toMatchObject({ source: 'OpenRouter', age: 'today' });
  });

  it('summarises shared capabilities and those only one model has', () => {
    const shared = rowOf(comparison, 'capabilities.shared');
    expect(shared).toMatchObject({ label: 'Shared', differs: false, best: [] });
    expect(shared.cells.map((c) => c.text)).toEqual(['Tool calling, Vision', 'Tool calling, Vision']);
    const onlySonnet = rowOf(comparison, 'capabilities.only.0');
    expect(onlySonnet.label).toBe('Only Claude Sonnet 4');
    expect(onlySonnet.cells.map((c) => c.text)).toEqual(['Reasoning, File input, Prompt caching', '—']);
    const onlyMini = rowOf(comparison, 'capabilities.only.1');
    expect(onlyMini.label).toBe('Only GPT-4o mini');
    expect(onlyMini.cells.map((c) => c.text)).toEqual(['—', 'Structured output']);
  });

  it('puts the summary before the per-capability rows', () => {
    const keys = comparison.rows.filter((r) => r.section === 'capabilities').map((r) => r.key);
    expect(keys.slice(0, 3)).toEqual(['capabilities.shared', 'capabilities.only.0', 'capabilities.only.1']);
    expect(keys.slice(3)).toEqual(CAPABILITIES.map((c) => `capability.${c}`));
  });

  it('counts providers, more being better', () => {
    expect(texts(comparison, 'providers')).toEqual(['4 providers', '3 providers']);
    expect(rowOf(comparison, 'providers').best).toEqual([0]);
  });

  it('prefers the newer release and writes dates in words', () => {
    const row = rowOf(comparison, 'releaseDate');
    expect(row.cells.map((c) => c.text)).toEqual(['22 May 2025', '18 July 2024']);
    expect(row.best).toEqual([0]);
  });

  it('shows a knowledge cutoff only one model states as unknown for the other', () => {
    expect(texts(comparison, 'knowledgeCutoff')).toEqual(['31 March 2025', '—']);
    expect(rowOf(comparison, 'knowledgeCutoff').best).toEqual([]);
  });

  it('leaves out rows that neither model has a figure for', () => {
    const keys = comparison.rows.map((r) => r.key);
    expect(keys).not.toContain('status');
    expect(keys).not.toContain('hub.downloads');
    expect(keys).not.toContain('hub.license');
  });
});

describe('compareModels with three models', () => {
  const comparison = compare(SONNET, MINI, LLAMA);

  it('has a cell per model in every row', () => {
    for (const row of comparison.rows) expect(row.cells).toHaveLength(3);
  });

  it('has no shared / only rows, which need exactly two models', () => {
    expect(comparison.rows.some((r) => r.key.startsWith('capabilities.'))).toBe(false);
  });

  it('picks the best of three, and every model tied for best', () => {
    const row = rowOf(comparison, 'rank');
    expect(row.cells.map((c) => c.value)).toEqual([72, 58, 58]);
    expect(row.best).toEqual([0]);
    expect(rowOf(comparison, 'capability.openWeights').best).toEqual([2]);
    expect(rowOf(comparison, 'capability.tools')).toMatchObject({ differs: false, best: [] });
    const widelyServedMini = { ...MINI, providers: ['a', 'b', 'c', 'd'] };
    expect(rowOf(compare(SONNET, widelyServedMini, LLAMA), 'providers').best).toEqual([0, 1]);
  });

  it('counts a free model as $0 a month, the cheapest', () => {
    expect(texts(comparison, 'pricing')).toEqual(['Paid', 'Paid, free tier available', 'Free']);
    expect(texts(comparison, 'cost')).toEqual(['$60.00', '$2.70', 'Free']);
    expect(rowOf(comparison, 'cost').best).toEqual([2]);
    expect(texts(comparison, 'price.input')).toEqual(['$3.00', '$0.15', '$0.00']);
  });

  it('compares a month-only release date at month precision', () => {
    const row = rowOf(comparison, 'releaseDate');
    expect(row.cells.map((c) => c.text)).toEqual(['22 May 2025', '18 July 2024', 'July 2024']);
    // July 2024 and 18 July 2024 are the same month: neither is newer, and Sonnet still wins.
    expect(row.best).toEqual([0]);
    const julyOnly = compare(MINI, LLAMA);
    expect(rowOf(julyOnly, 'releaseDate')).toMatchObject({ differs: true, best: [] });
  });

  it('shows Hugging Face figures when one model has them', () => {
    expect(texts(comparison, 'hub.downloads')).toEqual(['—', '—', '5.23M']);
    expect(texts(comparison, 'hub.likes')).toEqual(['—', '—', '4,321']);
    expect(texts(comparison, 'hub.license')).toEqual(['—', '—', 'llama3.1']);
    expect(rowOf(comparison, 'hub.downloads').best).toEqual([]);
    expect(rowOf(comparison, 'hub.downloads').cells[2]).toMatchObject({ source: 'Hugging Face', age: '2 months ago' });
  });

  it('warns about deprecation and retirement', () => {
    expect(texts(comparison, 'status')).toEqual(['—', '—', 'Deprecated']);
    const retiring = catalogueModel({ id: 'x/old', name: 'Old', expiresAt: { value: '2026-06-01', source: 'openrouter' } });
    const retired = catalogueModel({
      id: 'x/older',
      name: 'Older',
      deprecated: { value: true, source: 'models.dev/x' },
      expiresAt: { value: '2026-01-15', source: 'openrouter' },
    });
    const withExpiry = compare(retiring, retired, SONNET);
    expect(texts(withExpiry, 'status')).toEqual(['Retires 1 June 2026', 'Deprecated, retired 15 January 2026', '—']);
    expect(rowOf(withExpiry, 'status').cells[1]).toMatchObject({ source: 'models.dev (x)', age: '3 days ago' });
  });
});

describe('compareModels with missing data', () => {
  const bare = catalogueModel({ id: 'x/bare', name: 'Bare', rank: rank(40, { subScores: { quality: 40, adoption: null, ecosystem: null, value: null, freshness: null } }) });
  const noOutputPrice = catalogueModel({ id: 'x/half', name: 'Half priced', price: { input: figure(1) } });

  it('never lets an unknown value win', () => {
    const comparison = compare(SONNET, bare);
    for (const key of ['price.input', 'cost', 'contextWindow', 'releaseDate', 'rank.value']) {
      expect(rowOf(comparison, key)).toMatchObject({ differs: true, best: [] });
    }
    expect(texts(comparison, 'rank.value')).toEqual(['72/100', '—']);
    expect(texts(comparison, 'contextWindow')).toEqual(['200K', '—']);
  });

  it('shows the cost as unknown when the output price is missing', () => {
    const comparison = compare(MINI, noOutputPrice);
    expect(texts(comparison, 'price.output')).toEqual(['$0.60', 'not published']);
    expect(texts(comparison, 'cost')).toEqual(['$2.70', 'not published']);
    expect(texts(comparison, 'pricing')).toEqual(['Paid, free tier available', 'Unknown']);
    expect(rowOf(comparison, 'cost').best).toEqual([]);
  });

  it('treats a model with no capability described as unknown, not lacking', () => {
    const comparison = compare(SONNET, bare);
    const reasoning = rowOf(comparison, 'capability.reasoning');
    expect(reasoning.cells.map((c) => [c.text, c.value])).toEqual([['✓', true], ['—', null]]);
    expect(reasoning.best).toEqual([]);
    expect(texts(comparison, 'capabilities.only.0')).toEqual(['—', '—']);
  });

  it('does not call equal figures different', () => {
    const twin = { ...SONNET, id: 'anthropic/claude-sonnet-4-copy' };
    const comparison = compare(SONNET, twin);
    for (const row of comparison.rows.filter((r) => !r.key.startsWith('capabilities.only'))) {
      expect(row, row.key).toMatchObject({ differs: false, best: [] });
    }
  });

  it('compares costs shown alike as equal despite float noise', () => {
    const a = catalogueModel({ id: 'x/a', name: 'A', price: { input: figure(0.1), output: figure(0.2) } });
    const b = catalogueModel({ id: 'x/b', name: 'B', price: { input: figure(0.2), output: figure(0.1) } });
    const row = rowOf(compareModels([a, b], { ...OPTIONS, volume: { inputTokens: 3_000_000, outputTokens: 3_000_000 } }), 'cost');
    expect(row.cells.map((c) => c.text)).toEqual(['$0.90', '$0.90']);
    expect(row).toMatchObject({ differs: false, best: [] });
  });

  it('gives no age when the source fetch time is not known', () => {
    const comparison = compareModels([SONNET, MINI], { ...OPTIONS, sources: {} });
    expect(rowOf(comparison, 'contextWindow').cells[1]).toEqual({ text: '128K', value: 128_000, source: 'OpenRouter' });
  });
});
