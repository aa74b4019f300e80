import { describe, expect, it } from 'vitest';
import type { IndexableModel } from '@/lib/detection/alias-index';
import { carriesDate, undatedIds } from '@/lib/detection/undated-names';
import { finderFor, model } from './models';

/** An entry only models.dev's resellers list, under their ids. */
function resold(id: string, name: string, modelsDev: string[], providers: number): IndexableModel {
  return { ...model(id, name, { authorName: 'Cohere', modelsDev, providers }), ids: { openrouter: [], modelsDev } };
}

// Cohere's Command R+ as the catalogue holds it: OpenRouter's 08-2024 snapshot (which it also
// calls plain "Command R+"), Azure's entry of that date named "Command R+", and GitHub Models'
// undated entry, whose id has the maker's name in front.
const MODELS = [
  model('cohere/command-r-plus-08-2024', 'Command R+ (08-2024)', { authorName: 'Cohere', names: ['Command R+', 'Cohere: Command R+'], position: 30 }),
  resold('cohere/cohere-command-r-plus-08-2024', 'Command R+', ['azure/cohere-command-r-plus-08-2024', 'github-models/cohere/cohere-command-r-plus-08-2024'], 3),
  resold('cohere/cohere-command-r-plus', 'Cohere Command R+', ['github-models/cohere/cohere-command-r-plus'], 1),
];
const found = finderFor(MODELS);

describe('a name without a date', () => {
  it('opens the undated model, not a snapshot that resellers also call by it', () => {
    // A model-comparison table rendered as text.
    expect(found('No Command R+ Cohere 2024 ~52B 128k MT-Bench: ~8.4')).toEqual([['Command R+', 'cohere/cohere-command-r-plus']]);
  });

  it('leaves a dated name to its snapshot, OpenRouter’s entry first', () => {
    expect(found('Cohere: Command R+ (08-2024) and command-r-plus-08-2024 cost less')).toEqual([
      ['Cohere: Command R+ (08-2024)', 'cohere/command-r-plus-08-2024'],
      ['command-r-plus-08-2024', 'cohere/command-r-plus-08-2024'],
    ]);
  });

  it('finds the undated id with or without the maker in front, and a date wherever the name has it', () => {
    expect(undatedIds('cohere/command-r-plus')).toEqual(['cohere/command-r-plus', 'cohere/cohere-command-r-plus']);
    expect(undatedIds('cohere/cohere-command-r')).toEqual(['cohere/cohere-command-r']);
    expect(['Kimi K2 0905', 'kimi-k2-0711-preview', 'Command R+ (08-2024)', 'Command R+', 'Llama 3.1 405B'].map(carriesDate)).toEqual([true, true, true, false, false]);
  });
});

describe('a reseller’s name for another date', () => {
  // A reseller files "kimi-k2-0711-preview" under the 0905 snapshot.
  const kimi = finderFor([
    model('moonshotai/kimi-k2', 'Kimi K2 0711', { authorName: 'MoonshotAI', position: 40 }),
    model('moonshotai/kimi-k2-0905', 'Kimi K2 0905', { authorName: 'MoonshotAI', modelsDev: ['moonshotai/kimi-k2-0711-preview', 'moonshotai/kimi-k2-0905-preview'], position: 10 }),
  ]);

  it('never opens that snapshot, whatever else it opens', () => {
    expect(kimi('model: kimi-k2-0711-preview (deprecated); use kimi-k2-0905-preview')).toEqual([['kimi-k2-0905-preview', 'moonshotai/kimi-k2-0905']]);
  });
});
