import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('openai/gpt-4-turbo', 'GPT-4 Turbo', { authorName: 'OpenAI', names: ['GPT-4-turbo'] }),
  model('openai/gpt-5', 'GPT-5', { authorName: 'OpenAI' }),
  model('openai/gpt-5.1', 'GPT-5.1', { authorName: 'OpenAI' }),
  model('openai/gpt-5.5', 'GPT-5.5', { authorName: 'OpenAI' }),
  model('openai/o3', 'o3', { authorName: 'OpenAI' }),
  model('anthropic/claude-3-opus', 'Claude 3 Opus', { authorName: 'Anthropic' }),
  model('anthropic/claude-opus-4.6', 'Claude Opus 4.6', { authorName: 'Anthropic' }),
  model('anthropic/claude-opus-4.7', 'Claude Opus 4.7', { authorName: 'Anthropic' }),
  model('anthropic/claude-opus-4', 'Claude Opus 4', { authorName: 'Anthropic' }),
  model('google/gemini-2.5-pro', 'Gemini 2.5 Pro', { authorName: 'Google' }),
  model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta' }),
  model('minimax/minimax-m1', 'MiniMax M1', { authorName: 'MiniMax' }),
  model('google/gemini-3.1-flash-tts', 'Gemini 3.1 Flash TTS', { authorName: 'Google' }),
  model('meta-llama/llama-3-70b-instruct', 'Llama 3 70B Instruct', { authorName: 'Meta' }),
  model('qwen/qwen3-235b-a22b', 'Qwen3 235B A22B', { authorName: 'Qwen' }),
];
const found = finderFor(MODELS);

// Leaderboard and comparison tables as a page's text reads them, one cell run into the next.
describe('names in table cells run together', () => {
  it('ends a name where the next cell’s capitalised word starts', () => {
    expect(found('Yes GPT-4.5 / GPT-4-turboOpenAI2023~1.8T (MoE*)128k')).toContainEqual(['GPT-4-turbo', 'openai/gpt-4-turbo']);
    expect(found('(MT-Bench / MMLU / HumanEval)Multimodal Claude 3 OpusAnthropic2024Undisclosed200k')).toEqual([['Claude 3 Opus', 'anthropic/claude-3-opus']]);
    // A model comparison table: the maker column after a size.
    expect(found('~80%Yes LLaMA 3 70BMeta202470B8kMT-Bench')).toEqual([['LLaMA 3 70B', 'meta-llama/llama-3-70b-instruct']]);
    // A text-to-speech table: the organisation column after an acronym.
    expect(found('| Google Gemini 3.1 Flash TTSGoogle | 12* | 1214 |')).toEqual([['Google Gemini 3.1 Flash TTS', 'google/gemini-3.1-flash-tts']]);
  });

  it('ends a name where a score, a year or a size column runs on', () => {
    expect(found('1. Claude Opus 4.71503.0 - 2. Claude Opus 4.61501.0 - 5. GPT-5.51488.0')).toEqual([
      ['Claude Opus 4.7', 'anthropic/claude-opus-4.7'],
      ['Claude Opus 4.6', 'anthropic/claude-opus-4.6'],
      ['GPT-5.5', 'openai/gpt-5.5'],
    ]);
    expect(found('🥇 Gemini-2.5-Pro14731491134596.414062GoogleProprietary')).toEqual([['Gemini-2.5-Pro', 'google/gemini-2.5-pro']]);
    expect(found('Minimax Minimax-M11374Apache 2.0')).toEqual([['Minimax Minimax-M1', 'minimax/minimax-m1']]);
    expect(found('ModelParametersQuantizationSpeedBest For Llama 3.1 8B8BQ4_K_M~40 tok/s')).toEqual([['Llama 3.1 8B', 'meta-llama/llama-3.1-8b-instruct']]);
  });

  it('keeps a full date run into the next cell, falling back to the undated model', () => {
    expect(found('🥇 o3-2025-04-1614261441130120095OpenAIProprietary')).toEqual([['o3-2025-04-16', 'openai/o3']]);
  });

  it('leaves a number after a space as a number', () => {
    expect(found('GPT-5 128000 tokens of context')).toEqual([['GPT-5', 'openai/gpt-5']]);
  });

  it('reads a model with its reasoning switched off as the model', () => {
    // An arena table.
    expect(found('MIT Qwen Qwen3-235B-A22B-no-thinking138988.5Apache 2.0')).toEqual([['Qwen Qwen3-235B-A22B-no-thinking', 'qwen/qwen3-235b-a22b']]);
  });
});
