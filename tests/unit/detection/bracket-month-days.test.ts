import { describe, expect, it } from 'vitest';
import { readBracketMonthDayAfter } from '@/lib/detection/bracket-month-days';
import { datedFinderFor, model } from './models';

const found = datedFinderFor([
  model('google/gemini-2.5-flash', 'Gemini 2.5 Flash', { authorName: 'Google', position: 7 }),
  model('google/gemini-2.5-flash-preview-04-17', 'Gemini 2.5 Flash Preview', { authorName: 'Google', position: 11 }),
  model('google/gemini-2.5-flash-preview-05-20', 'Gemini 2.5 Flash 0520', { authorName: 'Google', position: 12 }),
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', position: 5 }),
  model('openai/gpt-4o-2024-11-20', 'GPT-4o (2024-11-20)', { authorName: 'OpenAI', position: 30 }),
]);

describe('a bracketed month and day after a name', () => {
  it('opens the one snapshot listed on that day', () => {
    // Kimi K2's comparison table, rendered: the header cell breaks before "Preview".
    expect(found('GPT-4.1\tGemini 2.5 Flash\nPreview (05-20)\nCoding Tasks')).toEqual([['Gemini 2.5 Flash\nPreview (05-20)', 'google/gemini-2.5-flash-preview-05-20']]);
    expect(found('Gemini 2.5 Flash (05-20) and GPT-4o (11-20)')).toEqual([
      ['Gemini 2.5 Flash (05-20)', 'google/gemini-2.5-flash-preview-05-20'],
      ['GPT-4o (11-20)', 'openai/gpt-4o-2024-11-20'],
    ]);
  });

  it('leaves ranges and days no snapshot is listed on alone', () => {
    expect(found('GPT-4o (10-12 seconds) and GPT-4o (03-24)')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
    expect(readBracketMonthDayAfter('Flash (05-20)', 5)).toEqual({ end: 13, date: '0520', written: '05-20' });
    expect(readBracketMonthDayAfter('Flash (13-20)', 5)).toBeNull();
    expect(readBracketMonthDayAfter('Flash (05-20-2025)', 5)).toBeNull();
  });
});
