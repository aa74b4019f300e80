import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import type { Capability } from '@/lib/catalogue/source-model';
import { formatPerMillion, formatTokens } from './format';

/**
 * The concrete things a model can do, each read from catalogue fields. Only what the sources
 * carry: reasoning effort levels, embedding dimensions, fine-tuning and a batch API are not in
 * the catalogue, so no facet claims them.
 */
export interface Facet {
  key: string;
  /** The models that share it, as a plural noun phrase: "vision models". */
  group: string;
  /** How another facet reads after "the only one … that also": "searches the web". */
  also: string;
  applies(model: CatalogueModel): boolean;
  sentence(model: CatalogueModel): string;
}

const has = (model: CatalogueModel, capability: Capability) => model.capabilities[capability] !== undefined;
const reads = (model: CatalogueModel, modality: string) => model.modalities.input.includes(modality);
const writes = (model: CatalogueModel, modality: string) => model.modalities.output.includes(modality);

/** Context tiers as people speak of them. */
const CONTEXT_TIERS: readonly (readonly [number, string])[] = [
  [1_000_000, 'very long (1M tokens or more)'],
  [128_000, 'long (128K to 1M tokens)'],
  [32_000, 'standard (32K to 128K tokens)'],
  [0, 'short (under 32K tokens)'],
];

export function contextTier(tokens: number): string {
  return CONTEXT_TIERS.find(([floor]) => tokens >= floor)![1];
}

function withinContext(model: CatalogueModel): string {
  const context = model.contextWindow?.value;
  return context === undefined ? '' : ` within ${formatTokens(context)} tokens of context`;
}

export const FACETS: readonly Facet[] = [
  {
    key: 'text',
    group: 'text-writing models',
    also: 'writes text',
    applies: (m) => writes(m, 'text'),
    sentence: (m) => {
      const max = m.maxOutput?.value;
      return max === undefined ? 'Writes text (answer length limit not given)' : `Writes text, up to ${formatTokens(max)} tokens per answer`;
    },
  },
  {
    key: 'context',
    group: 'models with a known context size',
    also: 'has a known context size',
    applies: (m) => m.contextWindow !== undefined,
    sentence: (m) => `Holds ${formatTokens(m.contextWindow!.value)} tokens of context: a ${contextTier(m.contextWindow!.value)} window`,
  },
  {
    key: 'imageInput',
    group: 'vision models',
    also: 'reads images',
    applies: (m) => reads(m, 'image') || has(m, 'vision'),
    sentence: (m) => `Reads images${withinContext(m)}`,
  },
  {
    key: 'fileInput',
    group: 'models that read files',
    also: 'reads files and PDFs',
    applies: (m) => reads(m, 'file') || has(m, 'attachments'),
    sentence: (m) => `Reads files and PDFs${withinContext(m)}`,
  },
  {
    key: 'audioInput',
    group: 'models that hear audio',
    also: 'hears audio',
    applies: (m) => reads(m, 'audio'),
    sentence: (m) => `Hears audio${withinContext(m)}`,
  },
  {
    key: 'videoInput',
    group: 'models that watch video',
    also: 'watches video',
    applies: (m) => reads(m, 'video'),
    sentence: (m) => `Watches video${withinContext(m)}`,
  },
  {
    key: 'imageOutput',
    group: 'image generators',
    also: 'generates images',
    applies: (m) => writes(m, 'image'),
    sentence: (m) => (reads(m, 'image') ? 'Generates and edits images from text and images' : 'Generates images from text'),
  },
  {
    key: 'videoOutput',
    group: 'video generators',
    also: 'generates video',
    applies: (m) => writes(m, 'video'),
    sentence: () => 'Generates video',
  },
  {
    key: 'audioOutput',
    group: 'models that speak',
    also: 'speaks',
    applies: (m) => writes(m, 'audio') || writes(m, 'speech'),
    sentence: () => 'Speaks: answers with generated audio',
  },
  {
    key: 'transcription',
    group: 'transcription models',
    also: 'transcribes audio',
    applies: (m) => writes(m, 'transcription'),
    sentence: () => 'Transcribes speech to text',
  },
  {
    key: 'embeddings',
    group: 'embedding models',
    also: 'makes embeddings',
    applies: (m) => writes(m, 'embeddings') || writes(m, 'embedding'),
    sentence: () => 'Turns text into embedding vectors (the sources give no dimension count)',
  },
  {
    key: 'rerank',
    group: 'rerankers',
    also: 'reranks',
    applies: (m) => writes(m, 'rerank'),
    sentence: () => 'Reranks documents by relevance to a query',
  },
  {
    key: 'tools',
    group: 'tool-calling models',
    also: 'calls tools',
    applies: (m) => has(m, 'tools'),
    sentence: () => 'Calls tools: picks a function you define and fills in its arguments',
  },
  {
    key: 'structuredOutput',
    group: 'models with structured output',
    also: 'returns schema-shaped JSON',
    applies: (m) => has(m, 'structuredOutput'),
    sentence: () => 'Returns JSON that follows a schema you give',
  },
  {
    key: 'reasoning',
    group: 'reasoning models',
    also: 'reasons before answering',
    applies: (m) => has(m, 'reasoning'),
    sentence: () => 'Reasons step by step before it answers (effort levels not recorded)',
  },
  {
    key: 'promptCaching',
    group: 'models with prompt caching',
    also: 'caches prompts',
    applies: (m) => has(m, 'promptCaching'),
    sentence: (m) => {
      const cached = m.price.cacheRead?.value;
      const input = m.price.input?.value;
      if (cached === undefined || input === undefined) return 'Caches prompts (the cached price is not given)';
      const saving = input > 0 ? ` (${Math.round(100 * (1 - cached / input))}% less)` : '';
      return `Caches prompts: repeated input costs ${formatPerMillion(cached)} instead of ${formatPerMillion(input)} per 1M tokens${saving}`;
    },
  },
  {
    key: 'webSearch',
    group: 'models with web search',
    also: 'searches the web',
    applies: (m) => has(m, 'webSearch'),
    sentence: () => 'Searches the web while it answers',
  },
  {
    key: 'openWeights',
    group: 'open-weights models',
    also: 'has open weights',
    applies: (m) => has(m, 'openWeights'),
    sentence: (m) => {
      const license = m.hub?.value.license;
      return license ? `Open weights under the ${license} license: you can download and run it yourself` : 'Open weights: you can download and run it yourself (license not recorded)';
    },
  },
];

export function facetsOf(model: CatalogueModel): Facet[] {
  return FACETS.filter((facet) => facet.applies(model));
}
