import { describe, expect, it } from 'vitest';
import { onlySnapshotOn, readSlashDateAfter } from '@/lib/detection/slash-dates';
import { datedFinderFor, model } from './models';

// Kimi K2's snapshots as OpenRouter lists them: the 0711 entry is the undated id.
const MODELS = [
  model('moonshotai/kimi-k2', 'Kimi K2 0711', { authorName: 'MoonshotAI', names: ['Kimi K2'], position: 40 }),
  model('moonshotai/kimi-k2-0905', 'Kimi K2 0905', { authorName: 'MoonshotAI', position: 10 }),
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', position: 5 }),
  model('openai/gpt-4o-2024-11-20', 'GPT-4o (2024-11-20)', { authorName: 'OpenAI', position: 30 }),
  model('deepseek/deepseek-chat-v3', 'DeepSeek V3', { authorName: 'DeepSeek', position: 15 }),
];
const found = datedFinderFor(MODELS);

describe('slash dates', () => {
  it('reads a bracketed or bare MM/DD after a name as the one snapshot listed on that day', () => {
    // OpenRouter's display name of moonshotai/kimi-k2-0905, and a post copying it.
    expect(found('MoonshotAI: Kimi K2 (09/05) is now the default')).toEqual([['MoonshotAI: Kimi K2 (09/05)', 'moonshotai/kimi-k2-0905']]);
    expect(found('switched from Kimi K2 09/05, then back')).toEqual([['Kimi K2 09/05', 'moonshotai/kimi-k2-0905']]);
    expect(found('GPT-4o (11/20) for the rest')).toEqual([['GPT-4o (11/20)', 'openai/gpt-4o-2024-11-20']]);
  });

  it('leaves fractions, scores and unlisted days alone', () => {
    // 0711 is the undated entry itself, not a snapshot listed apart: the name alone opens it.
    expect(found('Kimi K2 (07/11) scored')).toEqual([['Kimi K2', 'moonshotai/kimi-k2']]);
    expect(found('DeepSeek V3 (03/24) and DeepSeek V3 10/10 would use again')).toEqual([
      ['DeepSeek V3', 'deepseek/deepseek-chat-v3'],
      ['DeepSeek V3', 'deepseek/deepseek-chat-v3'],
    ]);
    expect(found('Kimi K2 3/4 of the time, Kimi K2 09/05/2025 release')).toEqual([
      ['Kimi K2', 'moonshotai/kimi-k2'],
      ['Kimi K2', 'moonshotai/kimi-k2'],
    ]);
    expect(found('GPT-4o 11/20.5')).toEqual([['GPT-4o', 'openai/gpt-4o']]);
  });

  it('reads only month/day shapes, and a day only when one model is listed on it', () => {
    expect(readSlashDateAfter('K2 (09/05)', 2)).toEqual({ end: 10, date: '0905', written: '09/05' });
    expect(readSlashDateAfter('K2 13/05', 2)).toBeNull();
    expect(readSlashDateAfter('K2/09/05', 2)).toBeNull();
    expect(onlySnapshotOn([['0905', 1]], '0905')).toBe(1);
    expect(onlySnapshotOn([['20240905', 1], ['20250905', 2]], '0905')).toBeUndefined();
  });
});
