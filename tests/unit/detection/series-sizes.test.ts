import { describe, expect, it } from 'vitest';
import type { IndexableModel } from '@/lib/detection/alias-index';
import { finderFor, model } from './models';

/** A model one reseller lists, as models.dev has them. */
function resold(id: string, name: string): IndexableModel {
  return { ...model(id, name, { providers: 1 }), ids: { openrouter: [], modelsDev: [`alibaba-cn/${id.slice(id.indexOf('/') + 1)}`] } };
}

const MODELS = [
  model('deepseek/deepseek-r1-distill-qwen-14b', 'DeepSeek R1 Distill Qwen 14B', { authorName: 'DeepSeek' }),
  model('deepseek/deepseek-r1-distill-qwen-32b', 'DeepSeek R1 Distill Qwen 32B', { authorName: 'DeepSeek' }),
  resold('deepseek/deepseek-r1-distill-qwen-7b', 'DeepSeek R1 Distill Qwen 7B'),
  model('qwen/qwen3-coder-30b-a3b-instruct', 'Qwen3 Coder 30B A3B Instruct', { authorName: 'Qwen' }),
  model('qwen/qwen3-coder', 'Qwen3 Coder 480B', { authorName: 'Qwen' }),
  // A shortened listing of the 30B-A3B model, by one reseller.
  resold('qwen/qwen3-coder-30b', 'Qwen3 Coder 30B'),
];
const found = finderFor(MODELS);

describe('other sizes of a known series', () => {
  it('finds a size one reseller lists of a series others serve', () => {
    // The DeepSeek-R1 model card's distilled-model table.
    expect(found('| DeepSeek-R1-Distill-Qwen-7B | 55.5 | 83.3 |')).toEqual([['DeepSeek-R1-Distill-Qwen-7B', 'deepseek/deepseek-r1-distill-qwen-7b']]);
  });

  it('leaves out a shortened listing of a model the catalogue knows by a longer id', () => {
    const targets = found('Qwen3 Coder 30B runs in 24 GB; lmstudio lists qwen/qwen3-coder-30b.').map(([, target]) => target);
    expect(targets).not.toContain('qwen/qwen3-coder-30b');
  });
});
