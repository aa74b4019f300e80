import { describe, expect, it } from 'vitest';
import type { IndexableModel } from '@/lib/detection/alias-index';
import { finderFor, model } from './models';

/** An entry one reseller lists, as models.dev gives it. */
function resold(id: string, name: string, reseller: string, providers = 1): IndexableModel {
  return { ...model(id, name, { authorName: 'Google', providers }), ids: { openrouter: [], modelsDev: [`${reseller}/${id.slice(id.indexOf('/') + 1)}`] } };
}

const MODELS = [
  model('google/gemini-2.0-flash-001', 'Gemini 2.0 Flash', { authorName: 'Google' }),
  model('google/gemini-2.5-pro', 'Gemini 2.5 Pro', { authorName: 'Google' }),
  model('google/gemini-2.5-flash', 'Gemini 2.5 Flash', { authorName: 'Google' }),
  // Google's experimental releases, which only one reseller still lists.
  resold('google/gemini-2.0-pro-exp-02-05', 'Gemini 2.0 Pro 0205', 'nano-gpt'),
  resold('google/gemini-2.0-flash-thinking-exp-01-21', 'Gemini 2.0 Flash Thinking 0121', 'nano-gpt'),
  // A reseller's own entry, with no date: not looked for in text.
  resold('google/gemini-2.0-pro-reasoner', 'Gemini 2.0 Pro Reasoner', 'nano-gpt'),
];
const found = finderFor(MODELS);

describe('a dated build of a known family that one reseller lists', () => {
  it('is found in text like any listed model', () => {
    // The Chatbot Arena's early-2025 table.
    expect(found('| 3 | gemini-2.0-pro-exp-02-05 | 1380 |\n| 5 | gemini-2.0-flash-thinking-exp-01-21 | 1384 |')).toEqual([
      ['gemini-2.0-pro-exp-02-05', 'google/gemini-2.0-pro-exp-02-05'],
      ['gemini-2.0-flash-thinking-exp-01-21', 'google/gemini-2.0-flash-thinking-exp-01-21'],
    ]);
  });

  it('leaves a reseller’s undated entry alone', () => {
    expect(found('Gemini 2.0 Pro Reasoner is their router')).toEqual([['Gemini 2.0', 'family:Gemini']]);
  });
});
