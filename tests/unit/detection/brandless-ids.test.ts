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

  it('reads a version with its own letter with a space for the hyphen', () => {
    // An LLM command-line tool's changelog, 0.32rc2.
    expect(found('Luna is a much better and more recent model, albeit slightly more expensive - $0.20 per million input tokens and $1.20 per million output tokens, compared to $0.15/$0.60 for 4o mini.')).toEqual([
      ['4o mini', 'openai/gpt-4o-mini'],
    ]);
    // A point release with a space is another brand's as often as this one's ("Kling 2.5 Pro").
    expect(found('We tried 2.5 pro and 4.1 nano.')).toEqual([]);
  });

  it('reads it only as the id writes it, and never inside another word or version', () => {
    expect(found('The 3.5 Turbo plan and 4.1 nano fridge.')).toEqual([]);
    expect(found('firmware v2.5-pro ships with pkg 1.2.5-flash')).toEqual([]);
  });

  it('never reads a size or a round release as a version', () => {
    // A round "2.0" names any release; "7b" is a size every family has.
    expect(found('Release 2.0-lite is out, and the 7b-instruct weights too.')).toEqual([]);
  });
});
