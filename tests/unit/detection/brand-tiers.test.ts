import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('anthropic/claude-sonnet-4', 'Claude Sonnet 4', { authorName: 'Anthropic' }),
  model('anthropic/claude-opus-4', 'Claude Opus 4', { authorName: 'Anthropic' }),
  model('anthropic/claude-haiku-4.5', 'Claude Haiku 4.5', { authorName: 'Anthropic' }),
  model('openai/gpt-5.1-codex', 'GPT-5.1-Codex', { authorName: 'OpenAI' }),
  model('openai/gpt-5.1-codex-max', 'GPT-5.1-Codex-Max', { authorName: 'OpenAI' }),
];
/** A reseller's entry, which nobody else lists: not looked for in text. */
const resold = model('anthropic/claude-opus-4:max', 'Claude 4 Opus Max', { resoldOnlyBy: 'nano-gpt' });
const found = finderFor([...MODELS, resold]);

describe('a tier word after a shorthand', () => {
  it('is an ordinary word after a brand none of whose models has that tier', () => {
    // A gateway's release notes.
    expect(found('- Revert incorrect changes to sonnet-4 max output tokens - [PR #14933]')).toEqual([['sonnet-4', 'anthropic/claude-sonnet-4']]);
  });

  it("makes the shorthand another model's after a brand that has the tier", () => {
    // GPT has a "Max": "GPT Codex 5.1 Max" is not GPT-5.1-Codex.
    expect(found('Codex 5.1 max output is longer; GPT Codex 5.1 Max fixed it.')).toEqual([['GPT Codex 5.1 Max', 'openai/gpt-5.1-codex-max']]);
  });
});
