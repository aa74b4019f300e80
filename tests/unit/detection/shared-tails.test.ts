import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('openai/gpt-3.5-turbo', 'GPT-3.5 Turbo', { authorName: 'OpenAI' }),
  model('openai/gpt-4-turbo', 'GPT-4 Turbo', { authorName: 'OpenAI' }),
  model('openai/gpt-4', 'GPT-4', { authorName: 'OpenAI' }),
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI' }),
  model('anthropic/claude-3-sonnet', 'Claude 3 Sonnet', { authorName: 'Anthropic' }),
  model('anthropic/claude-3.5-sonnet', 'Claude 3.5 Sonnet', { authorName: 'Anthropic' }),
  model('anthropic/claude-3-opus', 'Claude 3 Opus', { authorName: 'Anthropic' }),
];
const found = finderFor(MODELS);

describe('two versions sharing the tier written after them', () => {
  it('reads each version with the tier', () => {
    // A changelog and a forum post.
    expect(found('Benchmarks now cover GPT-3.5/4 Turbo and more.')).toEqual([
      ['GPT-3.5', 'openai/gpt-3.5-turbo'],
      ['4 Turbo', 'openai/gpt-4-turbo'],
    ]);
    expect(found('Claude 3/3.5 Sonnet models refuse less often.')).toEqual([
      ['Claude 3', 'anthropic/claude-3-sonnet'],
      ['3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
    ]);
  });

  it('reads nothing where the tier does not name a model of both versions', () => {
    // No Claude 3.5 Opus: the slash pair is not read as two Opus models.
    expect(found('Claude 3/3.5 Opus pricing')).toEqual([['Claude 3', 'family:Claude']]);
    expect(found('GPT-3.5/4 support was dropped.')).toEqual([['GPT-3.5', 'family:GPT']]);
  });
});
