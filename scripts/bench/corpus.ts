import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assembleCatalogue, parseModelsDevSource, parseOpenRouterSource } from '../../lib/catalogue/build';
import { buildBundledCatalogue } from '../../lib/catalogue/bundled';
import type { Catalogue } from '../../lib/catalogue/catalogue';
import { hasSharedFixtures, readShared, readSharedText } from '../../tests/real-data/shared-fixtures';
import { parseMarkup } from '../../tests/accuracy/score';

/** The full real catalogue (shared snapshots) where available, else the bundled one. */
export function benchCatalogue(now: Date): { catalogue: Catalogue; label: string } {
  if (!hasSharedFixtures) return { catalogue: buildBundledCatalogue(now), label: 'bundled catalogue' };
  return { catalogue: sharedCatalogue(now), label: 'full real snapshots (OpenRouter all + models.dev)' };
}

export function sharedCatalogue(now: Date): Catalogue {
  return assembleCatalogue(
    [
      parseOpenRouterSource({ json: readShared('openrouter-models-all-2026-08-19.json'), fetchedAt: now.toISOString() }),
      parseModelsDevSource({ json: readShared('models-dev-2026-07-01.json'), fetchedAt: now.toISOString() }),
    ],
    { origin: 'live', now },
  );
}

/** Real prose dense with model names: the AI-news pages where available, else our labelled texts. */
export function seedText(): string {
  if (hasSharedFixtures) {
    return ['pages/ainews-issue-2025-11-24-opus-45.txt', 'pages/ainews-issue-2026-08-19.txt'].map(readSharedText).join('\n\n');
  }
  const folder = resolve(import.meta.dirname, '../../tests/accuracy/texts');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => parseMarkup(readFileSync(resolve(folder, f), 'utf8')).text)
    .join('\n\n');
}

/** The seed repeated to a given size in UTF-16 code units. */
export function textOfSize(seed: string, size: number): string {
  let text = '';
  while (text.length < size) text += `${seed}\n\n`;
  return text.slice(0, size);
}
