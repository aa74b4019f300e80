import { describe, expect, it } from 'vitest';
import { buildDetectionIndex } from '@/lib/detection/alias-index';
import { finderFor, model } from './models';

const MODELS = [
  model('mistralai/mixtral-8x7b-instruct', 'Mixtral 8x7B Instruct', { authorName: 'Mistral', names: ['Mixtral 8x7B'] }),
  model('mistralai/mistral-small-24b', 'Mistral Small 24B', { authorName: 'Mistral' }),
  model('mistralai/mistral-large', 'Mistral Large', { authorName: 'Mistral' }),
  model('mistralai/mistral-medium-3', 'Mistral Medium 3', { authorName: 'Mistral' }),
  model('cognitivecomputations/dolphin-mistral-24b-venice-edition', 'Venice Uncensored', { authorName: 'Venice' }),
  model('moonshotai/kimi-k2', 'Kimi K2', { authorName: 'MoonshotAI', modelsDev: ['alibaba-cn/moonshot-kimi-k2-instruct'] }),
  model('moonshotai/kimi-k2-thinking', 'Kimi K2 Thinking', { authorName: 'MoonshotAI' }),
  model('moonshotai/kimi-k2.5', 'Kimi K2.5', { authorName: 'MoonshotAI' }),
];
const found = finderFor(MODELS);

describe('fine-tunes named after their base', () => {
  it('takes its lines from catalogue ids, leaving out makers’ own names', () => {
    expect(buildDetectionIndex(MODELS).fineTuneLines).toEqual(['dolphin']);
  });

  it('does not read the base model’s name after a fine-tune line as the base model', () => {
    // Dolphin model cards.
    expect(found('The Dolphin 2.6 Mixtral 8x7b model is a finetuned version of the Mixtral-8x7b')).toEqual([['Mixtral-8x7b', 'mistralai/mixtral-8x7b-instruct']]);
    expect(found("Dolphin Mixtral 8x7B is a de-aligned fine-tune of Mistral AI's Mixtral")).toEqual([]);
  });
});
