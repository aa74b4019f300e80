import { describe, expect, it } from 'vitest';
import { mergeSources } from '@/lib/catalogue/merge';
import { parseHuggingFaceModel } from '@/lib/catalogue/sources/hugging-face';
import { parseModelsDev } from '@/lib/catalogue/sources/models-dev';
import { parseOpenRouter } from '@/lib/catalogue/sources/openrouter';
import hfModel from '../../fixtures/hf-model.json';
import modelsDev from '../../fixtures/models-dev-api.json';
import openrouter from '../../fixtures/openrouter-models.json';

const records = [
  ...parseOpenRouter(openrouter, '2026-08-19T00:00:00.000Z').models,
  ...parseModelsDev(modelsDev, '2026-07-01T00:00:00.000Z').models,
  parseHuggingFaceModel(hfModel, '2026-08-20T00:00:00.000Z'),
];
const merged = mergeSources(records);
const byId = (id: string) => merged.find((m) => m.id === id);

describe('mergeSources', () => {
  it('makes one record of a model that OpenRouter and several providers list', () => {
    const sonnet = byId('anthropic/claude-sonnet-4')!;
    expect(sonnet.name).toBe('Claude Sonnet 4');
    expect(sonnet.providers).toEqual(['amazon-bedrock', 'anthropic', 'openrouter']);
    expect(sonnet.ids.openrouter).toEqual(
      expect.arrayContaining(['anthropic/claude-sonnet-4', 'anthropic/claude-sonnet-4:batch', '~anthropic/claude-sonnet-latest']),
    );
    expect(sonnet.ids.modelsDev).toEqual([
      'anthropic/claude-sonnet-4-20250514',
      'amazon-bedrock/anthropic.claude-sonnet-4-20250514-v1:0',
    ]);
    expect(merged.filter((m) => m.name === 'Claude Sonnet 4')).toHaveLength(1);
  });

  it("keeps each figure with its source, the maker's own entry first, then OpenRouter", () => {
    const sonnet = byId('anthropic/claude-sonnet-4')!;
    expect(sonnet.price.input).toEqual({ value: 3, source: 'models.dev/anthropic' });
    expect(sonnet.releaseDate).toEqual({ value: '2025-05-22', source: 'models.dev/anthropic' });
    expect(sonnet.capabilities.tools).toBe('models.dev/anthropic');
  });

  it('keeps both values where trusted sources disagree', () => {
    const cutoff = byId('anthropic/claude-sonnet-4')!.knowledgeCutoff!;
    expect(cutoff.value).toBe('2025-03-31');
    expect(cutoff.others).toEqual([{ value: '2025-03-01', source: 'openrouter' }]);
  });

  it('reports the spread of list prices across providers', () => {
    expect(byId('anthropic/claude-sonnet-4')!.priceRange).toEqual({ input: [3, 3.3], output: [15, 16.5], quotes: 3 });
  });

  it('joins a Hugging Face repo id to the OpenRouter model and adds Hub figures', () => {
    const llama = byId('meta-llama/llama-3.1-8b-instruct')!;
    expect(llama.ids.huggingFace).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(llama.hub?.value).toMatchObject({ downloads: 5123456, likes: 4321, license: 'llama3.1' });
    expect(llama.capabilities.openWeights).toBe('models.dev/deepinfra');
    expect(llama.free).toEqual({ value: true, source: 'openrouter' });
    expect(llama.providers).toEqual(['deepinfra', 'openrouter']);
  });

  it('finds a renamed Hub repo, but never joins a base model to its instruct build', () => {
    const renamed = mergeSources([
      ...parseOpenRouter({ data: [{ id: 'meta-llama/llama-3.1-8b-instruct', name: 'Meta: Llama 3.1 8B Instruct', hugging_face_id: 'meta-llama/Meta-Llama-3.1-8B-Instruct' }] }, 'x').models,
      { ...parseHuggingFaceModel(hfModel, 'x'), sourceId: 'meta-llama/Llama-3.1-8B', huggingFaceId: 'meta-llama/Llama-3.1-8B' },
      parseHuggingFaceModel(hfModel, 'x'),
    ]);
    expect(renamed).toHaveLength(1);
    expect(renamed[0]!.ids.huggingFace).toBe('meta-llama/Llama-3.1-8B-Instruct');
    const baseOnly = mergeSources([
      ...parseOpenRouter({ data: [{ id: 'meta-llama/llama-3.1-8b-instruct', name: 'Meta: Llama 3.1 8B Instruct', hugging_face_id: 'meta-llama/Meta-Llama-3.1-8B-Instruct' }] }, 'x').models,
      { ...parseHuggingFaceModel(hfModel, 'x'), sourceId: 'meta-llama/Llama-3.1-8B', huggingFaceId: 'meta-llama/Llama-3.1-8B' },
    ]);
    expect(baseOnly[0]!.hub).toBeUndefined();
  });

  it('does not merge a differently named build (an "Instant" variant) into the model', () => {
    expect(byId('meta-llama/llama-3.1-8b-instruct')!.ids.modelsDev).not.toContain('groq/llama-3.1-8b-instant');
  });

  it('gives a model only on models.dev a maker/slug id', () => {
    expect(byId('anthropic/claude-3-5-haiku-20241022')?.deprecated).toEqual({ value: true, source: 'models.dev/anthropic' });
    expect(byId('deepinfra/mystery-model')).toBeDefined();
  });

  it('never joins two OpenRouter models, even through a shared name', () => {
    const clash = mergeSources(
      parseOpenRouter(
        {
          data: [
            { id: 'a/model-x', name: 'A: Model X' },
            { id: 'b/model-x', name: 'B: Model X' },
          ],
        },
        'x',
      ).models,
    );
    expect(clash.map((m) => m.id)).toEqual(['a/model-x', 'b/model-x']);
  });

  it('does not let a moving "-latest" id chain two models together', () => {
    const md = parseModelsDev(
      {
        p1: { models: { 'mistral-medium-latest': { id: 'mistral-medium-latest', name: 'Mistral Medium 3.1' } } },
        p2: { models: { 'mistral-medium-latest': { id: 'mistral-medium-latest', name: 'Mistral Medium 3.5' } } },
      },
      'x',
    ).models;
    expect(mergeSources(md)).toHaveLength(2);
  });

  it('joins the copies of a "-latest" id that names one model, whatever each host calls it', () => {
    const merged = mergeSources(
      modelsDevListings({
        '302ai': [['chatgpt-4o-latest', 'chatgpt-4o-latest']],
        helicone: [['chatgpt-4o-latest', 'OpenAI ChatGPT-4o']],
        poe: [['openai/chatgpt-4o-latest', 'ChatGPT-4o-Latest']],
        mistral: [['devstral-medium-latest', 'Devstral 2']],
        gateway: [['mistral/devstral-medium-latest', 'Devstral 2']],
      }),
    );
    expect(merged.map((m) => m.ids.modelsDev.length).sort()).toEqual([2, 3]);
  });

  describe('two dated releases of one model', () => {
    const sonnet = mergeSources(
      modelsDevListings({
        anthropic: [
          ['claude-3-5-sonnet-20240620', 'Claude Sonnet 3.5'],
          ['claude-3-5-sonnet-20241022', 'Claude Sonnet 3.5 v2'],
          ['claude-sonnet-4-5-20250929', 'Claude Sonnet 4.5'],
          ['claude-sonnet-4-5', 'Claude Sonnet 4.5 (latest)'],
        ],
        'amazon-bedrock': [['anthropic.claude-3-5-sonnet-20241022-v2:0', 'Claude Sonnet 3.5 v2']],
        helicone: [['claude-3.5-sonnet-v2', 'Anthropic: Claude 3.5 Sonnet v2']],
        gateway: [['anthropic/claude-3.5-sonnet', 'Claude Sonnet 3.5 v2']],
        reseller: [['claude-3.5-sonnet', 'Claude 3.5 Sonnet']],
      }),
    );
    const entryOf = (id: string) => sonnet.find((m) => m.ids.modelsDev.includes(id))!;

    it('keeps apart what one provider lists apart, and joins each undated listing by its name', () => {
      const june = entryOf('anthropic/claude-3-5-sonnet-20240620');
      const october = entryOf('anthropic/claude-3-5-sonnet-20241022');
      expect(june.ids.modelsDev.sort()).toEqual(['anthropic/claude-3-5-sonnet-20240620', 'reseller/claude-3.5-sonnet']);
      expect(october.ids.modelsDev.sort()).toEqual([
        'amazon-bedrock/anthropic.claude-3-5-sonnet-20241022-v2:0',
        'anthropic/claude-3-5-sonnet-20241022',
        'gateway/anthropic/claude-3.5-sonnet',
        'helicone/claude-3.5-sonnet-v2',
      ]);
      expect([june.id, october.id]).toEqual(['anthropic/claude-3.5-sonnet', 'anthropic/claude-3.5-sonnet-v2']);
    });

    it('gives the plain id to the earlier release, whichever is listed first', () => {
      const reversed = mergeSources(
        modelsDevListings({
          gateway: [['anthropic/claude-3.5-sonnet', 'Claude Sonnet 3.5 v2', '2024-10-22']],
          anthropic: [
            ['claude-3-5-sonnet-20241022', 'Claude Sonnet 3.5 v2', '2024-10-22'],
            ['claude-3-5-sonnet-20240620', 'Claude Sonnet 3.5', '2024-06-20'],
          ],
          reseller: [['claude-3.5-sonnet', 'Claude 3.5 Sonnet', '2024-06-20']],
        }),
      );
      const idOf = (modelsDevId: string) => reversed.find((m) => m.ids.modelsDev.includes(modelsDevId))!.id;
      expect(idOf('anthropic/claude-3-5-sonnet-20240620')).toBe('anthropic/claude-3.5-sonnet');
      expect(idOf('anthropic/claude-3-5-sonnet-20241022')).toBe('anthropic/claude-3-5-sonnet-20241022');
    });

    it('still folds a dated id into its undated alias where the provider lists one date', () => {
      expect(entryOf('anthropic/claude-sonnet-4-5').ids.modelsDev).toContain('anthropic/claude-sonnet-4-5-20250929');
    });

    it('files a dated name under the OpenRouter model named with that date', () => {
      const kimi = mergeSources([
        ...parseOpenRouter(
          { data: [{ id: 'moonshotai/kimi-k2', name: 'MoonshotAI: Kimi K2 0711' }, { id: 'moonshotai/kimi-k2-0905', name: 'MoonshotAI: Kimi K2 0905' }] },
          'x',
        ).models,
        ...modelsDevListings({
          moonshotai: [['kimi-k2-0711-preview', 'Kimi K2 0711'], ['kimi-k2-0905-preview', 'Kimi K2 0905']],
          helicone: [['kimi-k2-0711', 'Kimi K2 (07/11)'], ['kimi-k2-0905', 'Kimi K2 (09/05)']],
        }),
      ]);
      const byOpenRouterId = (id: string) => kimi.find((m) => m.id === id)!.ids.modelsDev.sort();
      expect(byOpenRouterId('moonshotai/kimi-k2')).toEqual(['helicone/kimi-k2-0711', 'moonshotai/kimi-k2-0711-preview']);
      expect(byOpenRouterId('moonshotai/kimi-k2-0905')).toEqual(['helicone/kimi-k2-0905', 'moonshotai/kimi-k2-0905-preview']);
    });

    it('keeps a plain model apart from its instruct build and from dates its provider lists apart', () => {
      const turbo = mergeSources([
        ...parseOpenRouter(
          { data: [{ id: 'openai/gpt-3.5-turbo-instruct', name: 'OpenAI: GPT-3.5 Turbo Instruct' }, { id: 'openai/gpt-3.5-turbo', name: 'OpenAI: GPT-3.5 Turbo' }] },
          'x',
        ).models,
        ...modelsDevListings({
          host: [['gpt-3.5-turbo', 'GPT-3.5 Turbo'], ['gpt-3.5-turbo-instruct', 'GPT-3.5 Turbo Instruct']],
          azure: [['gpt-3.5-turbo-0125', 'GPT-3.5 Turbo 0125'], ['gpt-3.5-turbo-0613', 'GPT-3.5 Turbo 0613']],
        }),
      ]);
      const entry = (id: string) => turbo.find((m) => m.id === id)!.ids.modelsDev;
      expect(entry('openai/gpt-3.5-turbo')).toEqual(['host/gpt-3.5-turbo']);
      expect(entry('openai/gpt-3.5-turbo-instruct')).toEqual(['host/gpt-3.5-turbo-instruct']);
      expect(turbo.filter((m) => m.ids.modelsDev.some((id) => id.startsWith('azure/')))).toHaveLength(2);
    });
  });
});

/** models.dev listings from `{ provider: [[id, name, release date?], …] }`. */
function modelsDevListings(listings: Record<string, [string, string, string?][]>) {
  const json = Object.fromEntries(
    Object.entries(listings).map(([provider, models]) => [
      provider,
      { models: Object.fromEntries(models.map(([id, name, date]) => [id, { id, name, ...(date ? { release_date: date } : {}) }])) },
    ]),
  );
  return parseModelsDev(json, 'x').models;
}
