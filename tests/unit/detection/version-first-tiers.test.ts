import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('anthropic/claude-3.5-sonnet', 'Claude Sonnet 3.5', { authorName: 'Anthropic', names: ['Claude 3.5 Sonnet'], position: 20 }),
  model('anthropic/claude-3-7-sonnet', 'Claude 3.7 Sonnet', { authorName: 'Anthropic', position: 15 }),
  model('anthropic/claude-sonnet-4', 'Claude Sonnet 4', { authorName: 'Anthropic', position: 2 }),
  model('anthropic/claude-sonnet-4.5', 'Claude Sonnet 4.5', { authorName: 'Anthropic', position: 3 }),
  model('anthropic/claude-opus-4.5', 'Claude Opus 4.5', { authorName: 'Anthropic', position: 4 }),
  model('anthropic/claude-haiku-4.5', 'Claude Haiku 4.5', { authorName: 'Anthropic', position: 8 }),
  model('anthropic/claude-3-haiku', 'Claude Haiku 3', { authorName: 'Anthropic', names: ['Claude 3 Haiku'], position: 70 }),
  model('anthropic/claude-opus-4.1', 'Claude Opus 4.1', { authorName: 'Anthropic', position: 6 }),
  model('anthropic/claude-opus-4', 'Claude Opus 4', { authorName: 'Anthropic', position: 7 }),
  model('baidu/ernie-5.0-thinking-preview', 'ERNIE 5.0 Thinking', { authorName: 'Baidu', position: 60 }),
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', position: 5 }),
];
const found = finderFor(MODELS);

describe('a version-first name without its brand', () => {
  it('reads "3.5 Sonnet" as the model whose name is stated in that order', () => {
    // aider's release notes, v0.41.0.
    expect(found('- Enabled image support for 3.5 Sonnet and for GPT-4o & 3.5 Sonnet via OpenRouter (by @yamitzky).')).toEqual([
      ['3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
      ['GPT-4o', 'openai/gpt-4o'],
      ['3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
    ]);
    expect(found('Claude 3.7 Sonnet beat 3.5 Sonnet on the refactoring benchmark.')).toEqual([
      ['Claude 3.7 Sonnet', 'anthropic/claude-3-7-sonnet'],
      ['3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
    ]);
  });

  it('never reads a count, a name stated the other way round, or a word that is no product line', () => {
    expect(found('I wrote 3 haiku about it.')).toEqual([]);
    expect(found('the 4.5 opus of the composer')).toEqual([]);
    // "Thinking" follows one model's brand, not a line of them: "5.0 thinking" is a mode.
    expect(found('ChatGPT 5.0 thinking mode is slower.')).toEqual([]);
  });
});
