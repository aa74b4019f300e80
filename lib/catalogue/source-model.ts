/**
 * One model as one source describes it, normalised to common units
 * (USD per 1M tokens, ISO dates) before merging.
 */
export type SourceName = 'openrouter' | 'models.dev' | 'huggingface';

export type ModelType =
  | 'text'
  | 'image'
  | 'video'
  | 'audio'
  | 'speech'
  | 'transcription'
  | 'embedding'
  | 'rerank'
  | 'router';

export const CAPABILITIES = [
  'tools',
  'reasoning',
  'structuredOutput',
  'vision',
  'attachments',
  'webSearch',
  'openWeights',
  'promptCaching',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

export interface Prices {
  /** USD per 1M input tokens. */
  input?: number;
  /** USD per 1M output tokens. */
  output?: number;
  cacheRead?: number;
  cacheWrite?: number;
  /** USD per image (input or generated), as the source states it. */
  image?: number;
  /** USD per request. */
  request?: number;
  /** Every price the source publishes, each in its own unit (tokens, images, requests...). */
  units?: UnitPrice[];
}

/** What one price buys. Token prices are per 1M tokens; the rest per item as sold. */
export type PricePer =
  | '1M input tokens'
  | '1M output tokens'
  | '1M cache-read tokens'
  | '1M cache-write tokens'
  | '1M cache-write tokens (1h)'
  | '1M reasoning tokens'
  | '1M image tokens'
  | '1M image output tokens'
  | '1M audio tokens'
  | '1M audio output tokens'
  | '1M audio cache tokens'
  | 'image'
  | 'megapixel'
  | 'second'
  | 'minute'
  | '1K characters'
  | 'request'
  | 'web search';

export interface UnitPrice {
  usd: number;
  per: PricePer;
  /** When the price applies, if not always ("prompts over 128K tokens"). */
  when?: string;
}

export interface Benchmarks {
  intelligence?: number;
  coding?: number;
  agentic?: number;
  /** Elo in the public arena that fits the model's kind (Design Arena "image", "text-to-speech"). */
  arenaElo?: number;
  arenaCategory?: string;
}

export interface HubStats {
  downloads?: number;
  likes?: number;
  license?: string;
  pipelineTag?: string;
  gated?: boolean;
  parameters?: number;
  libraryName?: string;
  createdAt?: string;
  lastModified?: string;
  /** Inference providers that serve the repo, as the Hub lists them. */
  inferenceProviders?: string[];
}

export interface SourceModel {
  source: SourceName;
  /** Who serves it: a models.dev provider id, 'openrouter', or 'huggingface'. */
  provider: string;
  /** The id in that source (models.dev ids are prefixed `provider/`). */
  sourceId: string;
  /** Further ids in that source that name the same model (variants, aliases, snapshots). */
  otherIds: string[];
  name: string;
  /** Maker slug as the source gives it (e.g. `anthropic`, `meta-llama`), if any. */
  author?: string;
  authorName?: string;
  family?: string;
  type: ModelType;
  description?: string;
  prices?: Prices;
  /** True when the source lists the model (or a variant) at no cost. */
  freeVariant?: boolean;
  contextWindow?: number;
  maxOutput?: number;
  inputModalities: string[];
  outputModalities: string[];
  capabilities: Partial<Record<Capability, boolean>>;
  releaseDate?: string;
  knowledgeCutoff?: string;
  deprecated?: boolean;
  expiresAt?: string;
  huggingFaceId?: string;
  benchmarks?: Benchmarks;
  hub?: HubStats;
  fetchedAt: string;
}

/** A count or size a source may give as 0, null or garbage when it means "unknown". */
export function positive(value: number | null | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

export function typeFromModalities(output: readonly string[], input: readonly string[] = []): ModelType {
  // Audio in, text out and nothing else in: a speech-to-text model (Whisper), not a chat model.
  if (output.length === 1 && output[0] === 'text' && input.length > 0 && input.every((m) => m === 'audio')) {
    return 'transcription';
  }
  if (output.includes('text')) return 'text';
  if (output.includes('embeddings') || output.includes('embedding')) return 'embedding';
  if (output.includes('rerank')) return 'rerank';
  if (output.includes('transcription')) return 'transcription';
  if (output.includes('speech')) return 'speech';
  if (output.includes('video')) return 'video';
  if (output.includes('image')) return 'image';
  if (output.includes('audio')) return 'audio';
  return 'text';
}
