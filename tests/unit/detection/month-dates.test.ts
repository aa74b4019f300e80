import { describe, expect, it } from 'vitest';
import { datedFinderFor, model } from './models';

// Snapshots as OpenRouter lists them: a full date, and a preview build of a released model.
const MODELS = [
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', position: 5 }),
  model('openai/gpt-4o-2024-11-20', 'GPT-4o (2024-11-20)', { authorName: 'OpenAI', position: 30 }),
  model('openai/gpt-4o-2024-08-06', 'GPT-4o (2024-08-06)', { authorName: 'OpenAI', position: 31 }),
  model('google/gemini-2.5-flash-lite', 'Gemini 2.5 Flash Lite', { authorName: 'Google', names: ['Gemini 2.5 Flash-Lite'], position: 20 }),
  model('google/gemini-2.5-flash-lite-preview-09-2025', 'Gemini 2.5 Flash Lite Preview 09-2025', { authorName: 'Google', position: 40 }),
  model('anthropic/claude-3.5-sonnet', 'Claude 3.5 Sonnet', { authorName: 'Anthropic', position: 10 }),
];
const found = datedFinderFor(MODELS);

describe('a snapshot named by its month, as benchmark sites write it', () => {
  it('opens the snapshot listed in that month', () => {
    // A model profile page's opening sentence.
    expect(found("Google's Gemini 2.5 Flash-Lite (Sep '25) emerges as a specialized powerhouse within the Gemini family")).toEqual([
      ["Gemini 2.5 Flash-Lite (Sep '25)", 'google/gemini-2.5-flash-lite-preview-09-2025'],
    ]);
    // Artificial Analysis names dated GPT-4o builds by month; the listed build of that month is a full date.
    expect(found('GPT-4o (Nov ’24) and GPT-4o (Aug 2024) both score 29')).toEqual([
      ['GPT-4o (Nov ’24)', 'openai/gpt-4o-2024-11-20'],
      ['GPT-4o (Aug 2024)', 'openai/gpt-4o-2024-08-06'],
    ]);
  });

  it('reads nothing into a month no listed snapshot has: it is more often the release date', () => {
    expect(found("Claude 3.5 Sonnet (Oct '24) and GPT-4o (May 2024)")).toEqual([
      ['Claude 3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });
});
