import { describe, expect, it } from 'vitest';
import { DEFAULT_RANK_WEIGHTS } from '@/lib/catalogue/rank';
import { buildReport, type ReportInput } from '@/lib/compare/compare-report';
import { reportToMarkdown } from '@/lib/compare/report-markdown';
import { emptyMatchGraph, recordCoMentions, recordComparison } from '@/lib/user-data/match-graph';
import { catalogueModel, LLAMA, MINI, MONTHLY_VOLUME, SONNET } from './fixtures';

let graph = recordComparison(emptyMatchGraph(), ['openai/gpt-4o-mini', 'meta-llama/llama-3.1-8b-instruct']);
graph = recordCoMentions(graph, ['anthropic/claude-sonnet-4', 'meta-llama/llama-3.1-8b-instruct', 'lab/removed']);
const INPUT: ReportInput = {
  ids: ['anthropic/claude-sonnet-4', 'openai/gpt-4o-mini', 'gone/model'],
  catalogue: [SONNET, MINI, LLAMA],
  graph,
  sightings: { 'anthropic/claude-sonnet-4': { count: 4, sites: { 'example.com': 4 }, lastSeen: '2026-03-01T00:00:00.000Z' } },
  weights: { ...DEFAULT_RANK_WEIGHTS, matchGraph: 0 },
  volume: MONTHLY_VOLUME,
};

describe('the comparison report', () => {
  const report = buildReport(INPUT);

  it('has every row of the seed table, from the data', () => {
    expect(report.table).toEqual([
      { label: 'Type', cells: ['Text generation', 'Text generation'] },
      { label: 'Rank', cells: ['72/100 (#12 of 1,441 text models)', '58/100 (#40 of 1,441 text models)'] },
      { label: 'Adoption', cells: ['72', '58'] },
      { label: 'Quality', cells: ['72', '58 (estimated)'] },
      { label: 'Ecosystem', cells: ['72', '58'] },
      { label: 'Match Graph', cells: ['79', '50'] },
      { label: 'Pricing', cells: ['Paid', 'Paid, free tier available'] },
      { label: 'Starting Price', cells: ['$3.00 / $15.00 per 1M tokens', '$0.15 / $0.60 per 1M tokens'] },
      { label: 'Capabilities', cells: ['7 decomposed', '5 decomposed'] },
      { label: 'Times Matched', cells: ['4', '1'] },
    ]);
  });

  it('puts the verdict first, names missing ids, and lists the graph\'s other neighbours', () => {
    expect(report.verdict).toMatch(/^Claude Sonnet 4 ranks higher at 72\/100 vs GPT-4o mini at 58\/100;/);
    expect(report.missing).toEqual(['gone/model']);
    expect(report.somethingDifferent).toEqual([{ id: 'meta-llama/llama-3.1-8b-instruct', name: 'Llama 3.1 8B Instruct', times: 2 }]);
  });

  it('weighs the Match Graph into the rank when the user gives it a weight', () => {
    // Match Graph scores 79.2 and 50 (degree 2 and 1 against 3, log scale), weighed equally with the catalogue's 72 and 58.
    const weighted = buildReport({ ...INPUT, weights: { ...DEFAULT_RANK_WEIGHTS, matchGraph: 100 } });
    expect(weighted.table[1]!.cells).toEqual(['76/100 (#12 of 1,441 text models)', '54/100 (#40 of 1,441 text models)']);
  });

  it('starts the price at a cheaper provider, and says which, where one sells below the headline price', () => {
    const cheaper = { ...SONNET, price: { ...SONNET.price, lowest: { input: 2.4, output: 12, source: 'models.dev/deepinfra' } } };
    const table = buildReport({ ...INPUT, catalogue: [cheaper, MINI, LLAMA] }).table;
    expect(table.find((row) => row.label === 'Starting Price')!.cells[0]).toBe('from $2.40 / $12.00 at models.dev (deepinfra)');
  });

  it('never leaves the page blank: no model, one model', () => {
    expect(buildReport({ ...INPUT, ids: ['gone/model'] })).toMatchObject({ title: 'Compare models', verdict: 'None of these models is in the catalogue.', models: [] });
    expect(buildReport({ ...INPUT, ids: ['openai/gpt-4o-mini'] }).verdict).toBe('Only GPT-4o mini is in the catalogue, at 58/100; add a second model to compare.');
  });

  it('exports Markdown with the table, each capability with Unique and vs alternatives, and pick instead', () => {
    const markdown = reportToMarkdown(report, 'chrome-extension://id/compare.html?ids=a,b');
    expect(markdown).toContain('| Capabilities | 7 decomposed | 5 decomposed |');
    expect(markdown).toContain('> Not in the catalogue (an unknown id, or a model removed since): gone/model');
    expect(markdown).toContain('- **Caches prompts: repeated input costs $0.30 instead of $3.00 per 1M tokens (90% less)**\n  - vs alternatives: No other text model in the catalogue caches prompts.');
    expect(markdown).toContain('### Pick instead of GPT-4o mini\n\nNo benchmark measures its quality, so there is nothing to weigh cheaper models against.');
    expect(markdown).toContain('- Llama 3.1 8B Instruct (met 2× with these on your pages and comparisons)');
  });

  it('keeps upstream names from turning into Markdown', () => {
    const hostile = catalogueModel({ id: 'x/y', name: '| [click](javascript:alert(1)) <img> **' });
    const markdown = reportToMarkdown(buildReport({ ...INPUT, ids: ['x/y', 'openai/gpt-4o-mini'], catalogue: [hostile, MINI] }), 'p');
    expect(markdown).toContain('# \\| \\[click\\](javascript:alert(1)) \\<img\\> \\*\\* vs GPT-4o mini');
  });
});
