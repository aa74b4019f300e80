import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('google/gemma-3-4b-it', 'Gemma 3 4B', { authorName: 'Google' }),
  model('google/gemma-3-12b-it', 'Gemma 3 12B', { authorName: 'Google' }),
  model('google/gemma-3-27b-it', 'Gemma 3 27B', { authorName: 'Google' }),
  model('anthropic/claude-sonnet-4', 'Claude Sonnet 4', { authorName: 'Anthropic' }),
  model('anthropic/claude-sonnet-4.5', 'Claude Sonnet 4.5', { authorName: 'Anthropic' }),
  model('deepseek/deepseek-chat-v3.1', 'DeepSeek V3.1', { authorName: 'DeepSeek' }),
  model('deepseek/deepseek-r1', 'DeepSeek R1', { authorName: 'DeepSeek' }),
  model('openai/gpt-4.1', 'GPT-4.1', { authorName: 'OpenAI' }),
  model('openai/gpt-4.1-mini', 'GPT-4.1 Mini', { authorName: 'OpenAI' }),
  model('openai/gpt-4.1-nano', 'GPT-4.1 Nano', { authorName: 'OpenAI' }),
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI' }),
  model('meta-llama/llama-3.1-70b-instruct', 'Llama 3.1 70B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-4-scout', 'Llama 4 Scout', { authorName: 'Meta' }),
  model('nousresearch/hermes-3-llama-3.1-70b', 'Hermes 3 70B Instruct', { authorName: 'Nous' }),
  model('nousresearch/hermes-3-llama-3.1-405b', 'Hermes 3 405B Instruct', { authorName: 'Nous' }),
  model('nousresearch/hermes-4-70b', 'Hermes 4 70B', { authorName: 'Nous' }),
  model('openai/gpt-4', 'GPT-4', { authorName: 'OpenAI' }),
  model('openai/gpt-5', 'GPT-5', { authorName: 'OpenAI' }),
  model('qwen/qwen3-32b', 'Qwen3 32B', { authorName: 'Qwen' }),
  model('qwen/qwen3-8b', 'Qwen3 8B', { authorName: 'Qwen' }),
  // After "Qwen3 32B", a size keeps the version: "72B" is not the first Qwen's 72B.
  model('qwen/qwen-72b', 'Qwen 72B', { authorName: 'Qwen' }),
];
const found = finderFor(MODELS);

describe('coordinated and elliptical mentions', () => {
  it('reads a bare size, version or tier after a full name as that family’s model', () => {
    // As model announcements and pricing pages write them.
    expect(found('Gemma 3 4B, 12B and 27B run on one GPU.')).toEqual([
      ['Gemma 3 4B', 'google/gemma-3-4b-it'],
      ['12B', 'google/gemma-3-12b-it'],
      ['27B', 'google/gemma-3-27b-it'],
    ]);
    expect(found('Available for Claude Sonnet 4 and 4.5; DeepSeek V3.1 and R1 are open weights; GPT-4.1 / 4.1 mini cost less.')).toEqual([
      ['Claude Sonnet 4', 'anthropic/claude-sonnet-4'],
      ['4.5', 'anthropic/claude-sonnet-4.5'],
      ['DeepSeek V3.1', 'deepseek/deepseek-chat-v3.1'],
      ['R1', 'deepseek/deepseek-r1'],
      ['GPT-4.1', 'openai/gpt-4.1'],
      ['4.1 mini', 'openai/gpt-4.1-mini'],
    ]);
  });

  it('reads the second side of a comparison the same way', () => {
    // Forum and benchmark headlines.
    expect(found('Claude Sonnet 4 vs 4.5 on SWE-bench; Gemma 3 27B vs. 12B on one GPU')).toEqual([
      ['Claude Sonnet 4', 'anthropic/claude-sonnet-4'],
      ['4.5', 'anthropic/claude-sonnet-4.5'],
      ['Gemma 3 27B', 'google/gemma-3-27b-it'],
      ['12B', 'google/gemma-3-12b-it'],
    ]);
    expect(found('GPT-5 vs 4 others')).toEqual([['GPT-5', 'openai/gpt-5']]);
  });

  it('reads the release a migration note moves to, also where a table cell runs into it', () => {
    // A provider's deprecation table as rendered text, and a changelog line.
    expect(found('Anthropic: Claude Sonnet 4 to 4.5September 29, 2025\nDefault moved from GPT-4.1 → 4.1 mini.')).toEqual([
      ['Anthropic: Claude Sonnet 4', 'anthropic/claude-sonnet-4'],
      ['4.5', 'anthropic/claude-sonnet-4.5'],
      ['GPT-4.1', 'openai/gpt-4.1'],
      ['4.1 mini', 'openai/gpt-4.1-mini'],
    ]);
    // A number after "to" that names no release, or ends no list item, is left alone.
    expect(found('Claude Sonnet 4.5 cut review time to 4 minutes; GPT-5 to 7 tools.')).toEqual([
      ['Claude Sonnet 4.5', 'anthropic/claude-sonnet-4.5'],
      ['GPT-5', 'openai/gpt-5'],
    ]);
  });

  it('reads a sibling after a slash inside an id, as a provider table writes it', () => {
    // LiteLLM's provider table.
    expect(found('| gpt-4.1-mini/nano | "OpenAI" |')).toEqual([
      ['gpt-4.1-mini', 'openai/gpt-4.1-mini'],
      ['nano', 'openai/gpt-4.1-nano'],
    ]);
  });

  it('reads sizes in brackets after a family and version as that family’s models', () => {
    // Fireworks' docs, an Unsloth model card, the Hermes 3 model card.
    expect(found('generated completions from Llama 3.1 (70B, 8B) or Llama 4 models.')).toEqual([
      ['Llama 3.1', 'family:Llama'],
      ['70B', 'meta-llama/llama-3.1-70b-instruct'],
      ['8B', 'meta-llama/llama-3.1-8b-instruct'],
      ['Llama 4', 'family:Llama'],
    ]);
    expect(found('| GRPO with Gemma 3 (12B) | ▶️ Start on Colab |')).toEqual([
      ['Gemma 3', 'family:Gemma'],
      ['12B', 'google/gemma-3-12b-it'],
    ]);
    // The catalogue lists no Hermes 3 8B: that size opens nothing, and the list goes on.
    expect(found('the mid-range model in the Hermes 3 family (8B, 70B, 405B).')).toEqual([
      ['Hermes 3', 'family:Hermes'],
      ['70B', 'nousresearch/hermes-3-llama-3.1-70b'],
      ['405B', 'nousresearch/hermes-3-llama-3.1-405b'],
    ]);
  });

  it('does not take the start of a compound word for a list item', () => {
    // Azure's model list: "o-series" is a product line, not GPT-4o.
    expect(found('OpenAI models such as GPT-4o, GPT-4.1, o-series reasoning models')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['GPT-4.1', 'openai/gpt-4.1'],
    ]);
  });

  it('resolves to nothing when no single model fits, or when the number is not a list item', () => {
    expect(found('Qwen3 32B and 72B')).toEqual([['Qwen3 32B', 'qwen/qwen3-32b']]);
    expect(found('Qwen3 32B, 64GB RAM and GPT-5 and 4 others')).toEqual([
      ['Qwen3 32B', 'qwen/qwen3-32b'],
      ['GPT-5', 'openai/gpt-5'],
    ]);
  });
});
