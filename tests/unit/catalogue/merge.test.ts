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
});
