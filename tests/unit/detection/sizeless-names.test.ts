import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

// Names as a catalogue that lists only sized entries holds them.
const found = finderFor([
  model('mistralai/mistral-small-3.2-24b-instruct', 'Mistral Small 3.2 24B Instruct', { authorName: 'Mistral' }),
  model('meta-llama/llama-3.3-70b-instruct', 'Llama 3.3 70B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-guard-3-1b', 'Llama Guard 3 1B', { authorName: 'Meta' }),
  model('meta-llama/llama-guard-3-8b', 'Llama Guard 3 8B', { authorName: 'Meta' }),
]);

describe('a product line named without its only size', () => {
  it('reads brand, tier and version as the line’s one sized model, in any case', () => {
    // A forum reply.
    expect(found('honestly Mistral small 3.2 is still my daily driver for RAG')).toEqual([['Mistral small 3.2', 'mistralai/mistral-small-3.2-24b-instruct']]);
  });

  it('leaves a brand and version a family, and a line listed in two sizes unnamed', () => {
    expect(found('Llama 3.3 runs fine on two 3090s.')).toEqual([['Llama 3.3', 'family:Llama']]);
    expect(found('We put Llama Guard 3 in front of the chat endpoint.').filter(([, id]) => !id.startsWith('family:'))).toEqual([]);
  });
});
