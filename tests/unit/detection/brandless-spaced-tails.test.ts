import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', position: 5 }),
  model('openai/gpt-4o-mini', 'GPT-4o-mini', { authorName: 'OpenAI', position: 9 }),
  model('openai/gpt-3.5-turbo', 'GPT-3.5 Turbo', { authorName: 'OpenAI', position: 60 }),
  model('openai/gpt-4.1', 'GPT-4.1', { authorName: 'OpenAI', position: 20 }),
];
const found = finderFor(MODELS);

// The brandless id tails of brandless-ids.ts, as threads write them with a space for the hyphen.
describe('an id tail written with spaces for its hyphens', () => {
  it('reads "4o mini" as 4o-mini', () => {
    // The OpenAI developer community.
    expect(found('Does anyone have any idea why 4o mini is way slower than 4o although it is much smaller?')).toEqual([
      ['4o mini', 'openai/gpt-4o-mini'],
      ['4o', 'openai/gpt-4o'],
    ]);
    expect(found('In some cases, 4o mini requests may wait longer in queue depending on how the system routes traffic.')).toEqual([['4o mini', 'openai/gpt-4o-mini']]);
  });

  it('keeps the tail whole: a longer word after it is not the tier', () => {
    expect(found('a 4o minibus, and a mini 4o')).toEqual([
      ['4o', 'openai/gpt-4o'],
      ['4o', 'openai/gpt-4o'],
    ]);
  });
});
