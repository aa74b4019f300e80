/**
 * Finds model mentions in files with the same pipeline as the extension.
 *
 *   npm run --silent scan -- --json [--source openrouter=FILE] [--source models-dev=FILE] FILE...
 *
 * With no --source the bundled catalogue is used; with sources, the catalogue is built from
 * those snapshot files by the parsers of the live refresh. A .txt file is scanned as it is;
 * an .html file as the text the content script would scan (its text runs, one blank line apart).
 */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalogue, type SourceFiles } from './scan/catalogue';
import { htmlToScannedText } from './scan/html-text';
import { buildDetectionIndex } from '../lib/detection/alias-index';
import { createMatcher } from '../lib/detection/matcher';
import type { CatalogueModel } from '../lib/catalogue/catalogue';

interface OutputMention {
  start: number;
  end: number;
  text: string;
  model: string;
  ids: string[];
  kind: 'specific' | 'family';
  /** A snapshot date written after the name when the catalogue lists no model of that date. */
  snapshot?: string;
}

const USAGE = 'usage: npm run --silent scan -- [--json] [--source openrouter=FILE] [--source models-dev=FILE] FILE...';

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
  const sources = parseSources(args.values.source ?? [], base);
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
    result[file] = matcher.scan(text).map((m) => {
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
  }

  if (args.values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printTable(result);
  return 0;
}

function parseSources(values: string[], base: string): SourceFiles | string {
  const files: SourceFiles = {};
  for (const value of values) {
    const match = /^(openrouter|models-dev)=(.+)$/.exec(value);
    if (!match) return `--source takes openrouter=FILE or models-dev=FILE, not "${value}"`;
    files[match[1] as keyof SourceFiles] = resolve(base, match[2]!);
  }
  return files;
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
      console.log(`  ${where} ${JSON.stringify(m.text).padEnd(36)} ${m.kind === 'family' ? `family ${m.model}` : m.model}`);
    }
  }
}

process.exitCode = main();
