import { describe, expect, it } from 'vitest';
import type { IndexableModel } from '@/lib/detection/alias-index';
import { datedFinderFor, model } from './models';

/** An entry only models.dev's resellers list, under their ids. */
function resold(id: string, name: string, options: { names?: string[]; modelsDev: string[]; position: number }): IndexableModel {
  return { ...model(id, name, { authorName: 'Anthropic', ...options }), ids: { openrouter: [], modelsDev: options.modelsDev } };
}

// Claude 3.5 Sonnet as the merged catalogue keeps it: two releases, neither entry id dated; the
// dates are in the ids the sources give them.
const CLAUDE = [
  resold('anthropic/claude-3.5-sonnet', 'Claude Sonnet 3.5', {
    names: ['Claude 3.5 Sonnet'],
    modelsDev: ['anthropic/claude-3-5-sonnet-20240620', 'sap-ai-core/anthropic--claude-3.5-sonnet'],
    position: 20,
  }),
  resold('anthropic/claude-3.5-sonnet-v2', 'Claude Sonnet 3.5 v2', {
    names: ['Anthropic: Claude 3.5 Sonnet v2'],
    modelsDev: ['anthropic/claude-3-5-sonnet-20241022', 'helicone/claude-3.5-sonnet-v2'],
    position: 15,
  }),
];
const found = datedFinderFor(CLAUDE);

describe('a date an entry’s source ids state', () => {
  it('opens that entry after the name the dated id extends, however the date is written', () => {
    // LiteLLM's Bedrock example and the DeepSeek-V3 README's benchmark table.
    expect(found('response = completion(model="bedrock/us.anthropic.claude-3-5-sonnet-20241022-v2:0", messages=messages)')).toEqual([
      ['us.anthropic.claude-3-5-sonnet-20241022-v2:0', 'anthropic/claude-3.5-sonnet-v2'],
    ]);
    expect(found('| Benchmark (Metric) | DeepSeek V2-0506 | Claude-3.5-Sonnet-1022 | GPT-4o 0513 |')).toEqual([
      ['Claude-3.5-Sonnet-1022', 'anthropic/claude-3.5-sonnet-v2'],
    ]);
  });

  it('reads a month after the name only when it reaches the other release', () => {
    // A model-comparison table and a changelog line.
    expect(found('| Claude 3.5 Sonnet (Oct 2024) | 200K | $3 / $15 |')).toEqual([['Claude 3.5 Sonnet (Oct 2024)', 'anthropic/claude-3.5-sonnet-v2']]);
    expect(found('Claude 3.5 Sonnet (June 2024) is deprecated.')).toEqual([['Claude 3.5 Sonnet', 'anthropic/claude-3.5-sonnet']]);
  });

  it('leaves a name without a date, and the date the first release states, to the first release', () => {
    expect(found('Claude 3.5 Sonnet v2 replaced Claude 3.5 Sonnet on Oct 22')).toEqual([
      ['Claude 3.5 Sonnet v2', 'anthropic/claude-3.5-sonnet-v2'],
      ['Claude 3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
    ]);
    // Vertex AI's model names: the June entry holds its own date, so the card is that release's and needs no snapshot note.
    expect(found('model="claude-3-5-sonnet@20240620"')).toEqual([['claude-3-5-sonnet@20240620', 'anthropic/claude-3.5-sonnet']]);
  });

  it('names no entry when two entries state it, or an entry dated otherwise files it', () => {
    const twice = datedFinderFor([
      ...CLAUDE.slice(0, 1),
      resold('anthropic/claude-3.5-sonnet-v2', 'Claude Sonnet 3.5 v2', { modelsDev: ['anthropic/claude-3-5-sonnet-20241022'], position: 15 }),
      resold('anthropic/claude-3.5-sonnet-new', 'Claude Sonnet 3.5 (new)', { modelsDev: ['poe/claude-3-5-sonnet-20241022'], position: 16 }),
    ]);
    expect(twice('claude-3-5-sonnet-1022')).toEqual([['claude-3-5-sonnet-1022', 'anthropic/claude-3.5-sonnet', '1022']]);
    // A reseller files the 0711 id under the 0905 snapshot.
    const kimi = datedFinderFor([
      model('moonshotai/kimi-k2', 'Kimi K2', { authorName: 'MoonshotAI', position: 40 }),
      model('moonshotai/kimi-k2-0905', 'Kimi K2 0905', { authorName: 'MoonshotAI', modelsDev: ['helicone/kimi-k2-0711'], position: 10 }),
    ]);
    expect(kimi('"model": "kimi-k2-0711", then kimi-k2-0905')).toEqual([
      ['kimi-k2-0711', 'moonshotai/kimi-k2', '0711'],
      ['kimi-k2-0905', 'moonshotai/kimi-k2-0905'],
    ]);
  });
});
