import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assembleCatalogue, parseHuggingFaceSource, parseModelsDevSource, parseOpenRouterSource, type ParsedSource } from '../../lib/catalogue/build';
import { buildBundledCatalogue } from '../../lib/catalogue/bundled';
import type { Catalogue } from '../../lib/catalogue/catalogue';

export interface SourceFiles {
  openrouter?: string;
  'models-dev'?: string;
  /** Hub /api/models items: they give repo lineage, and the Hub figures of the models the other sources list. */
  hf?: string;
}

/** The bundled catalogue, or one built from snapshot files by the live refresh's parsers. */
export function loadCatalogue(files: SourceFiles, now: Date): Catalogue {
  if (!files.openrouter && !files['models-dev']) return buildBundledCatalogue(now);
  const sources: ParsedSource[] = [];
  const read = (file: string) => ({ json: JSON.parse(readFileSync(file, 'utf8')) as unknown, fetchedAt: now.toISOString(), url: file });
  if (files.openrouter) sources.push(parseOpenRouterSource(read(files.openrouter)));
  if (files['models-dev']) sources.push(parseModelsDevSource(read(files['models-dev'])));
  if (files.hf) sources.push(parseHuggingFaceSource(read(files.hf)));
  return assembleCatalogue(sources, { origin: 'live', now });
}

/** `--source name=FILE` arguments, paths resolved against `base`; a message when one is malformed. */
export function parseSourceArgs(values: readonly string[], base: string, names: readonly (keyof SourceFiles)[]): SourceFiles | string {
  const files: SourceFiles = {};
  for (const value of values) {
    const equals = value.indexOf('=');
    const name = value.slice(0, equals) as keyof SourceFiles;
    if (equals < 1 || !names.includes(name) || equals === value.length - 1) {
      return `--source takes ${names.map((n) => `${n}=FILE`).join(', ')}, not "${value}"`;
    }
    files[name] = resolve(base, value.slice(equals + 1));
  }
  return files;
}
