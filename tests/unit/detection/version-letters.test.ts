import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('deepseek/deepseek-chat-v3.1', 'DeepSeek V3.1', { authorName: 'DeepSeek' }),
  model('deepseek/deepseek-v3.2', 'DeepSeek V3.2', { authorName: 'DeepSeek' }),
  model('recraft/recraft-v3', 'Recraft V3', { authorName: 'Recraft' }),
  model('nvidia/nemotron-nano-9b-v2', 'Nemotron Nano 9B V2', { authorName: 'NVIDIA' }),
  model('perplexity/pplx-embed-v1-4b', 'Embed V1 4B', { authorName: 'Perplexity' }),
];
const found = finderFor(MODELS);

describe('a version written without its "V"', () => {
  it('reads the brand and the bare version as the lettered model', () => {
    // Forum posts and a release-notes line.
    expect(found('Switched the agent from DeepSeek 3.1 to DeepSeek 3.2 and tool calls got cheaper.')).toEqual([
      ['DeepSeek 3.1', 'deepseek/deepseek-chat-v3.1'],
      ['DeepSeek 3.2', 'deepseek/deepseek-v3.2'],
    ]);
    expect(found('Logos came out cleanest with Recraft 3, text in images included.')).toEqual([['Recraft 3', 'recraft/recraft-v3']]);
  });

  it('drops no letter after a size or from a name that does not start with its brand', () => {
    expect(found('Nemotron Nano 9B 2 and Embed 1 4B are not names anyone writes.')).toEqual([]);
    expect(found('Nemotron Nano 9B V2 and Embed V1 4B')).toEqual([
      ['Nemotron Nano 9B V2', 'nvidia/nemotron-nano-9b-v2'],
      ['Embed V1 4B', 'perplexity/pplx-embed-v1-4b'],
    ]);
  });
});
