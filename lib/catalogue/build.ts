import { CATALOGUE_SCHEMA_VERSION, type Catalogue, type SourceStatus } from './catalogue';
import { mergeSources } from './merge';
import type { ItemsReport } from './parse-items';
import { withHubRepos } from './hub-repos';
import { rankModels, type RankWeights } from './rank';
import type { SourceModel } from './source-model';
import { parseHuggingFaceList } from './sources/hugging-face';
import { parseModelsDev } from './sources/models-dev';
import { parseOpenRouter } from './sources/openrouter';

export type SourceKey = keyof Catalogue['sources'];

export interface SourcePayload {
  json: unknown;
  /** ISO time the payload was fetched. */
  fetchedAt: string;
  url?: string;
}

export interface ParsedSource {
  key: SourceKey;
  models: SourceModel[];
  status: SourceStatus;
  /** Why items were dropped, in words (first few). */
  droppedReasons: string[];
}

/** Each parser throws a PayloadError when the payload's top level is wrong. */
export function parseOpenRouterSource(payload: SourcePayload): ParsedSource {
  const { models, report } = parseOpenRouter(payload.json, payload.fetchedAt);
  return parsedSource('openrouter', models, report, payload);
}

export function parseModelsDevSource(payload: SourcePayload & { dataAsOf?: string }): ParsedSource {
  const { models, report } = parseModelsDev(payload.json, payload.fetchedAt);
  return parsedSource('models.dev', models, report, payload, payload.dataAsOf ?? report.newestDate);
}

export function parseHuggingFaceSource(payload: SourcePayload): ParsedSource {
  const { models, report } = parseHuggingFaceList(payload.json, payload.fetchedAt);
  return parsedSource('huggingface', models, report, payload);
}

function parsedSource(
  key: SourceKey,
  models: SourceModel[],
  report: ItemsReport,
  payload: SourcePayload,
  dataAsOf?: string,
): ParsedSource {
  return {
    key,
    models,
    status: {
      fetchedAt: payload.fetchedAt,
      ...(dataAsOf ? { dataAsOf } : {}),
      ...(payload.url ? { url: payload.url } : {}),
      total: report.total,
      kept: report.kept,
      dropped: report.dropped.length,
    },
    droppedReasons: report.dropped.slice(0, 5).map((d) => `${d.id}: ${d.reason}`),
  };
}

export interface AssembleOptions {
  origin: Catalogue['origin'];
  now: Date;
  weights?: Partial<RankWeights>;
}

/** Merges parsed sources into one ranked catalogue. */
export function assembleCatalogue(sources: readonly ParsedSource[], options: AssembleOptions): Catalogue {
  const models = withHubRepos(rankModels(
    mergeSources(sources.flatMap((s) => s.models)),
    { now: options.now, weights: options.weights },
  ));
  const dates = sources.map((s) => (s.status.dataAsOf ?? s.status.fetchedAt).slice(0, 10));
  return {
    schemaVersion: CATALOGUE_SCHEMA_VERSION,
    origin: options.origin,
    builtAt: options.now.toISOString(),
    dataAsOf: dates.sort()[0] ?? options.now.toISOString().slice(0, 10),
    sources: Object.fromEntries(sources.map((s) => [s.key, s.status])),
    models,
  };
}
