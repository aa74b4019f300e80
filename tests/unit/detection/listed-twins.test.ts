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
