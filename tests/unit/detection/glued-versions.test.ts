import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('deepseek/deepseek-chat', 'DeepSeek V3', { authorName: 'DeepSeek' }),
  model('deepseek/deepseek-chat-v3.1', 'DeepSeek V3.1', { authorName: 'DeepSeek' }),
  model('deepseek/deepseek-r1', 'DeepSeek R1', { authorName: 'DeepSeek' }),
  model('minimax/minimax-m2', 'MiniMax M2', { authorName: 'MiniMax' }),
  model('perplexity/pplx-embed-v1-4b', 'Embed V1 4B', { authorName: 'Perplexity' }),
];
const found = finderFor(MODELS);

describe('a lettered version run into the brand', () => {
  it('reads the joined writing as the model the spaced one names', () => {
    // Issue titles of a serving engine's tracker.
    expect(found('hangs at 100% when i start deepseekv3.1 on 8xH20')).toEqual([['deepseekv3.1', 'deepseek/deepseek-chat-v3.1']]);
    expect(found('How to serve deepseekV3 by sglangv0.4.1')).toEqual([['deepseekV3', 'deepseek/deepseek-chat']]);
    expect(found('DeepSeekR1 thinks for ages; MiniMaxM2 answers first.')).toEqual([
      ['DeepSeekR1', 'deepseek/deepseek-r1'],
      ['MiniMaxM2', 'minimax/minimax-m2'],
    ]);
  });

  it('joins only the letter right after the brand the id starts with', () => {
    // "Embed" is a product word of "pplx-embed-v1-4b", not its brand.
    expect(found('EmbedV1 4B')).toEqual([]);
    expect(found('Embed V1 4B')).toEqual([['Embed V1 4B', 'perplexity/pplx-embed-v1-4b']]);
  });
});
