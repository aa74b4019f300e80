import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assembleCatalogue, parseModelsDevSource, parseOpenRouterSource } from '@/lib/catalogue/build';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import type { Catalogue } from '@/lib/catalogue/catalogue';
import { buildDetectionIndex } from '@/lib/detection/alias-index';
import { createMatcher } from '@/lib/detection/matcher';
import { hasSharedFixtures, readShared, readSharedText } from '../real-data/shared-fixtures';
import { combine, parseMarkup, scoreMentions, urlSpans, type Detection, type GoldMention, type Score, type Span } from './score';

export interface SetResult {
  name: string;
  files: { file: string; score: Score }[];
  total: Score;
}

const HERE = import.meta.dirname;
const NOW = new Date('2026-11-27T00:00:00Z');

function detect(catalogue: Catalogue, text: string): Detection[] {
  const index = buildDetectionIndex(catalogue.models);
  const matcher = createMatcher(index);
  const byId = new Map(catalogue.models.map((m) => [m.id, m]));
  return matcher
    .scan(text)
    .filter((m) => m.kind === 'specific')
    .map((m) => {
      const model = byId.get(index.models[m.target]!.id)!;
      const ids = new Set([model.id, ...model.ids.openrouter, ...model.ids.modelsDev, ...(model.ids.huggingFace ? [model.ids.huggingFace] : [])]);
      return { start: m.start, end: m.end, ids };
    });
}

/** Our own texts, in many styles, against the catalogue bundled with the extension. */
export function evaluateOwnTexts(): SetResult {
  const catalogue = buildBundledCatalogue(NOW);
  const folder = resolve(HERE, 'texts');
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const { text, gold, families } = parseMarkup(readFileSync(resolve(folder, file), 'utf8'));
      return { file, score: scoreMentions(text, gold, detect(catalogue, text), families) };
    });
  return { name: 'own texts (bundled catalogue)', files, total: combine(files.map((f) => f.score)) };
}

interface LabelFile {
  page: string;
  labelledRange: Span;
  mentions: GoldMention[];
  ambiguous: Span[];
  unknown: Span[];
}

/** The labelled AI-news pages, against a catalogue from the snapshots of the same weeks. */
export function evaluateNewsPages(): SetResult | null {
  if (!hasSharedFixtures) return null;
  const catalogue = assembleCatalogue(
    [
      parseOpenRouterSource({ json: readShared('openrouter-models-all-2026-08-19.json'), fetchedAt: '2026-08-19T00:00:00Z' }),
      parseModelsDevSource({ json: readShared('models-dev-2026-07-01.json'), fetchedAt: '2026-07-01T00:00:00Z' }),
    ],
    { origin: 'live', now: new Date('2026-08-20T00:00:00Z') },
  );
  const folder = resolve(HERE, 'labels');
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const labels = JSON.parse(readFileSync(resolve(folder, file), 'utf8')) as LabelFile;
      const text = readSharedText(`pages/${labels.page}`);
      const range = labels.labelledRange;
      const inRange = (s: Span) => s.start >= range.start && s.end <= range.end;
      const detected = detect(catalogue, text).filter(inRange);
      const ignored = [...labels.ambiguous, ...labels.unknown, ...urlSpans(text)];
      return { file: labels.page, score: scoreMentions(text, labels.mentions, detected, ignored) };
    });
  return { name: 'AI-news pages (shared snapshots)', files, total: combine(files.map((f) => f.score)) };
}
