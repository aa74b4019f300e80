import { z } from '../../zod';
import { readLineage, type HubLineage } from '../hub-lineage';
import { cleanText, isoDate, MAX_NAME_LENGTH } from '../clean-text';
import { describeTopLevel, dropUndefined, idField, lenient, parseItems, PayloadError, type ItemsReport } from '../parse-items';
import { positive, type HubStats, type ModelType, type SourceModel } from '../source-model';

const REPO_ID = /^[\w.-]{1,96}\/[\w.-]{1,96}$/;

const HubItem = z.object({
  id: z.string().regex(REPO_ID, 'not an org/name repo id'),
  author: lenient(z.string()),
  downloads: lenient(z.number()),
  likes: lenient(z.number()),
  pipeline_tag: lenient(z.string()),
  library_name: lenient(z.string()),
  tags: lenient(z.array(z.string())),
  gated: lenient(z.union([z.boolean(), z.string()])),
  createdAt: lenient(z.string()),
  lastModified: lenient(z.string()),
  // An object keyed by provider in the model endpoint, a list of { provider } in newer answers.
  inferenceProviderMapping: lenient(z.union([z.record(z.string(), z.unknown()), z.array(z.object({ provider: lenient(z.string()) }))])),
  safetensors: lenient(z.object({ total: lenient(z.number()) })),
  cardData: lenient(z.object({ license: lenient(z.union([z.string(), z.array(z.string())])) })),
});
type HubItem = z.output<typeof HubItem>;

const PIPELINE_TYPES: Record<string, ModelType> = {
  'text-to-image': 'image',
  'image-to-image': 'image',
  'text-to-video': 'video',
  'image-to-video': 'video',
  'text-to-speech': 'speech',
  'text-to-audio': 'audio',
  'automatic-speech-recognition': 'transcription',
  'feature-extraction': 'embedding',
  'sentence-similarity': 'embedding',
  'text-ranking': 'rerank',
};

/** Parses `GET /api/models/{repo_id}`. */
export function parseHuggingFaceModel(json: unknown, fetchedAt: string): SourceModel {
  const item = HubItem.safeParse(json);
  if (!item.success) {
    throw new PayloadError(`Hugging Face model payload is not a model (${describeTopLevel(json)})`);
  }
  return toSourceModel(item.data, fetchedAt);
}

export interface HubRecord {
  repoId: string;
  stats: HubStats;
  lineage: HubLineage;
  fetchedAt: string;
}

/** What the card shows about any repo: `GET /api/models/{repo_id}` with its lineage. */
export function parseHubRecord(json: unknown, fetchedAt: string): HubRecord {
  const model = parseHuggingFaceModel(json, fetchedAt);
  const raw = json as { tags?: unknown; cardData?: unknown };
  return { repoId: model.sourceId, stats: model.hub ?? {}, lineage: readLineage({ id: model.sourceId, tags: raw.tags, cardData: raw.cardData }), fetchedAt };
}

/** Parses `GET /api/models?search=…` (a list), item by item. */
export function parseHuggingFaceList(
  json: unknown,
  fetchedAt: string,
): { models: SourceModel[]; report: ItemsReport } {
  if (!Array.isArray(json)) {
    throw new PayloadError(`Hugging Face list payload is not a list (${describeTopLevel(json)})`);
  }
  const { items, report } = parseItems(json, HubItem, (item, i) => idField(item, i));
  return { models: items.map((item) => toSourceModel(item, fetchedAt)), report };
}

function toSourceModel(item: HubItem, fetchedAt: string): SourceModel {
  const tags = item.tags ?? [];
  const pipeline = item.pipeline_tag ?? undefined;
  const visionInput = pipeline === 'image-text-to-text' || pipeline === 'image-to-text';
  return {
    source: 'huggingface',
    provider: 'huggingface',
    sourceId: item.id,
    otherIds: [],
    name: cleanText(item.id.slice(item.id.indexOf('/') + 1), MAX_NAME_LENGTH),
    author: item.author ?? item.id.slice(0, item.id.indexOf('/')),
    // Own keys only: a task named "constructor" must not read Object's constructor as a type.
    type: (pipeline && Object.hasOwn(PIPELINE_TYPES, pipeline) && PIPELINE_TYPES[pipeline]) || 'text',
    inputModalities: visionInput ? ['text', 'image'] : ['text'],
    outputModalities: ['text'],
    capabilities: { openWeights: true, vision: visionInput || undefined },
    releaseDate: isoDate(item.createdAt),
    huggingFaceId: item.id,
    hub: dropUndefined({
      downloads: nonNegative(item.downloads),
      likes: nonNegative(item.likes),
      license: licenseOf(item, tags),
      pipelineTag: pipeline,
      gated: item.gated === undefined || item.gated === null ? undefined : item.gated !== false,
      parameters: positive(item.safetensors?.total),
      libraryName: item.library_name ? cleanText(item.library_name, 60) : undefined,
      createdAt: isoDate(item.createdAt),
      lastModified: isoDate(item.lastModified),
      inferenceProviders: providersOf(item.inferenceProviderMapping),
    }),
    fetchedAt,
  };
}

function licenseOf(item: HubItem, tags: readonly string[]): string | undefined {
  const fromCard = item.cardData?.license;
  const raw = Array.isArray(fromCard) ? fromCard[0] : fromCard;
  const license = raw ?? tags.find((tag) => tag.startsWith('license:'))?.slice('license:'.length);
  return license ? cleanText(license, 60) : undefined;
}

function providersOf(mapping: HubItem['inferenceProviderMapping']): string[] | undefined {
  if (!mapping) return undefined;
  const names = Array.isArray(mapping) ? mapping.map((m) => m.provider).filter((p): p is string => !!p) : Object.keys(mapping);
  const clean = [...new Set(names.map((name) => cleanText(name, 40)).filter(Boolean))].slice(0, 20);
  return clean.length ? clean : undefined;
}

function nonNegative(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : undefined;
}
