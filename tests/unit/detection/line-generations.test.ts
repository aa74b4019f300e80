import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('google/gemini-2.0-flash-001', 'Gemini 2.0 Flash', { authorName: 'Google' }),
  model('google/gemini-2.5-flash', 'Gemini 2.5 Flash', { authorName: 'Google' }),
  model('google/gemini-2.5-pro', 'Gemini 2.5 Pro', { authorName: 'Google' }),
  // Retired by Google; one reseller still lists it.
  model('google/gemini-flash-1.5', 'Gemini 1.5 Flash', { authorName: 'Google', resoldOnlyBy: 'nano-gpt' }),
  // Resellers' own builds: a word no line of the maker has, a bracket.
  model('google/gemini-2.5-flash-free', 'Gemini 2.5 Flash Free', { authorName: 'Google', resoldOnlyBy: 'opencode' }),
  model('google/gemini-2.5-pro-preview-high', 'Gemini 2.5 Pro (Preview High)', { authorName: 'Google', resoldOnlyBy: 'nano-gpt' }),
  // Another maker's name on the same line words.
  model('acme/gemini-1.0-flash', 'Gemini 1.0 Flash', { resoldOnlyBy: 'acme' }),
];
const found = finderFor(MODELS);

describe("another version of a maker's product line that one reseller lists", () => {
  it('is found in text like any listed model', () => {
    // Google's Vertex docs and an agent framework issue.
    expect(found('Stable versions of Gemini 1.5 Flash: gemini-1.5-flash-002. model="google/gemini-1.5-flash-002"')).toEqual([
      ['Gemini 1.5 Flash', 'google/gemini-flash-1.5'],
      ['gemini-1.5-flash-002', 'google/gemini-flash-1.5'],
      ['google/gemini-1.5-flash-002', 'google/gemini-flash-1.5'],
    ]);
  });

  it("is not a reseller's own build, nor another maker's name", () => {
    expect(found('Gemini 2.5 Flash Free, Gemini 2.5 Pro (Preview High) and Gemini 1.0 Flash')).toEqual([
      ['Gemini 2.5 Flash', 'google/gemini-2.5-flash'],
      ['Gemini 2.5 Pro', 'google/gemini-2.5-pro'],
      ['Gemini 1.0', 'family:Gemini'],
    ]);
  });
});
