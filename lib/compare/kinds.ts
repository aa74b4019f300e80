import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import type { ModelType } from '@/lib/catalogue/source-model';
import { formatInteger } from './format';

const KIND_PLURALS: Readonly<Record<ModelType, string>> = {
  text: 'text models',
  image: 'image models',
  video: 'video models',
  audio: 'audio models',
  speech: 'speech models',
  transcription: 'transcription models',
  embedding: 'embedding models',
  rerank: 'rerank models',
  router: 'routers',
};

/** What a model of each kind is for, to follow its name: "FLUX.1 [dev] makes images". */
export const KIND_JOBS: Readonly<Record<ModelType, string>> = {
  text: 'writes text',
  image: 'makes images',
  video: 'makes videos',
  audio: 'makes audio',
  speech: 'reads text aloud',
  transcription: 'transcribes speech',
  embedding: 'turns text into embeddings',
  rerank: 'reranks search results',
  router: 'picks a model for each request',
};

/** The kind a model was ranked among (its type where the rank does not say). */
export function rankedKind(model: Pick<CatalogueModel, 'type' | 'rank'>): ModelType {
  return model.rank.among ?? model.type;
}

/** "#3 of 70 image models". */
export function formatPlace(model: Pick<CatalogueModel, 'type' | 'rank'>): string {
  return `#${formatInteger(model.rank.position)} of ${formatInteger(model.rank.of)} ${KIND_PLURALS[rankedKind(model)]}`;
}

/** Models of one kind can be weighed against each other; a text and an image model cannot. */
export function oneKind(models: readonly Pick<CatalogueModel, 'type' | 'rank'>[]): boolean {
  return models.every((m) => rankedKind(m) === rankedKind(models[0]!));
}
