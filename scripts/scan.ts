/**
 * Finds model mentions in files with the same pipeline as the extension.
 *
 *   npm run --silent scan -- --json [--source openrouter=FILE] [--source models-dev=FILE] [--source hf=FILE] FILE...
 *
 * With no --source the bundled catalogue is used; with sources, the catalogue is built from
 * those snapshot files by the parsers of the live refresh. A .txt file is scanned as it is;
 * an .html file as the text the content script would scan (its text runs, one blank line apart).
 * With `--source hf=FILE` (a JSON array of Hub /api/models items) each mention of one of those
 * repo ids is resolved by the Hub's lineage, not by the model names inside it, and gains `hub`.
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogue, parseSourceArgs } from './scan/catalogue';
import { htmlToScannedText } from './scan/html-text';
import { findRepoMentions, readHubItems, type HubField } from './scan/hub-mentions';
import { buildDetectionIndex } from '../lib/detection/alias-index';
import { createMatcher } from '../lib/detection/matcher';
import type { CatalogueModel } from '../lib/catalogue/catalogue';

interface OutputMention {
  start: number;
  end: number;
  text: string;
  model: string | null;
  ids: string[];
  kind: 'specific' | 'family' | 'hub';
  hub?: HubField;
  /** A snapshot date written after the name when the catalogue lists no model of that date. */
  snapshot?: string;
}

const USAGE = 'usage: npm run --silent scan -- [--json] [--source openrouter=FILE] [--source models-dev=FILE] [--source hf=FILE] FILE...';

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, source: { type: 'string', multiple: true }, help: { type: 'boolean' } },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (args.positionals.length === 0) {
    console.error(`no files to scan\n${USAGE}`);
    return 2;
  }
  // npm runs scripts from the package root; paths are the user's, relative to where they typed.
  const base = process.env.INIT_CWD ?? process.cwd();
  const sources = parseSourceArgs(args.values.source ?? [], base, ['openrouter', 'models-dev', 'hf']);
  if (typeof sources === 'string') {
    console.error(`${sources}\n${USAGE}`);
    return 2;
  }

  let catalogue;
  let hubItems;
  try {
    catalogue = loadCatalogue(sources, new Date());
    hubItems = readHubItems(sources.hf ? (JSON.parse(readFileSync(sources.hf, 'utf8')) as unknown) : []);
  } catch (error) {
    console.error(`could not build the catalogue: ${(error as Error).message}`);
    return 1;
  }
  const index = buildDetectionIndex(catalogue.models);
  const matcher = createMatcher(index);
  const byId = new Map(catalogue.models.map((m) => [m.id, m]));

  const result: Record<string, OutputMention[]> = {};
  for (const file of args.positionals) {
    let text: string;
    try {
      const raw = readFileSync(resolve(base, file), 'utf8');
      text = /^\.html?$/i.test(extname(file)) ? htmlToScannedText(raw) : raw;
    } catch (error) {
      console.error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      return 1;
    }
    const repos = findRepoMentions(text, hubItems.lineages, catalogue.models);
    // A repo id is resolved by its lineage: the names inside it say nothing about what it is.
    const named = matcher.scan(text).filter((m) => !repos.some((r) => m.start < r.end && r.start < m.end));
    const byName: OutputMention[] = named.map((m) => {
      const specific = m.kind === 'specific';
      const model = specific ? byId.get(index.models[m.target]!.id)! : undefined;
      return {
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        model: model ? model.id : index.families[m.target]!,
        ids: model ? sourceIds(model) : [],
        kind: m.kind,
        ...(m.snapshot ? { snapshot: m.snapshot } : {}),
      };
    });
    const byRepo: OutputMention[] = repos.map((r) => {
      const model = r.model === null ? undefined : byId.get(r.model);
      return { start: r.start, end: r.end, text: text.slice(r.start, r.end), model: model?.id ?? null, ids: model ? sourceIds(model) : [], kind: model ? 'specific' : 'hub', hub: r.hub };
    });
    result[file] = [...byName, ...byRepo].sort((a, b) => a.start - b.start);
  }

  if (args.values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printTable(result);
  return 0;
}

function sourceIds(model: CatalogueModel): string[] {
  const ids = [...model.ids.openrouter, ...model.ids.modelsDev, ...(model.ids.huggingFace ? [model.ids.huggingFace] : [])];
  return [...new Set(ids)];
}

function printTable(result: Record<string, OutputMention[]>): void {
  for (const [file, mentions] of Object.entries(result)) {
    console.log(`${file}: ${mentions.length} mention${mentions.length === 1 ? '' : 's'}`);
    for (const m of mentions) {
      const where = `${m.start}-${m.end}`.padEnd(14);
      console.log(`  ${where} ${JSON.stringify(m.text).padEnd(36)} ${describe(m)}`);
    }
  }
}

function describe(m: OutputMention): string {
  if (m.kind === 'family') return `family ${m.model}`;
  if (!m.hub || m.hub.relation === 'self') return m.model ?? 'hub repo, not in the catalogue';
  const base = m.hub.baseModel ?? m.hub.base;
  return m.hub.relation === 'quantized' && m.model ? `${m.model} (quantized)` : `${m.hub.relation} of ${base}`;
}

process.exitCode = main();
