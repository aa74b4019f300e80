import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { assembleCatalogue, parseModelsDevSource, parseOpenRouterSource } from '@/lib/catalogue/build';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import type { Catalogue, CatalogueModel } from '@/lib/catalogue/catalogue';
import { buildDetectionIndex, type DetectionIndex } from '@/lib/detection/alias-index';
import { createMatcher, type Matcher } from '@/lib/detection/matcher';
import { hasSharedFixtures, readShared, readSharedText } from '../real-data/shared-fixtures';
import { combine, parseMarkup, scoreMentions, urlSpans, type Detection, type GoldMention, type Score, type Span } from './score';

export interface SetResult {
  name: string;
  files: { file: string; score: Score }[];
  total: Score;
}

const HERE = import.meta.dirname;
const NOW = new Date('2026-11-27T00:00:00Z');

export interface GenreResult extends SetResult {
  /** Kept out while rules are tuned: reported as totals only, its texts never shown by default. */
  heldOut: boolean;
}

/** The genre nobody tunes on; its misses show only with ACCURACY_SHOW_HELD_OUT=1. */
export const HELD_OUT_GENRE = 'community-threads';

const matchers = new WeakMap<Catalogue, { index: DetectionIndex; matcher: Matcher; byId: Map<string, CatalogueModel> }>();

function detect(catalogue: Catalogue, text: string): Detection[] {
  let compiled = matchers.get(catalogue);
  if (!compiled) {
    const index = buildDetectionIndex(catalogue.models);
    compiled = { index, matcher: createMatcher(index), byId: new Map(catalogue.models.map((m) => [m.id, m])) };
    matchers.set(catalogue, compiled);
  }
  const { index, matcher, byId } = compiled;
  return matcher
    .scan(text)
    .filter((m) => m.kind === 'specific')
    .map((m) => {
      const model = byId.get(index.models[m.target]!.id)!;
      return { start: m.start, end: m.end, ids: new Set(sourceIds(model)) };
    });
}

/** Every id a label may name a model by: the catalogue id and each source's id for it. */
export function sourceIds(model: CatalogueModel): string[] {
  return [model.id, ...model.ids.openrouter, ...model.ids.modelsDev, ...(model.ids.huggingFace ? [model.ids.huggingFace] : [])];
}

/** Our own texts, in many styles, against the catalogue bundled with the extension. */
export function evaluateOwnTexts(): SetResult {
  return evaluateMarkedFolder('own texts (bundled catalogue)', resolve(HERE, 'texts'), buildBundledCatalogue(NOW));
}

/** Every marked-up `.txt` file of a folder, scored against `catalogue`. */
export function evaluateMarkedFolder(name: string, folder: string, catalogue: Catalogue): SetResult {
  const files = markedFiles(folder).map((file) => {
    const { text, gold, families, unsettled } = parseMarkup(readFileSync(resolve(folder, file), 'utf8'));
    // Link targets and bare URLs are left unlabelled, as on the news pages: a detection there counts neither way.
    return { file, score: scoreMentions(text, gold, detect(catalogue, text), [...families, ...unsettled, ...urlSpans(text)]) };
  });
  return { name, files, total: combine(files.map((f) => f.score)) };
}

/** The marked-up `.txt` files of a folder, by name. */
export function markedFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

/** The labelled genres of real text, one folder each. */
export const GENRES_FOLDER = resolve(HERE, 'genres');

/** The genre folders of `folder`, by name. */
export function genreNames(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** One result per genre folder (`<folder>/<genre>/*.txt`), the held-out genre flagged. */
export function evaluateGenreFolders(folder: string, catalogue: Catalogue): GenreResult[] {
  return genreNames(folder).map((genre) => ({ ...evaluateMarkedFolder(genre, resolve(folder, genre), catalogue), heldOut: genre === HELD_OUT_GENRE }));
}

/** The labelled genres of real text (tests/accuracy/genres), against the Aug 2026 snapshots' catalogue. */
export function evaluateGenres(): GenreResult[] | null {
  if (!hasSharedFixtures) return null;
  return evaluateGenreFolders(GENRES_FOLDER, augustCatalogue());
}

let august: Catalogue | undefined;
/** The catalogue the live refresh would have built from the Aug 2026 snapshots. */
export function augustCatalogue(): Catalogue {
  august ??= assembleCatalogue(
    [
      parseOpenRouterSource({ json: readShared('openrouter-models-all-2026-08-19.json'), fetchedAt: '2026-08-19T00:00:00Z' }),
      parseModelsDevSource({ json: readShared('models-dev-2026-07-01.json'), fetchedAt: '2026-07-01T00:00:00Z' }),
    ],
    { origin: 'live', now: new Date('2026-08-20T00:00:00Z') },
  );
  return august;
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
  const catalogue = augustCatalogue();
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
