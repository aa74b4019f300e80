import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('meta-llama/llama-3-70b-instruct', 'Llama 3 70B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.1-70b-instruct', 'Llama 3.1 70B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.1-405b-instruct', 'Llama 3.1 405B Instruct', { authorName: 'Meta' }),
  model('qwen/qwen3-235b-a22b', 'Qwen3 235B A22B', { authorName: 'Qwen' }),
  model('qwen/qwen3-30b-a3b', 'Qwen3 30B A3B', { authorName: 'Qwen' }),
  model('qwen/qwen3-8b', 'Qwen3 8B', { authorName: 'Qwen' }),
  model('qwen/qwen-7b', 'Qwen 7B', { authorName: 'Qwen' }),
  model('google/gemini-pro', 'Gemini Pro 1.0', { authorName: 'Google', names: ['Gemini Pro'] }),
  model('google/gemini-2.5-pro', 'Gemini 2.5 Pro', { authorName: 'Google' }),
  model('google/gemini-2.5-flash', 'Gemini 2.5 Flash', { authorName: 'Google' }),
];
const found = finderFor(MODELS);

describe('list items that cut the name before them', () => {
  it('replaces only the size with a size, keeping the whole version', () => {
    // Meta's Llama 3.1 announcement: "Llama 3 70B" would also be a name, but the version is 3.1.
    expect(found('Llama 3.1 8B, 70B and 405B are available today.')).toEqual([
      ['Llama 3.1 8B', 'meta-llama/llama-3.1-8b-instruct'],
      ['70B', 'meta-llama/llama-3.1-70b-instruct'],
      ['405B', 'meta-llama/llama-3.1-405b-instruct'],
    ]);
    // A release note: a size with its active parameters is one item.
    expect(found('Added Qwen3-235B-A22B, 30B-A3B and 8B.')).toEqual([
      ['Qwen3-235B-A22B', 'qwen/qwen3-235b-a22b'],
      ['30B-A3B', 'qwen/qwen3-30b-a3b'],
      ['8B', 'qwen/qwen3-8b'],
    ]);
    // The first Qwen's 7B is another generation.
    expect(found('Qwen3 8B and 7B')).toEqual([['Qwen3 8B', 'qwen/qwen3-8b']]);
  });

  it('keeps the version when a tier replaces the tier', () => {
    // Google's announcement: "Gemini Pro" alone is the 1.0 model.
    expect(found('Gemini 2.5 Flash and Pro are now generally available.')).toEqual([
      ['Gemini 2.5 Flash', 'google/gemini-2.5-flash'],
      ['Pro', 'google/gemini-2.5-pro'],
    ]);
  });
});
