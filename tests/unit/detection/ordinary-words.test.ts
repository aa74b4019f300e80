import { describe, expect, it } from 'vitest';
import { isOrdinaryPhrase } from '@/lib/detection/ordinary-words';
import { finderFor, model } from './models';

// Catalogue entries whose names are everyday English, as OpenRouter and Venice list them.
const MODELS = [
  model('openrouter/auto', 'Auto Router', { authorName: 'OpenRouter', names: ['auto-router'] }),
  model('openrouter/bodybuilder', 'Body Builder (beta)', { authorName: 'OpenRouter' }),
  model('venice/uncensored', 'Uncensored', { authorName: 'Venice' }),
  model('openrouter/fusion', 'Fusion', { authorName: 'OpenRouter' }),
  model('perplexity/sonar-pro', 'Sonar Pro', { authorName: 'Perplexity' }),
  model('ibm-granite/granite-4.0-h-small', 'Granite 4.0 H Small', { authorName: 'IBM' }),
  model('ibm-granite/granite-3.3-8b-instruct', 'Granite 3.3 8B Instruct', { authorName: 'IBM' }),
  model('ibm-granite/granite-4.0-micro', 'Granite 4.0 Micro', { authorName: 'IBM' }),
];
const found = finderFor(MODELS);

describe('names that are ordinary words', () => {
  it('are never marked alone in prose', () => {
    // Sentences as people write them about routers, fitness and content filters.
    expect(found('Requests go through an auto router that picks the cheapest backend.')).toEqual([]);
    expect(found('The body builder lifted 200 kg; the output was uncensored. Fusion power is decades away.')).toEqual([]);
    expect(found('Auto Router, Body Builder and Fusion are features, says the changelog.')).toEqual([]);
    expect(found('A granite countertop')).toEqual([]);
  });

  it('are marked with their maker or written as their id', () => {
    expect(found('Set "model": "openrouter/auto" or try Venice Uncensored.')).toEqual([
      ['openrouter/auto', 'openrouter/auto'],
      ['Venice Uncensored', 'venice/uncensored'],
    ]);
    expect(found('OpenRouter Auto Router and auto-router')).toEqual([
      ['OpenRouter Auto Router', 'openrouter/auto'],
      ['auto-router', 'openrouter/auto'],
    ]);
  });

  it('keep a product line with a tier, and a family with a version', () => {
    expect(found('Perplexity’s Sonar Pro cites sources; Granite 4.0 is IBM’s.')).toEqual([
      ['Sonar Pro', 'perplexity/sonar-pro'],
      ['Granite 4.0', 'family:Granite'],
    ]);
  });

  it('are decided by everyday English, not by a list of model names', () => {
    const noMakers = new Set<string>();
    expect(isOrdinaryPhrase(['auto', 'router'], noMakers)).toBe(true);
    expect(isOrdinaryPhrase(['uncensored'], noMakers)).toBe(true);
    expect(isOrdinaryPhrase(['codestral'], noMakers)).toBe(false);
    expect(isOrdinaryPhrase(['command', 'r'], noMakers)).toBe(false);
    expect(isOrdinaryPhrase(['venice', 'uncensored'], new Set(['venice']))).toBe(false);
  });
});
