import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('meta-llama/llama-4-maverick', 'Llama 4 Maverick', { authorName: 'Meta', hf: 'meta-llama/Llama-4-Maverick-17B-128E-Instruct', position: 25 }),
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', position: 5 }),
  model('anthropic/claude-opus-4.6', 'Claude Opus 4.6', { authorName: 'Anthropic', position: 2 }),
  model('mistralai/mistral-medium-3', 'Mistral Medium 3', { authorName: 'Mistral', names: ['Mistral Medium'], position: 44 }),
];
const found = finderFor(MODELS);

describe('a short number after a name that states one already', () => {
  it('counts something, and leaves the name whole', () => {
    // A blog post's byline naming the model that wrote it.
    expect(found('Sarah Lee AI generated Llama-4-Maverick-17B-128E-Instruct-FP8 8 min read · June 10, 2025')).toEqual([
      ['Llama-4-Maverick-17B-128E-Instruct-FP8', 'meta-llama/llama-4-maverick'],
    ]);
    expect(found('We ran GPT-4o 3 times per prompt; Claude Opus 4.6 2 days later')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['Claude Opus 4.6', 'anthropic/claude-opus-4.6'],
    ]);
  });

  it('after a name that states no number, may still be a version the catalogue lacks', () => {
    expect(found('Mistral Medium 4 is not out yet')).toEqual([]);
  });
});
