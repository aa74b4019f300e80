import { describe, expect, it } from 'vitest';
import { modelKey, sameMaker } from '@/lib/catalogue/model-key';

describe('modelKey', () => {
  it.each([
    ['claude-sonnet-4-5-20250929', 'Claude Sonnet 4.5'],
    ['anthropic.claude-sonnet-4-5-20250929-v1:0', 'Claude Sonnet 4.5 (latest)'],
    ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'anthropic/claude-sonnet-4.5'],
    ['claude-sonnet-4-5@20250929', 'Anthropic: Claude Sonnet 4.5 (20250929)'],
    ['claude-3-5-sonnet-20241022', 'Claude Sonnet 3.5'],
    ['gpt-4o-mini-2024-07-18', 'GPT-4o mini'],
    ['Meta-Llama-3.1-8B-Instruct', 'meta-llama/llama-3.1-8b-instruct'],
    ['Qwen/Qwen2.5-72B-Instruct', 'Qwen 2.5 72B'],
    ['gemma-3-27b-it', 'Gemma 3 27B'],
    ['gpt-4-0613', 'GPT-4'],
    ['openai/gpt-4o:free', 'GPT-4o'],
    ['DALL·E 3', 'dall-e-3'],
    ['claude-3.5-sonnet-v2', 'Claude Sonnet 3.5 v2'],
    ['Anthropic: Claude 3.5 Sonnet v2', 'claude-3-5-sonnet-v2@20241022'],
  ])('folds %s and %s to one key', (a, b) => {
    expect(modelKey(a)).toBe(modelKey(b));
  });

  it.each([
    ['gpt-4o', 'gpt-4o-mini'],
    ['gpt-4.1', 'gpt-41'],
    ['qwen3-235b-a22b', 'qwen3-235b-a22b-2507'],
    ['mistral-large-2407', 'mistral-large-2411'],
    ['deepseek-v3', 'deepseek-v3.2'],
    ['llama-3.1-8b', 'llama-3.1-70b'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(modelKey(a)).not.toBe(modelKey(b));
  });

  it('keeps a revision and an instruct build apart where the fold says so', () => {
    expect(modelKey('Claude Sonnet 3.5 v2')).not.toBe(modelKey('Claude Sonnet 3.5'));
    expect(modelKey('gpt-3.5-turbo-instruct', 'exact')).not.toBe(modelKey('gpt-3.5-turbo', 'exact'));
    expect(modelKey('Kimi-K2-Instruct-0905', 'release')).toBe(modelKey('kimi-k2-0905', 'release'));
  });

  it('matches maker slugs across sources', () => {
    expect(sameMaker('xai', 'x-ai')).toBe(true);
    expect(sameMaker('mistral', 'mistralai')).toBe(true);
    expect(sameMaker('meta', 'meta-llama')).toBe(true);
    expect(sameMaker('groq', 'meta-llama')).toBe(false);
    expect(sameMaker('ai', 'ai21')).toBe(false);
  });
});
