import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('openai/gpt-4.1', 'OpenAI: GPT-4.1', { authorName: 'OpenAI', position: 10 }),
  model('openai/gpt-4.1-mini', 'OpenAI: GPT-4.1 Mini', { authorName: 'OpenAI', position: 11 }),
  model('openai/gpt-4.1-nano', 'OpenAI: GPT-4.1 Nano', { authorName: 'OpenAI', position: 12 }),
  model('openai/o3', 'OpenAI: o3', { authorName: 'OpenAI', position: 13 }),
];
const found = finderFor(MODELS);

describe("a line's model written by its bare version beside its tiers", () => {
  it('reads the bare version as the model the tiers are tiers of', () => {
    // A desktop app's changelog.
    expect(found('Deprecated flag (use o3 & 4.1 & 4.1-mini instead)')).toEqual([
      ['o3', 'openai/o3'],
      ['4.1', 'openai/gpt-4.1'],
      ['4.1-mini', 'openai/gpt-4.1-mini'],
    ]);
    // A forum post's notes on which model to use.
    expect(found('- Latest flagship model = 4.1\n## 4.1-mini\n- 1M context window\n## 4.1-nano')).toEqual([
      ['4.1', 'openai/gpt-4.1'],
      ['4.1-mini', 'openai/gpt-4.1-mini'],
      ['4.1-nano', 'openai/gpt-4.1-nano'],
    ]);
  });

  it('leaves a version alone without a tier written from it, or that belongs to something else', () => {
    expect(found('Latest flagship model = 4.1, with gpt-4.1-mini for cheap calls.')).toEqual([['gpt-4.1-mini', 'openai/gpt-4.1-mini']]);
    expect(found('Needs Python 4.1 or release 4.1 of the SDK; 4.1-mini works.')).toEqual([['4.1-mini', 'openai/gpt-4.1-mini']]);
    // Far from any tier, a bare version is just a number.
    expect(found(`Upgraded the plugin to 4.1.${' More notes.'.repeat(100)} Then tried 4.1-nano.`)).toEqual([['4.1-nano', 'openai/gpt-4.1-nano']]);
  });
});
