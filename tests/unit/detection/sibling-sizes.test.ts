import { describe, expect, it } from 'vitest';
import { siblingSizes } from '@/lib/detection/sibling-sizes';
import { finderFor, model } from './models';

const MODELS = [
  model('deepseek/deepseek-r1', 'R1', { authorName: 'DeepSeek', names: ['DeepSeek R1'] }),
  model('deepseek/deepseek-r1-distill-llama-70b', 'R1 Distill Llama 70B', { authorName: 'DeepSeek' }),
  model('deepseek/deepseek-r1-0528-qwen3-8b', 'R1 0528 Qwen3 8B', { authorName: 'DeepSeek' }),
  model('qwen/qwen3-coder', 'Qwen3 Coder 480B A35B', { authorName: 'Qwen' }),
  model('qwen/qwen3-coder-30b-a3b-instruct', 'Qwen3 Coder 30B A3B Instruct', { authorName: 'Qwen' }),
  model('microsoft/phi-4', 'Phi 4', { authorName: 'Microsoft' }),
];
const found = finderFor(MODELS);

describe('size tags that name a relative of the bare model', () => {
  it('reads an Ollama tag as the relative in the catalogue that has that size, not as the bare model', () => {
    // A throughput table from a local-runtime benchmark: both tags are smaller relatives.
    expect(found('| qwen3-coder:30b | MoE 30B/3B | 41.4 |\n| deepseek-r1:70b | Dense 70B | 2.5 |')).toEqual([
      ['qwen3-coder:30b', 'qwen/qwen3-coder-30b-a3b-instruct'],
      ['deepseek-r1:70b', 'deepseek/deepseek-r1-distill-llama-70b'],
    ]);
  });

  it('reads such a tag as nothing when two relatives have that size', () => {
    const twoRelatives = finderFor([...MODELS, model('deepseek/deepseek-r1-distill-qwen-70b', 'R1 Distill Qwen 70B', { authorName: 'DeepSeek' })]);
    expect(twoRelatives('ollama run deepseek-r1:70b')).toEqual([]);
  });

  it('still reads tags no relative claims, and the bare names', () => {
    expect(found('ollama pull phi4:14b\nollama pull qwen3-coder\nollama run deepseek-r1:671b')).toEqual([
      ['phi4:14b', 'microsoft/phi-4'],
      ['qwen3-coder', 'qwen/qwen3-coder'],
      ['deepseek-r1:671b', 'deepseek/deepseek-r1'],
    ]);
  });

  it('collects the sizes of ids that go on from an unsized name, across makers', () => {
    const sizes = siblingSizes([
      { id: 'deepseek/deepseek-r1' },
      { id: 'deepseek/deepseek-r1-distill-llama-70b' },
      { id: 'deepseek-ai/deepseek-r1-distill-qwen-1.5b' },
      { id: 'deepseek/deepseek-r1t-chimera' },
      { id: 'microsoft/phi-4' },
    ]);
    expect([...(sizes.get(0)?.keys() ?? [])].sort()).toEqual(['1.5b', '70b']);
    expect(sizes.get(0)?.get('70b')).toEqual([1]);
    expect(sizes.has(4)).toBe(false);
  });
});
