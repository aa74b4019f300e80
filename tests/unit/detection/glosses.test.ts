import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

// As OpenRouter lists Google's image models: a marketing name, the API name in brackets.
const MODELS = [
  model('google/gemini-3-pro-image', 'Nano Banana Pro (Gemini 3 Pro Image)', { authorName: 'Google', position: 30 }),
  model('google/gemini-3-pro-image-preview', 'Nano Banana Pro (Gemini 3 Pro Image Preview)', { authorName: 'Google', names: ['Nano Banana Pro'], position: 20 }),
  model('google/gemini-3.1-flash-image-preview', 'Nano Banana 2 (Gemini 3.1 Flash Image Preview)', { authorName: 'Google', names: ['Nano Banana 2'], position: 25 }),
  model('google/gemini-3-pro', 'Gemini 3 Pro', { authorName: 'Google', position: 5 }),
  model('openai/gpt-image-1.5', 'GPT Image 1.5', { authorName: 'OpenAI', position: 10 }),
];
const found = finderFor(MODELS);

describe('names glossed in brackets', () => {
  it('reads a bracket restating the model’s own name as part of the mention', () => {
    // An image-model comparison table.
    expect(found('| Nano Banana 2 (Gemini 3.1 Flash) | Google | 1255 |')).toEqual([
      ['Nano Banana 2 (Gemini 3.1 Flash)', 'google/gemini-3.1-flash-image-preview'],
    ]);
  });

  it('opens the release when the bracket gives the exact name of the model a preview name stands for', () => {
    expect(found('| Nano Banana Pro (Gemini 3 Pro Image) | Google | top tier* |')).toEqual([
      ['Nano Banana Pro (Gemini 3 Pro Image)', 'google/gemini-3-pro-image'],
    ]);
  });

  it('leaves a bracket that names a model of its own to be read as one', () => {
    // An AI-news digest.
    expect(found('Google’s Gemini 3 Pro (“Nano Banana Pro”) climbed to #2')).toEqual([
      ['Gemini 3 Pro', 'google/gemini-3-pro'],
      // Named alike by both, the marketing name is the release's.
      ['Nano Banana Pro', 'google/gemini-3-pro-image'],
    ]);
  });

  it('finds a name a rendered table runs into the rank before it', () => {
    // An image arena's rows as page text: rank, name, organisation, score.
    expect(found('1GPT Image 1.5 (high)OpenAI~1268Autoregressive multimodal\n2Nano Banana 2 (Gemini 3.1 Flash)Google~1262')).toEqual([
      ['GPT Image 1.5', 'openai/gpt-image-1.5'],
      ['Nano Banana 2 (Gemini 3.1 Flash)', 'google/gemini-3.1-flash-image-preview'],
    ]);
  });
});

describe('a marketing name glossed with its API name, where the release is listed beside the preview', () => {
  const withReleases = finderFor([
    ...MODELS,
    model('google/gemini-3.1-flash-image', 'Nano Banana 2 (Gemini 3.1 Flash Image)', { authorName: 'Google', position: 40 }),
  ]);

  it('opens the release when the gloss gives the API name without "Preview"', () => {
    // An image arena's rows as page text.
    expect(withReleases('2Nano Banana 2 (Gemini 3.1 Flash)Google~1262Autoregressive multimodal\n3Nano Banana Pro (Gemini 3 Pro)Google~1221')).toEqual([
      ['Nano Banana 2 (Gemini 3.1 Flash)', 'google/gemini-3.1-flash-image'],
      ['Nano Banana Pro (Gemini 3 Pro)', 'google/gemini-3-pro-image'],
    ]);
  });

  it('opens the preview when the gloss says it is one, and the release for a marketing name both carry', () => {
    expect(withReleases('Nano Banana 2 (Gemini 3.1 Flash Image Preview) is out')).toEqual([
      ['Nano Banana 2 (Gemini 3.1 Flash Image Preview)', 'google/gemini-3.1-flash-image-preview'],
    ]);
    expect(withReleases('Nano Banana Pro made the infographic')).toEqual([['Nano Banana Pro', 'google/gemini-3-pro-image']]);
  });
});
