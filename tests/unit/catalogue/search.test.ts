import { describe, expect, it } from 'vitest';
import { createSearchIndex, readableName } from '@/lib/catalogue/search';
import { catalogueModel, rank } from '../compare/fixtures';

// Better-ranked first in the list, as in a catalogue: position decides ties.
const MODELS = [
  catalogueModel({ id: 'meta/llama-3.1-70b-instruct', name: 'Llama 3.1 70B Instruct', names: ['Llama 3.1 70B Instruct', '@cf/meta/llama-3.1-70b-instruct'], rank: rank(70, { position: 1 }) }),
  catalogueModel({ id: 'meta/llama-3.1-8b-instruct', name: 'Llama 3.1 8B Instruct', rank: rank(65, { position: 2 }) }),
  catalogueModel({ id: 'meta/llama-3.30-1b', name: 'Llama 3.30 1B', rank: rank(62, { position: 3 }) }),
  catalogueModel({ id: 'meta-llama/llama-3.3-70b', name: 'Llama 3.3 70B Instruct', names: ['Llama 3.3 70B Instruct', 'Llama-3.3-70B-Instruct'], rank: rank(60, { position: 4 }) }),
  catalogueModel({ id: 'groq/llama-3.3-70b-versatile', name: 'Llama 3.3 70B Versatile', rank: rank(55, { position: 5 }) }),
  catalogueModel({ id: 'cloudflare-workers-ai/llama-3.3-70b-instruct-fp8-fast', name: '@cf/meta/llama-3.3-70b-instruct-fp8-fast', names: ['@cf/meta/llama-3.3-70b-instruct-fp8-fast'], rank: rank(40, { position: 6 }) }),
  catalogueModel({ id: 'openai/gpt-4o', name: 'GPT-4o', rank: rank(80, { position: 7 }) }),
];
const search = createSearchIndex(MODELS);
const names = (query: string, limit = 6) => search.search(query, limit).map((m) => m.name);

describe('search in the compare picker', () => {
  it('puts the exact name first, whatever the other models rank', () => {
    expect(names('Llama 3.3 70B Instruct')[0]).toBe('Llama 3.3 70B Instruct');
    expect(names('llama-3.3-70b-instruct')[0]).toBe('Llama 3.3 70B Instruct');
  });

  it('compares version numbers as numbers: 3.3 is neither 3.1 nor 3.30, and 3 is the start of 3.3', () => {
    expect(names('Llama 3.3')).toEqual(['Llama 3.3 70B Instruct', 'Llama 3.3 70B Versatile', '@cf/meta/llama-3.3-70b-instruct-fp8-fast']);
    expect(names('llama 3')).toHaveLength(6);
    expect(names('llama 3.30')).toEqual(['Llama 3.30 1B']);
    expect(names('llama 3.3 70')).not.toContain('Llama 3.1 70B Instruct');
  });

  it('names that start with what was typed come before names that merely contain it', () => {
    expect(names('70b instruct')).toEqual(['Llama 3.1 70B Instruct', 'Llama 3.3 70B Instruct', '@cf/meta/llama-3.3-70b-instruct-fp8-fast']);
    expect(names('gpt4o')).toEqual(['GPT-4o']);
  });

  it('lists a model once, whichever of its names matched', () => {
    const ids = search.search('llama', 20).map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(search.search('Llama-3.3-70B-Instruct', 20).filter((m) => m.id === 'meta-llama/llama-3.3-70b')).toHaveLength(1);
  });

  it('prefers the name whose version was typed in full: "sonnet 4" is Sonnet 4 before a better-ranked 4.5', () => {
    const sonnets = createSearchIndex([
      catalogueModel({ id: 'anthropic/claude-sonnet-4.5', name: 'Claude Sonnet 4.5', rank: rank(80, { position: 1 }) }),
      catalogueModel({ id: 'anthropic/claude-sonnet-4', name: 'Claude Sonnet 4', rank: rank(70, { position: 2 }) }),
    ]);
    expect(sonnets.search('sonnet 4', 5).map((m) => m.name)).toEqual(['Claude Sonnet 4', 'Claude Sonnet 4.5']);
  });

  it('finds nothing for a name no model has', () => {
    expect(names('Nonexistent 9000')).toEqual([]);
  });

  it('shows a readable name where a source gives only a raw id', () => {
    expect(readableName(MODELS[5]!)).toBe('Llama 3.3 70b instruct fp8 fast');
    expect(readableName({ name: '@cf/meta/llama-3.1-70b-instruct', names: ['@cf/meta/llama-3.1-70b-instruct', 'Llama 3.1 70B Instruct'] })).toBe('Llama 3.1 70B Instruct');
    expect(readableName(MODELS[6]!)).toBe('GPT-4o');
  });
});
