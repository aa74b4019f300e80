import { readFileSync } from 'node:fs';
import { assembleCatalogue, parseModelsDevSource, parseOpenRouterSource, type ParsedSource } from '../../lib/catalogue/build';
import { buildBundledCatalogue } from '../../lib/catalogue/bundled';
import type { Catalogue } from '../../lib/catalogue/catalogue';

export interface SourceFiles {
  openrouter?: string;
  'models-dev'?: string;
  /** Hub /api/models items: read for repo lineage, not built into the catalogue. */
  hf?: string;
}

/** The bundled catalogue, or one built from snapshot files by the live refresh's parsers. */
export function loadCatalogue(files: SourceFiles, now: Date): Catalogue {
  if (!files.openrouter && !files['models-dev']) return buildBundledCatalogue(now);
  const sources: ParsedSource[] = [];
  const read = (file: string) => ({ json: JSON.parse(readFileSync(file, 'utf8')) as unknown, fetchedAt: now.toISOString(), url: file });
  if (files.openrouter) sources.push(parseOpenRouterSource(read(files.openrouter)));
  if (files['models-dev']) sources.push(parseModelsDevSource(read(files['models-dev'])));
  return assembleCatalogue(sources, { origin: 'live', now });
}
