import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const found = finderFor([
  model('microsoft/phi-3-mini-128k-instruct', 'Phi-3-mini-instruct (128k)', { authorName: 'Microsoft', position: 50 }),
  model('microsoft/phi-4-mini-instruct', 'Phi-4-mini-instruct', { authorName: 'Microsoft', position: 40 }),
]);

describe('an instruct model whose name joins "instruct" with a hyphen', () => {
  it('is found without it, as people write it', () => {
    // A model comparison table and an Ollama tag list.
    expect(found('HumanEval: ~66% No Phi-3-mini (3.8B) Microsoft 2024')).toEqual([['Phi-3-mini', 'microsoft/phi-3-mini-128k-instruct']]);
    expect(found('ollama pull phi4-mini  # Phi-4-mini, 3.8B')).toContainEqual(['Phi-4-mini', 'microsoft/phi-4-mini-instruct']);
  });
});
