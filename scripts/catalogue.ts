/**
 * Prints the catalogue the extension would show: prices in their units, free, rank within a kind.
 *
 *   npm run --silent catalogue -- --json [--source openrouter=FILE] [--source models-dev=FILE] [--source hf=FILE]
 *
 * With no --source (or only hf) the bundled catalogue is used; with sources, the catalogue is
 * built from those snapshot files by the parsers of the live refresh.
 */
import { parseArgs } from 'node:util';
import type { CatalogueModel } from '../lib/catalogue/catalogue';
import { loadCatalogue, parseSourceArgs } from './scan/catalogue';

const USAGE =
  'usage: npm run --silent catalogue -- [--json] [--source openrouter=FILE] [--source models-dev=FILE] [--source hf=FILE]';

function main(): number {
  let args;
  try {
    args = parseArgs({ options: { json: { type: 'boolean', default: false }, source: { type: 'string', multiple: true }, help: { type: 'boolean' } } });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  // npm runs scripts from the package root; paths are the user's, relative to where they typed.
  const base = process.env.INIT_CWD ?? process.cwd();
  const sources = parseSourceArgs(args.values.source ?? [], base, ['openrouter', 'models-dev', 'hf']);
  if (typeof sources === 'string') {
    console.error(`${sources}\n${USAGE}`);
    return 2;
  }
  let catalogue;
  try {
    catalogue = loadCatalogue(sources, new Date());
  } catch (error) {
    console.error(`could not build the catalogue: ${(error as Error).message}`);
    return 1;
  }
  const models = [...catalogue.models].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(describe);
  if (args.values.json) process.stdout.write(`${JSON.stringify({ models }, null, 2)}\n`);
  else for (const model of models) console.log(line(model));
  return 0;
}

type Described = ReturnType<typeof describe>;

function describe(model: CatalogueModel) {
  return {
    id: model.id,
    name: model.name,
    ids: [...new Set([...model.ids.openrouter, ...model.ids.modelsDev, ...(model.ids.huggingFace ? [model.ids.huggingFace] : [])])],
    type: model.type,
    free: model.free?.value === true,
    price: {
      input: model.price.input?.value ?? null,
      output: model.price.output?.value ?? null,
      units: (model.price.units ?? []).map(({ usd, per, when }) => (when ? { usd, per, when } : { usd, per })),
    },
    rank: { score: model.rank.score, position: model.rank.position, of: model.rank.of, among: model.rank.among },
  };
}

function line(model: Described): string {
  const price = model.price.units.length ? model.price.units.map((u) => `$${u.usd}/${u.per}`).join(', ') : 'price not published';
  return `${model.id}  ${model.type}  #${model.rank.position}/${model.rank.of} ${model.rank.among}  ${model.free ? 'free tier  ' : ''}${price}`;
}

process.exitCode = main();
