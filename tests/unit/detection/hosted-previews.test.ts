import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('meta-llama/llama-3.2-11b-vision-instruct', 'Llama 3.2 11B Vision Instruct', { authorName: 'Meta', position: 1 }),
  model('meta/llama-3.2-90b', 'Llama 3.2 90B Vision Instruct', { authorName: 'Meta', position: 2 }),
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', position: 3 }),
];
const found = finderFor(MODELS);

describe("a host's preview serving of an instruct build", () => {
  it('is that model', () => {
    // Lobe Chat's Groq provider card.
    expect(found("id: 'llama-3.2-11b-vision-preview',")).toEqual([['llama-3.2-11b-vision-preview', 'meta-llama/llama-3.2-11b-vision-instruct']]);
    expect(found("id: 'llama-3.2-90b-vision-preview',")).toEqual([['llama-3.2-90b-vision-preview', 'meta/llama-3.2-90b']]);
  });

  it('is not read after a closed model', () => {
    expect(found('"model": "gpt-4o-preview"')).toEqual([]);
  });
});
