import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', position: 5 }),
  model('openai/gpt-4o-mini', 'GPT-4o-mini', { authorName: 'OpenAI', position: 9 }),
  model('openai/gpt-3.5-turbo', 'GPT-3.5 Turbo', { authorName: 'OpenAI', position: 60 }),
  model('openai/gpt-4.1-nano', 'GPT-4.1 Nano', { authorName: 'OpenAI', position: 30 }),
  model('openai/gpt-4.1', 'GPT-4.1', { authorName: 'OpenAI', position: 20 }),
  model('google/gemini-2.5-flash', 'Gemini 2.5 Flash', { authorName: 'Google', position: 10 }),
  model('google/gemini-2.5-pro', 'Gemini 2.5 Pro', { authorName: 'Google', position: 6 }),
  model('google/gemini-2.0-flash-001', 'Gemini 2.0 Flash', { authorName: 'Google', position: 40 }),
  model('bytedance-seed/seed-2.0-lite', 'Seed 2.0 Lite', { authorName: 'ByteDance', position: 50 }),
  model('bytedance-seed/seed-1.6', 'Seed 1.6', { authorName: 'ByteDance', position: 70 }),
  model('bytedance-seed/seed-1.6-flash', 'Seed 1.6 Flash', { authorName: 'ByteDance', position: 71 }),
  model('mistralai/mistral-7b-instruct', 'Mistral 7B Instruct', { authorName: 'Mistral', position: 90 }),
  model('mistralai/mistral-large', 'Mistral Large', { authorName: 'Mistral', position: 45 }),
  model('mistralai/mistral-small', 'Mistral Small', { authorName: 'Mistral', position: 46 }),
];
const found = finderFor(MODELS);

describe('an id written without its brand', () => {
  it('reads a point version or a lettered one with the word after it as that id', () => {
    // aider's release notes, v0.45.1.
    expect(found('- Use 4o-mini as the weak model wherever 3.5-turbo was used.')).toEqual([
      ['4o-mini', 'openai/gpt-4o-mini'],
      ['3.5-turbo', 'openai/gpt-3.5-turbo'],
    ]);
    expect(found('switched the summarizer to 4.1-nano and the planner to 2.5-pro')).toEqual([
      ['4.1-nano', 'openai/gpt-4.1-nano'],
      ['2.5-pro', 'google/gemini-2.5-pro'],
    ]);
  });

  it('reads it only as the id writes it, and never inside another word or version', () => {
    // Spaced for its hyphens it must still be written in the id's case ("4o mini" is read: see spaced-tails).
    expect(found('The 3.5 Turbo plan and 4O Mini fridge.')).toEqual([]);
    expect(found('firmware v2.5-pro ships with pkg 1.2.5-flash')).toEqual([]);
  });

  it('never reads a size or a round release as a version', () => {
    // A round "2.0" names any release; "7b" is a size every family has.
    expect(found('Release 2.0-lite is out, and the 7b-instruct weights too.')).toEqual([]);
  });
});
