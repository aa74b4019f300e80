/**
 * The compare picker's search against three well-kept libraries, over the full catalogue: how
 * often the model a person means is first and in the top 5, and the time per query. Run alone
 * with `npx tsx scripts/bench/search-benchmark.ts`; `npm run bench` includes it.
 */
import uFuzzy from '@leeoniya/ufuzzy';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import type { CatalogueModel } from '../../lib/catalogue/catalogue';
import { createSearchIndex, readableName } from '../../lib/catalogue/search';
import { benchCatalogue } from './corpus';
import { median, ms } from './measure';

/** What a person types, and the model name they mean (queries whose model a catalogue lacks are left out). */
const QUERIES: [query: string, meant: string][] = [
  ['Llama 3.3 70B Instruct', 'Llama 3.3 70B Instruct'],
  ['llama 3.3 70b', 'Llama 3.3 70B Instruct'],
  ['llama 3.1 8b', 'Llama 3.1 8B Instruct'],
  ['claude sonnet 4', 'Claude Sonnet 4'],
  ['sonnet 4', 'Claude Sonnet 4'],
  ['claude opus 4.1', 'Claude Opus 4.1'],
  ['gpt-4o mini', 'GPT-4o mini'],
  ['gpt 4o', 'GPT-4o'],
  ['gpt-4.1', 'GPT-4.1'],
  ['gpt 5', 'GPT-5'],
  ['o3 mini', 'o3-mini'],
  ['gemini 2.5 pro', 'Gemini 2.5 Pro'],
  ['gemini 2.5 flash', 'Gemini 2.5 Flash'],
  ['mistral medium 3', 'Mistral Medium 3'],
  ['deepseek v3', 'DeepSeek V3'],
  ['qwen3 235b', 'Qwen3 235B A22B'],
  ['grok 4', 'Grok 4'],
];

type Search = (query: string) => string[];

function candidates(models: readonly CatalogueModel[]): [string, Search][] {
  const byIndex = (indexes: Iterable<number>) => [...indexes].slice(0, 5).map((i) => models[i]!.id);
  const docs = models.map((m, i) => ({ i, name: readableName(m), names: m.names.join(' | '), ids: [m.id, ...m.ids.openrouter].join(' | ') }));
  const ours = createSearchIndex(models);
  const fuse = new Fuse(docs, { keys: [{ name: 'name', weight: 3 }, 'names', 'ids'], threshold: 0.3, ignoreLocation: true });
  const mini = new MiniSearch({ fields: ['name', 'names', 'ids'], idField: 'i', searchOptions: { prefix: true, fuzzy: 0.2, boost: { name: 3 }, combineWith: 'AND' } });
  mini.addAll(docs);
  const fuzzy = new uFuzzy({});
  const haystack = docs.map((d) => `${d.name} | ${d.names}`);
  return [
    ['Model Lens search (ours)', (q) => ours.search(q, 5).map((m) => m.id)],
    ['Fuse.js 7.5', (q) => byIndex(fuse.search(q, { limit: 5 }).map((r) => r.item.i))],
    ['MiniSearch 7.2', (q) => byIndex(mini.search(q).map((r) => r.id as number))],
    ['uFuzzy 1.0', (q) => {
      const [idxs, info, order] = fuzzy.search(haystack, q);
      if (!idxs) return [];
      return byIndex(order && info ? order.map((o) => info.idx[o]!) : idxs);
    }],
  ];
}

export function searchBenchmarks(): string[] {
  const { catalogue, label } = benchCatalogue(new Date('2026-09-01T00:00:00Z'));
  const models = catalogue.models;
  const meantId = (name: string) => models.find((m) => readableName(m).toLowerCase() === name.toLowerCase())?.id;
  const queries = QUERIES.flatMap(([query, meant]) => {
    const id = meantId(meant);
    return id ? [{ query, id }] : [];
  });
  const lines = [
    `### Compare picker search (Node, ${label}, ${models.length} models, ${queries.length} queries)`,
    '',
    '| search | meant model first | in the top 5 | per query (median of 20 rounds) |',
    '|---|---|---|---|',
  ];
  for (const [name, search] of candidates(models)) {
    let first = 0;
    let top5 = 0;
    for (const { query, id } of queries) {
      const found = search(query);
      if (found[0] === id) first += 1;
      if (found.includes(id)) top5 += 1;
    }
    const rounds: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      const start = performance.now();
      for (const { query } of queries) search(query);
      rounds.push((performance.now() - start) / queries.length);
    }
    lines.push(`| ${name} | ${first}/${queries.length} | ${top5}/${queries.length} | ${ms(median(rounds))} |`);
  }
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(searchBenchmarks().join('\n'));
