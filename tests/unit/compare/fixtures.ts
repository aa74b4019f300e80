import type { Catalogue, CatalogueModel, Field, Rank } from '@/lib/catalogue/catalogue';

/** Hand-made catalogue records in the merged shape, just enough for the comparison rules. */

export const NOW = new Date('2026-03-10T12:00:00Z');

export const SOURCES: Catalogue['sources'] = {
  openrouter: { fetchedAt: '2026-03-10T06:00:00Z', total: 500, kept: 500, dropped: 0 },
  'models.dev': { fetchedAt: '2026-03-07T06:00:00Z', total: 5000, kept: 5000, dropped: 0 },
  huggingface: { fetchedAt: '2026-01-05T06:00:00Z', total: 50, kept: 50, dropped: 0 },
};

export const MONTHLY_VOLUME = { inputTokens: 10_000_000, outputTokens: 2_000_000 };

export function figure<T>(value: T, source = 'openrouter', others?: Field<T>['others']): Field<T> {
  return others ? { value, source, others } : { value, source };
}

export function rank(score: number, overrides: Partial<Rank> = {}): Rank {
  return {
    score,
    position: 10,
    of: 1441,
    subScores: { quality: score, adoption: score, ecosystem: score, value: score, freshness: score },
    qualityEstimated: false,
    ...overrides,
  };
}

export function catalogueModel(overrides: Partial<CatalogueModel> & { id: string; name: string }): CatalogueModel {
  return {
    author: overrides.id.slice(0, overrides.id.indexOf('/')),
    type: 'text',
    ids: { openrouter: [overrides.id], modelsDev: [] },
    names: [overrides.name],
    price: {},
    modalities: { input: ['text'], output: ['text'] },
    capabilities: {},
    providers: ['openrouter'],
    rank: rank(50),
    ...overrides,
  };
}

/** Claude Sonnet 4 as the sources describe it: $3 / $15, 200K context (the maker says 1M in beta). */
export const SONNET = catalogueModel({
  id: 'anthropic/claude-sonnet-4',
  name: 'Claude Sonnet 4',
  authorName: 'Anthropic',
  price: { input: figure(3), output: figure(15), cacheRead: figure(0.3) },
  contextWindow: figure(200_000, 'openrouter', [{ value: 1_000_000, source: 'models.dev/anthropic' }]),
  maxOutput: figure(64_000, 'models.dev/anthropic'),
  modalities: { input: ['text', 'image', 'file'], output: ['text'] },
  capabilities: {
    tools: 'openrouter',
    reasoning: 'openrouter',
    vision: 'openrouter',
    attachments: 'openrouter',
    promptCaching: 'openrouter',
  },
  releaseDate: figure('2025-05-22', 'models.dev/anthropic'),
  knowledgeCutoff: figure('2025-03-31', 'models.dev/anthropic'),
  providers: ['amazon-bedrock', 'anthropic', 'google-vertex', 'openrouter'],
  rank: rank(72, { position: 12 }),
});

/** GPT-4o mini: $0.15 / $0.60, 128K context, a free variant somewhere. */
export const MINI = catalogueModel({
  id: 'openai/gpt-4o-mini',
  name: 'GPT-4o mini',
  authorName: 'OpenAI',
  price: { input: figure(0.15), output: figure(0.6) },
  free: { value: true, source: 'openrouter' },
  contextWindow: figure(128_000),
  maxOutput: figure(16_384),
  modalities: { input: ['text', 'image'], output: ['text'] },
  capabilities: { tools: 'openrouter', structuredOutput: 'openrouter', vision: 'openrouter' },
  releaseDate: figure('2024-07-18', 'models.dev/openai'),
  providers: ['azure', 'openai', 'openrouter'],
  rank: rank(58, { position: 40, qualityEstimated: true }),
});

/** An open-weights model served at no cost, with Hugging Face figures. */
export const LLAMA = catalogueModel({
  id: 'meta-llama/llama-3.1-8b-instruct',
  name: 'Llama 3.1 8B Instruct',
  authorName: 'Meta',
  price: { input: figure(0), output: figure(0) },
  free: { value: true, source: 'openrouter' },
  contextWindow: figure(131_072),
  capabilities: { tools: 'openrouter', openWeights: 'huggingface' },
  releaseDate: figure('2024-07', 'models.dev/groq'),
  providers: ['groq', 'openrouter'],
  hub: { value: { downloads: 5_234_567, likes: 4_321, license: 'llama3.1' }, source: 'huggingface' },
  deprecated: { value: true, source: 'models.dev/groq' },
  rank: rank(58, { position: 41 }),
});

/** An image model sold per image token, with a 4,096-token prompt limit, ranked among image models. */
export const FLUX = catalogueModel({
  id: 'black-forest-labs/flux.1-dev',
  name: 'FLUX.1 [dev]',
  authorName: 'Black Forest Labs',
  type: 'image',
  price: { units: [{ usd: 7.32421875, per: '1M image output tokens', source: 'openrouter' }] },
  contextWindow: figure(4_096, 'models.dev/nvidia'),
  modalities: { input: ['text'], output: ['image'] },
  releaseDate: figure('2024-08-01', 'models.dev/nvidia'),
  providers: ['nvidia', 'openrouter'],
  rank: rank(45, { position: 7, of: 70, among: 'image', subScores: { quality: null, adoption: 40, ecosystem: null, value: null, freshness: 50 } }),
});
