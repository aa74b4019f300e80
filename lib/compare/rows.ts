import type { Catalogue, CatalogueModel, SubScoreName } from '@/lib/catalogue/catalogue';
import { SUB_SCORE_LABELS, SUB_SCORE_NAMES } from '@/lib/catalogue/rank';
import type { ModelType } from '@/lib/catalogue/source-model';
import { availabilityRows, dateRows, limitRows, modalityRows } from './fact-rows';
import { capabilityRows } from './capability-rows';
import type { Volume } from './cost';
import { displayedScore, formatScore } from './format';
import { formatPlace, oneKind } from './kinds';
import { pricingRows } from './pricing-rows';
import { buildRow } from './row-builder';
import type { Cell, Comparison, Row } from './types';

export interface CompareOptions {
  volume: Volume;
  now: Date;
  sources: Catalogue['sources'];
}

export const TYPE_LABELS: Readonly<Record<ModelType, string>> = {
  text: 'Text generation',
  image: 'Image generation',
  video: 'Video generation',
  audio: 'Audio generation',
  speech: 'Speech synthesis',
  transcription: 'Transcription',
  embedding: 'Embedding',
  rerank: 'Reranking',
  router: 'Router',
};

/**
 * The side-by-side table for two or more models (the popup compares two, the full page every
 * pinned model). Rows a model may lack (cache price, Hugging Face figures, deprecation) appear
 * only when at least one of the models has the figure.
 */
export function compareModels(models: readonly CatalogueModel[], options: CompareOptions): Comparison {
  const context = { now: options.now, sources: options.sources };
  return {
    models: models.map(({ id, name }) => ({ id, name })),
    rows: [
      ...overviewRows(models),
      ...rankRows(models),
      ...pricingRows(models, options.volume, context),
      ...limitRows(models, context),
      ...modalityRows(models),
      ...capabilityRows(models, context),
      ...availabilityRows(models, context),
      ...dateRows(models, context),
    ],
  };
}

function overviewRows(models: readonly CatalogueModel[]): Row[] {
  return [
    buildRow({
      key: 'type',
      label: 'Type',
      section: 'overview',
      cells: models.map((m) => ({ text: TYPE_LABELS[m.type], value: m.type })),
    }),
    buildRow({
      key: 'maker',
      label: 'Maker',
      section: 'overview',
      cells: models.map((m) => ({ text: m.authorName ?? m.author, value: m.author })),
    }),
  ];
}

function rankRows(models: readonly CatalogueModel[]): Row[] {
  // Each score places a model within its own kind: across kinds there is no "better".
  const better = oneKind(models) ? 'higher' : undefined;
  const overall = buildRow({
    key: 'rank',
    label: 'Rank',
    section: 'rank',
    better,
    cells: models.map((model) => ({
      text: `${formatScore(model.rank.score)}, ${formatPlace(model)}`,
      value: displayedScore(model.rank.score),
    })),
  });
  const subScores = SUB_SCORE_NAMES.map((name) =>
    buildRow({
      key: `rank.${name}`,
      label: SUB_SCORE_LABELS[name],
      section: 'rank',
      better,
      cells: models.map((m) => subScoreCell(m, name)),
    }),
  );
  return [overall, ...subScores];
}

function subScoreCell({ rank }: CatalogueModel, name: SubScoreName): Cell {
  const score = rank.subScores[name];
  if (score === null) return { text: name === 'quality' ? 'not measured' : '—', value: null };
  const estimated = name === 'quality' && rank.qualityEstimated;
  return { text: `${formatScore(score)}${estimated ? ' (estimated)' : ''}`, value: displayedScore(score) };
}
