import { describe, expect, it } from 'vitest';
import { PayloadError } from '@/lib/catalogue/parse-items';
import { parseHubRecord, parseHuggingFaceList, parseHuggingFaceModel } from '@/lib/catalogue/sources/hugging-face';
import list from '../../fixtures/hf-list.json';
import model from '../../fixtures/hf-model.json';

describe('Hugging Face Hub parser', () => {
  it('reads downloads, likes, license, task, gating and size from /api/models/{id}', () => {
    const parsed = parseHuggingFaceModel(model, '2026-08-19T00:00:00.000Z');
    expect(parsed.huggingFaceId).toBe('meta-llama/Llama-3.1-8B-Instruct');
    expect(parsed.name).toBe('Llama-3.1-8B-Instruct');
    expect(parsed.hub).toEqual({
      downloads: 5123456,
      likes: 4321,
      license: 'llama3.1',
      pipelineTag: 'text-generation',
      gated: true,
      parameters: 8030261248,
      libraryName: 'transformers',
      createdAt: '2024-07-18',
    });
    expect(parsed.capabilities.openWeights).toBe(true);
    expect(parsed.releaseDate).toBe('2024-07-18');
  });

  it('reads a list item by item, taking the license from tags and the type from the task', () => {
    const { models, report } = parseHuggingFaceList(list, 'x');
    expect(models.map((m) => m.sourceId)).toEqual(['meta-llama/Llama-3.1-8B-Instruct', 'black-forest-labs/FLUX.1-dev']);
    expect(models[1]!.type).toBe('image');
    expect(models[1]!.hub?.license).toBe('other');
    expect(report).toMatchObject({ total: 4, kept: 2 });
    expect(report.dropped.map((d) => d.id)).toEqual(['not a repo id', '#3']);
  });

  it('reads a repo record with its lineage, last update and inference providers', () => {
    const record = parseHubRecord(
      {
        ...model,
        id: 'unsloth/Llama-3.1-8B-Instruct-GGUF',
        tags: ['gguf', 'base_model:quantized:meta-llama/Llama-3.1-8B-Instruct'],
        cardData: { license: 'llama3.1' },
        lastModified: '2026-04-30T10:00:00.000Z',
        inferenceProviderMapping: { 'hf-inference': { status: 'live' }, '<b>bad</b>\u202E': {} },
      },
      '2026-05-01T00:00:00.000Z',
    );
    expect(record.lineage).toEqual({ relation: 'quantized', bases: ['meta-llama/Llama-3.1-8B-Instruct'] });
    expect(record.stats).toMatchObject({ lastModified: '2026-04-30', inferenceProviders: ['hf-inference', '<b>bad</b>'] });
    expect(parseHubRecord({ ...model, inferenceProviderMapping: [{ provider: 'together' }, { provider: 'together' }] }, 'x').stats.inferenceProviders).toEqual(['together']);
    // The card data's base model, with no relation tag, is a fine-tune.
    expect(parseHubRecord(model, 'x').lineage).toEqual({ relation: 'finetune', bases: ['meta-llama/Llama-3.1-8B'] });
  });

  it('rejects what is not a model or a list', () => {
    expect(() => parseHuggingFaceModel({ error: 'Repository not found' }, 'x')).toThrow(PayloadError);
    expect(() => parseHuggingFaceList({ error: 'rate limited' }, 'x')).toThrow(/not a list/);
  });
});
