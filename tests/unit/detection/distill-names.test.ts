import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('deepseek/deepseek-r1', 'DeepSeek: R1', { authorName: 'DeepSeek', position: 20 }),
  model('deepseek/deepseek-r1-distill-qwen-32b', 'DeepSeek: R1 Distill Qwen 32B', { authorName: 'DeepSeek', position: 60 }),
  model('deepseek/deepseek-r1-distill-llama-70b', 'DeepSeek: R1 Distill Llama 70B', { authorName: 'DeepSeek', position: 61 }),
  model('qwen/qwen-2.5-32b-instruct', 'Qwen2.5 32B Instruct', { authorName: 'Qwen', position: 70 }),
];
const found = finderFor(MODELS);

describe('a distill named without "Distill"', () => {
  it('reads the teacher run into the student as the distill', () => {
    // An issue title of a serving engine's tracker.
    expect(found('deepseek-r1-qwen-32B stuck when python -m sglang.launch_server')).toEqual([
      ['deepseek-r1-qwen-32B', 'deepseek/deepseek-r1-distill-qwen-32b'],
    ]);
    expect(found('We swapped DeepSeek R1 Llama 70B in for the full model.')).toEqual([
      ['DeepSeek R1 Llama 70B', 'deepseek/deepseek-r1-distill-llama-70b'],
    ]);
    expect(found('DeepSeek-R1-Distill-Qwen-32B')).toEqual([['DeepSeek-R1-Distill-Qwen-32B', 'deepseek/deepseek-r1-distill-qwen-32b']]);
  });

  it('leaves the teacher and a base model written apart as two models', () => {
    expect(found('DeepSeek R1, then Qwen2.5 32B Instruct on the smaller box.')).toEqual([
      ['DeepSeek R1', 'deepseek/deepseek-r1'],
      ['Qwen2.5 32B Instruct', 'qwen/qwen-2.5-32b-instruct'],
    ]);
  });
});
