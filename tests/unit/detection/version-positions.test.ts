import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('openai/gpt-5.1-codex-max', 'GPT-5.1-Codex-Max', { authorName: 'OpenAI', names: ['GPT-5.1 Codex Max'] }),
  model('openai/gpt-5.1-codex', 'GPT-5.1-Codex', { authorName: 'OpenAI' }),
  model('openai/gpt-5.1-codex-mini', 'GPT-5.1-Codex-Mini', { authorName: 'OpenAI' }),
  model('google/gemini-3-pro-preview', 'Gemini 3 Pro Preview', { authorName: 'Google', names: ['Gemini 3 Pro'] }),
  model('google/gemini-2.5-pro-preview', 'Gemini 2.5 Pro Preview', { authorName: 'Google' }),
  model('google/gemini-2.5-flash-lite', 'Gemini 2.5 Flash Lite', { authorName: 'Google' }),
  model('minimax/minimax-m2.1', 'MiniMax M2.1', { authorName: 'MiniMax' }),
  model('minimax/minimax-m2', 'MiniMax M2', { authorName: 'MiniMax' }),
];
const found = finderFor(MODELS);

describe('a version written elsewhere in the name', () => {
  it('reads the version after the first tier word as the same model', () => {
    // Discord recaps and forum replies.
    expect(found('Honestly GPT Codex 5.1 Max fixed the flaky test on the first try.')).toEqual([['GPT Codex 5.1 Max', 'openai/gpt-5.1-codex-max']]);
    expect(found('I drafted both chapters with Gemini Pro 3 Preview and then edited by hand.')).toEqual([['Gemini Pro 3 Preview', 'google/gemini-3-pro-preview']]);
    expect(found('gemini flash 2.5 lite is fine for tagging')).toEqual([['gemini flash 2.5 lite', 'google/gemini-2.5-flash-lite']]);
  });

  it('reads a lettered version before the brand as the same model', () => {
    expect(found('Heard M2.1 Minimax weights drop next week.')).toEqual([['M2.1 Minimax', 'minimax/minimax-m2.1']]);
  });

  it('never moves a name to another generation or tier, nor reads a version without its brand', () => {
    expect(found('Gemini Pro 2.5 Preview was the old default.')).toEqual([['Gemini Pro 2.5 Preview', 'google/gemini-2.5-pro-preview']]);
    expect(found('GPT Codex 5.1 Mini is cheaper.')).toEqual([['GPT Codex 5.1 Mini', 'openai/gpt-5.1-codex-mini']]);
    // No brand: a plan name and a version are not a model.
    expect(found('The Pro 3 Preview plan and Codex 5.1 Max tier are sold out; M2.1 is a road.')).toEqual([]);
  });
});
