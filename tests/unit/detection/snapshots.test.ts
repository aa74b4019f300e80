import { describe, expect, it } from 'vitest';
import { normaliseDate, splitDate } from '@/lib/detection/snapshots';
import { datedFinderFor, model } from './models';

// Snapshots as OpenRouter and models.dev list them: some dates are models of their own, some are not.
const MODELS = [
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', modelsDev: ['openai/gpt-4o-2024-11-20'], position: 5 }),
  model('openai/gpt-4o-2024-11-20', 'GPT-4o (2024-11-20)', { authorName: 'OpenAI', names: ['GPT-4o'], position: 30 }),
  model('openai/gpt-4o-2024-05-13', 'GPT-4o (2024-05-13)', { authorName: 'OpenAI', position: 60 }),
  // A reseller also calls the 0905 snapshot "Kimi K2 0711": the date decides, not the better rank.
  model('moonshotai/kimi-k2', 'Kimi K2 0711', { authorName: 'MoonshotAI', names: ['Kimi K2'], position: 40 }),
  model('moonshotai/kimi-k2-0905', 'Kimi K2 0905', { authorName: 'MoonshotAI', names: ['Kimi K2 0711'], modelsDev: ['helicone/kimi-k2-0711'], position: 10 }),
  model('deepseek/deepseek-chat-v3', 'DeepSeek V3', { authorName: 'DeepSeek', position: 15 }),
  model('deepseek/deepseek-chat-v3-0324', 'DeepSeek V3 0324', { authorName: 'DeepSeek', position: 20 }),
  model('cohere/command-r', 'Command R', { authorName: 'Cohere', position: 81 }),
  model('cohere/command-r-08-2024', 'Command R (08-2024)', { authorName: 'Cohere', position: 70 }),
  model('anthropic/claude-3.5-sonnet', 'Claude 3.5 Sonnet', { authorName: 'Anthropic', position: 20 }),
  model('tencent/hunyuan-turbos', 'Hunyuan-TurboS', { authorName: 'Tencent', position: 50 }),
  model('deepseek/deepseek-r1', 'DeepSeek R1', { authorName: 'DeepSeek', position: 12 }),
];
const found = datedFinderFor(MODELS);

describe('dated snapshots', () => {
  it('opens the snapshot listed as a model of its own, however the date is written', () => {
    expect(found('Row 23: GPT-4o (2024-11-20), and the older gpt-4o-2024-05-13.')).toEqual([
      ['GPT-4o (2024-11-20)', 'openai/gpt-4o-2024-11-20'],
      ['gpt-4o-2024-05-13', 'openai/gpt-4o-2024-05-13'],
    ]);
    expect(found('DeepSeek V3 0324 and deepseek-chat-v3-0324 beat DeepSeek V3.')).toEqual([
      ['DeepSeek V3 0324', 'deepseek/deepseek-chat-v3-0324'],
      ['deepseek-chat-v3-0324', 'deepseek/deepseek-chat-v3-0324'],
      ['DeepSeek V3', 'deepseek/deepseek-chat-v3'],
    ]);
    expect(found('Cohere: Command R (08-2024) and command-r-08-2024')).toEqual([
      ['Cohere: Command R (08-2024)', 'cohere/command-r-08-2024'],
      ['command-r-08-2024', 'cohere/command-r-08-2024'],
    ]);
  });

  it('never opens another date’s card', () => {
    expect(found('MoonshotAI: Kimi K2 0711 vs Kimi K2 0905')).toEqual([
      ['MoonshotAI: Kimi K2 0711', 'moonshotai/kimi-k2'],
      ['Kimi K2 0905', 'moonshotai/kimi-k2-0905'],
    ]);
  });

  it('falls back to the undated model when no snapshot of that date is listed, and says which date was written', () => {
    expect(found('GPT-4o (2024-08-06) and claude-3-5-sonnet@20240620 on Vertex')).toEqual([
      ['GPT-4o (2024-08-06)', 'openai/gpt-4o', '2024-08-06'],
      ['claude-3-5-sonnet@20240620', 'anthropic/claude-3.5-sonnet', '20240620'],
    ]);
  });

  it('reads only real dates', () => {
    expect(found('GPT-4o (2024) and GPT-4o-1399')).toEqual([['GPT-4o', 'openai/gpt-4o'], ['GPT-4o', 'openai/gpt-4o']]);
    expect([normaliseDate('2024-11-20'), normaliseDate('0324'), normaliseDate('08-2024'), normaliseDate('2506'), normaliseDate('1399')]).toEqual([
      '20241120',
      '0324',
      '202408',
      null,
      null,
    ]);
    expect(splitDate('openai/gpt-4o-2024-11-20')).toEqual({ base: 'openai/gpt-4o', date: '20241120' });
    expect(splitDate('mistralai/mistral-small-2506')).toBeNull();
  });

  it('reads the date as Azure writes a deployment’s model version', () => {
    expect(found('a named instance of a specific model (say gpt-4o, version 2024-11-20) that you create')).toEqual([
      ['gpt-4o, version 2024-11-20', 'openai/gpt-4o-2024-11-20'],
    ]);
  });

  it('reads a date after a space only where that snapshot is listed', () => {
    // A results table's header (DeepSeek-R1 model card).
    expect(found('| Claude-3.5-Sonnet-1022 | GPT-4o 0513 | DeepSeek V3 |')).toEqual([
      ['Claude-3.5-Sonnet-1022', 'anthropic/claude-3.5-sonnet', '1022'],
      ['GPT-4o 0513', 'openai/gpt-4o-2024-05-13'],
      ['DeepSeek V3', 'deepseek/deepseek-chat-v3'],
    ]);
    expect(found('GPT-4o 1024 tokens')).toEqual([['GPT-4o', 'openai/gpt-4o']]);
  });

  it('reads a date run into the next cell of a rendered table', () => {
    // Arena rows as a page's text reads them: name, date, score, votes with nothing between.
    expect(found('DeepSeek DeepSeek-V3-0324138488.5MIT')).toEqual([['DeepSeek DeepSeek-V3-0324', 'deepseek/deepseek-chat-v3-0324']]);
    // A full date is a date however the digits go on; no such snapshot is listed, so the card says which was written.
    expect(found('🥈 Hunyuan-Turbos-20250416138013858244TencentProprietary')).toEqual([['Hunyuan-Turbos-20250416', 'tencent/hunyuan-turbos', '20250416']]);
    // Four digits may be a date or the start of the score: not the undated model either way.
    expect(found('DeepSeek DeepSeek-R1-0528142490.8MIT')).toEqual([]);
  });
});
