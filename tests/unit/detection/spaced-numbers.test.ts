import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('mistralai/mistral-medium-3', 'Mistral Medium 3', { authorName: 'Mistral' }),
  model('mistralai/mistral-medium-3.1', 'Mistral Medium 3.1', { authorName: 'Mistral', names: ['mistral-medium'] }),
  model('mistralai/mistral-large', 'Mistral Large', { authorName: 'Mistral', names: ['Mistral Large 2'] }),
  model('google/gemini-2.0-pro-exp-02-05', 'Gemini 2.0 Pro 0205', { authorName: 'Google' }),
  model('openai/gpt-5', 'GPT-5', { authorName: 'OpenAI' }),
];
const found = finderFor(MODELS);

// A leaderboard's rows as the page's text reads them: medal, name, then score, interval and votes run together.
describe('numbers run into a name from the next table cells', () => {
  it('cuts a version off a row of scores after a space', () => {
    expect(found('AnthropicProprietary 🥈 Mistral Medium 313691388120218439MistralProprietary')).toEqual([
      ['Mistral Medium 3', 'mistralai/mistral-medium-3'],
    ]);
  });

  it('cuts a two-digit date part off the score after a hyphen', () => {
    expect(found('GoogleProprietary 🥈 Gemini-2.0-Pro-Exp-02-0513971396123920120GoogleProprietary')).toEqual([
      ['Gemini-2.0-Pro-Exp-02-05', 'google/gemini-2.0-pro-exp-02-05'],
    ]);
  });

  it('cuts a version off the release date run into it', () => {
    // A model page's variants table as its text reads: variant, release date, price, modality.
    expect(found('VariantReleasedPricing (input / output per 1M)Multimodal\nMistral Medium 32025-05-07$0.40 / $2.00Vision + text\nMistral Medium 3.12026-04-15$0.40 / $2.00Vision + text, improved')).toEqual([
      ['Mistral Medium 3', 'mistralai/mistral-medium-3'],
      ['Mistral Medium 3.1', 'mistralai/mistral-medium-3.1'],
    ]);
    // After a number, the digits are a cell of their own (a rank between name and date).
    expect(found('GPT-5 12025-08-07')).toEqual([['GPT-5', 'openai/gpt-5']]);
  });

  it('leaves a number written after a space, a date included, a number of its own', () => {
    expect(found('GPT-5 128000 tokens; Mistral Large 20240724 was the July build')).toEqual([
      ['GPT-5', 'openai/gpt-5'],
      ['Mistral Large', 'mistralai/mistral-large'],
    ]);
  });
});
