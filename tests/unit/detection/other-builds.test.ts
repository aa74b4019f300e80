import { describe, expect, it } from 'vitest';
import type { IndexableModel } from '@/lib/detection/alias-index';
import { namesAnotherBuild } from '@/lib/detection/other-builds';
import { finderFor, model } from './models';

/** A model as models.dev merges it: a reseller's ids filed under it, no OpenRouter id. */
function resold(id: string, name: string, names: string[], modelsDev: string[]): IndexableModel {
  return { ...model(id, name, { authorName: 'Qwen', names }), ids: { openrouter: [], modelsDev } };
}

// A reseller files the November 2024 preview under the March 2025 release.
const QWQ = resold('qwen/qwq-32b', 'QwQ 32B', ['Qwen QwQ 32B Preview'], ['alibaba-cn/qwq-32b', 'nano-gpt/qwen/qwq-32b-preview']);
const KIMI = { ...model('moonshotai/kimi-k2-0905', 'Kimi K2 0905', { authorName: 'MoonshotAI', modelsDev: ['302ai/kimi-k2-0905-preview'] }) };
const O1 = { ...model('openai/o1', 'o1', { authorName: 'OpenAI', names: ['OpenAI o1-preview'] }), ids: { openrouter: [], modelsDev: ['openai/o1', 'openai/o1-preview'] } };

describe('a build word the model does not carry', () => {
  const found = finderFor([QWQ, KIMI, O1]);

  it('leaves a preview the catalogue does not list alone, and still reads the release', () => {
    // DeepSeek-R1's model card compares the distills with the preview.
    expect(found('| QwQ-32B-Preview | 50.0 | 60.0 | 90.6 | 54.5 | 41.9 | 1316 |')).toEqual([]);
    expect(found('ollama run qwq  # QwQ-32B, the reasoning model of the Qwen series')).toEqual([['QwQ-32B', 'qwen/qwq-32b']]);
  });

  it('keeps a dated preview, which is that date’s snapshot', () => {
    expect(found('model="kimi-k2-0905-preview", temperature=0.6')).toEqual([['kimi-k2-0905-preview', 'moonshotai/kimi-k2-0905']]);
  });

  it('keeps a preview name the maker itself files under the model', () => {
    expect(namesAnotherBuild('o1-preview', O1)).toBe(false);
    expect(namesAnotherBuild('qwq-32b-preview', QWQ)).toBe(true);
    expect(namesAnotherBuild('Qwen QwQ 32B Preview', QWQ)).toBe(true);
  });
});
