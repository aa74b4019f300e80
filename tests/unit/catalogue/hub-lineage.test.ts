import { describe, expect, it } from 'vitest';
import { readLineage, resolveLineage, type HubLineage, type LineageSource } from '@/lib/catalogue/hub-lineage';

const CATALOGUE_REPOS: Record<string, string> = { 'qwen/qwen3.6-27b': 'qwen/qwen3.6-27b', 'deepseek-ai/deepseek-v4-flash': 'deepseek/deepseek-v4-flash' };

function lookupsFor(items: LineageSource[]) {
  const lineages = new Map<string, HubLineage>(items.map((item) => [item.id.toLowerCase(), readLineage(item)]));
  return {
    lineageOf: (repo: string) => lineages.get(repo.toLowerCase()),
    modelOf: (repo: string) => CATALOGUE_REPOS[repo.toLowerCase()],
  };
}

describe('Hub lineage from tags and card data', () => {
  it('reads the relation and base from base_model tags', () => {
    const lineage = readLineage({ id: 'unsloth/Qwen3.6-27B-GGUF', tags: ['gguf', 'base_model:Qwen/Qwen3.6-27B', 'base_model:quantized:Qwen/Qwen3.6-27B'] });
    expect(lineage).toEqual({ relation: 'quantized', bases: ['Qwen/Qwen3.6-27B'] });
    expect(readLineage({ id: 'a/lora', tags: ['base_model:adapter:Qwen/Qwen3.6-27B'] }).relation).toBe('adapter');
    expect(readLineage({ id: 'a/merged', tags: ['base_model:merge:x/one', 'base_model:merge:y/two'] })).toEqual({ relation: 'merge', bases: ['x/one', 'y/two'] });
  });

  it('takes a base from cardData.base_model when the tags state none, as the Hub files it: a fine-tune', () => {
    expect(readLineage({ id: 'a/b', cardData: { base_model: 'meta-llama/Llama-3.1-8B' } })).toEqual({ relation: 'finetune', bases: ['meta-llama/Llama-3.1-8B'] });
    expect(readLineage({ id: 'a/b', cardData: { base_model: ['x/one', 'y/two'] } }).relation).toBe('merge');
  });

  it('calls a repo without any base its own model, whatever its name says', () => {
    expect(readLineage({ id: 'someone/DeepSeek-V4-Flash-GGUF', tags: ['gguf'] })).toEqual({ relation: 'self', bases: [] });
    expect(readLineage({ id: 'x/y' })).toEqual({ relation: 'self', bases: [] });
  });

  it('drops hostile or malformed base values with a note, never a link', () => {
    const lineage = readLineage({
      id: 'evil/repo',
      tags: ['base_model:finetune:<img src=x onerror=alert(1)>', 'base_model:quantized:../../etc/passwd', 42, 'base_model:finetune:evil/repo'],
      cardData: { base_model: { $ne: 1 } },
    });
    expect(lineage.relation).toBe('self');
    expect(lineage.bases).toEqual([]);
    expect(lineage.note).toBe('ignored 2 base model values that are not a repo id; names itself as its base');
    expect(readLineage({ id: 'a/b', tags: 'not a list', cardData: 'nope' })).toEqual({ relation: 'self', bases: [] });
  });
});

describe('resolving a repo through its lineage', () => {
  it('gives a quantization its base model: the same weights', () => {
    const lookups = lookupsFor([{ id: 'unsloth/Qwen3.6-27B-GGUF', tags: ['base_model:quantized:Qwen/Qwen3.6-27B'] }]);
    expect(resolveLineage('unsloth/Qwen3.6-27B-GGUF', lookups)).toEqual({
      repo: 'unsloth/Qwen3.6-27B-GGUF',
      relation: 'quantized',
      base: 'Qwen/Qwen3.6-27B',
      model: 'qwen/qwen3.6-27b',
      baseModel: 'qwen/qwen3.6-27b',
      path: ['Qwen/Qwen3.6-27B'],
    });
  });

  it('makes a fine-tune its own model based on the base, even when its name reads as another model', () => {
    const lookups = lookupsFor([
      { id: 'someone/Qwen3.5-9B-DeepSeek-V4-Flash-GGUF', tags: ['base_model:quantized:someone/Qwen3.5-9B-DeepSeek-V4-Flash'] },
      { id: 'someone/Qwen3.5-9B-DeepSeek-V4-Flash', tags: ['base_model:finetune:Qwen/Qwen3.6-27B'] },
    ]);
    const finetune = resolveLineage('someone/Qwen3.5-9B-DeepSeek-V4-Flash', lookups);
    expect(finetune).toMatchObject({ relation: 'finetune', model: null, baseModel: 'qwen/qwen3.6-27b' });
    // A quantization of that fine-tune is the fine-tune's weights, not Qwen's: no model's card, but its lineage.
    const quant = resolveLineage('someone/Qwen3.5-9B-DeepSeek-V4-Flash-GGUF', lookups);
    expect(quant).toMatchObject({ relation: 'quantized', model: null, baseModel: 'qwen/qwen3.6-27b', path: ['someone/Qwen3.5-9B-DeepSeek-V4-Flash', 'Qwen/Qwen3.6-27B'] });
  });

  it('follows quantizations of quantizations to the model, up to three hops', () => {
    const lookups = lookupsFor([
      { id: 'a/q1', tags: ['base_model:quantized:b/q2'] },
      { id: 'b/q2', tags: ['base_model:quantized:Qwen/Qwen3.6-27B'] },
      { id: 'c/deep', tags: ['base_model:quantized:d/1'] },
      { id: 'd/1', tags: ['base_model:quantized:d/2'] },
      { id: 'd/2', tags: ['base_model:quantized:d/3'] },
      { id: 'd/3', tags: ['base_model:quantized:Qwen/Qwen3.6-27B'] },
    ]);
    expect(resolveLineage('a/q1', lookups)).toMatchObject({ model: 'qwen/qwen3.6-27b', path: ['b/q2', 'Qwen/Qwen3.6-27B'] });
    expect(resolveLineage('c/deep', lookups)).toMatchObject({ model: null, baseModel: null, note: 'its lineage goes deeper than 3 hops' });
  });

  it('stops at a base_model cycle with a clear note', () => {
    const lookups = lookupsFor([
      { id: 'a/one', tags: ['base_model:finetune:b/two'] },
      { id: 'b/two', tags: ['base_model:finetune:a/one'] },
    ]);
    expect(resolveLineage('a/one', lookups)).toMatchObject({ relation: 'finetune', base: 'b/two', model: null, baseModel: null, note: 'its base models form a cycle (b/two → a/one)' });
  });

  it('resolves an unknown or private base to no model, keeping the base repo', () => {
    const lookups = lookupsFor([{ id: 'a/tuned', tags: ['base_model:finetune:private-org/secret-base'] }]);
    expect(resolveLineage('a/tuned', lookups)).toEqual({ repo: 'a/tuned', relation: 'finetune', base: 'private-org/secret-base', model: null, baseModel: null, path: ['private-org/secret-base'] });
    // A repo with no Hub record at all resolves only by the catalogue's own repo ids.
    expect(resolveLineage('Qwen/Qwen3.6-27B', lookups)).toMatchObject({ relation: 'self', model: 'qwen/qwen3.6-27b' });
  });
});
