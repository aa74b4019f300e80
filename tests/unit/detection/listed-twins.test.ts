import { describe, expect, it } from 'vitest';
import { openRouterTwinsByName } from '@/lib/detection/listed-twins';
import { finderFor, model } from './models';

// models.dev lists Mistral Small 3.2 under a shorter name than OpenRouter does, as its own entry.
const resellerOnly = { ...model('mistral/mistral-small', 'Mistral Small 3.2', { authorName: 'Mistral', modelsDev: ['mistral/mistral-small-2506'], position: 20 }), ids: { openrouter: [], modelsDev: ['mistral/mistral-small-2506'] } };
const MODELS = [
  resellerOnly,
  model('mistralai/mistral-small-3.2-24b-instruct', 'Mistral Small 3.2 24B', { authorName: 'Mistral', position: 60 }),
  model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.1-70b-instruct', 'Llama 3.1 70B Instruct', { authorName: 'Meta' }),
];
const found = finderFor(MODELS);

describe('a reseller entry for a model OpenRouter lists under a longer name', () => {
  it('reads the shorter name as the OpenRouter model, whichever ranks higher', () => {
    expect(found("Mistral's home-lab champion is Mistral Small 3.2 at 24B, and that's the model this compares")).toEqual([
      ['Mistral Small 3.2', 'mistralai/mistral-small-3.2-24b-instruct'],
    ]);
  });

  it('gives a name that two OpenRouter sizes shorten to to neither', () => {
    const twins = openRouterTwinsByName(MODELS);
    expect(twins.get('mistral small 3 2')).toBe(1);
    expect(twins.has('llama 3 1')).toBe(false);
  });
});

describe('a reseller entry for a model OpenRouter lists under a shorter name', () => {
  // models.dev's "Mistral Small 4 119B" is OpenRouter's "Mistral Small 4" (mistral-small-2603).
  const longer = { ...model('mistralai/mistral-small-4-119b', 'Mistral Small 4 119B', { authorName: 'Mistral', position: 10 }), ids: { openrouter: [], modelsDev: ['nvidia/mistralai/mistral-small-4-119b-2603'] } };
  const findLonger = finderFor([longer, model('mistralai/mistral-small-2603', 'Mistral Small 4', { authorName: 'Mistral', position: 40 })]);

  it('reads the reseller’s names, quantised repos included, as the OpenRouter model', () => {
    // An MLX repo's model card.
    expect(findLonger('tokenizer = load("majentik/Mistral-Small-4-119B-RotorQuant-MLX-4bit")')).toEqual([
      ['majentik/Mistral-Small-4-119B-RotorQuant-MLX-4bit', 'mistralai/mistral-small-2603'],
    ]);
  });
});
