import { describe, expect, it } from 'vitest';
import { previewLineSnapshot } from '@/lib/detection/preview-line-dates';
import { datedFinderFor, model } from './models';

// Gemini 2.5 Pro and its preview line as the catalogue lists them: the preview's builds are models of their own.
const found = datedFinderFor([
  model('google/gemini-2.5-pro', 'Gemini 2.5 Pro', { authorName: 'Google', position: 1 }),
  model('google/gemini-2.5-pro-preview', 'Gemini 2.5 Pro Preview 06-05', { authorName: 'Google', modelsDev: ['google/gemini-2.5-pro-preview-06-05'], position: 8 }),
  model('google/gemini-2.5-pro-preview-05-06', 'Gemini 2.5 Pro Preview 05-06', { authorName: 'Google', position: 9 }),
  model('openai/gpt-4.1', 'GPT-4.1', { authorName: 'OpenAI', position: 10 }),
]);

describe('a date after a release that names a build of its preview line', () => {
  it('opens the preview build listed on that day', () => {
    // A summary of the SWE-bench leaderboard, and a results table's shorthand.
    expect(found('| Gemini 2.5 Pro (2025-05-06) | 53.60 |  | 2025-05-21 |')).toEqual([['Gemini 2.5 Pro (2025-05-06)', 'google/gemini-2.5-pro-preview-05-06']]);
    expect(found('mini-SWE-agent + Gemini 2.5 Pro (2025-05-06) | 53.60')).toEqual([['Gemini 2.5 Pro (2025-05-06)', 'google/gemini-2.5-pro-preview-05-06']]);
  });

  it('keeps the release, saying so, for a day no build is listed on', () => {
    expect(found('| Gemini 2.5 Pro (2025-06-17) | 59.60 |')).toEqual([['Gemini 2.5 Pro (2025-06-17)', 'google/gemini-2.5-pro', '2025-06-17']]);
    expect(found('| GPT-4.1 (2025-04-14) | 39.58 |')).toEqual([['GPT-4.1 (2025-04-14)', 'openai/gpt-4.1', '2025-04-14']]);
  });

  it('looks only at the release\'s own preview line', () => {
    const snapshots = new Map([['google/gemini-2.5-pro-preview', [['0506', 7] as const]]]);
    expect(previewLineSnapshot('google/gemini-2.5-pro', '20250506', (id) => snapshots.get(id))).toBe(7);
    expect(previewLineSnapshot('google/gemini-2.5-pro-preview', '20250506', (id) => snapshots.get(id))).toBeUndefined();
    expect(previewLineSnapshot('google/gemini-2.5-flash', '20250506', (id) => snapshots.get(id))).toBeUndefined();
  });
});
