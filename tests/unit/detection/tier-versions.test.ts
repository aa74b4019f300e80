import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('mistralai/mistral-small-3.1-24b-instruct', 'Mistral Small 3.1 24B', { authorName: 'Mistral', names: ['Mistral Small 3.1'] }),
  model('mistralai/mistral-small-3.2-24b-instruct', 'Mistral Small 3.2 24B', { authorName: 'Mistral', names: ['Mistral Small 3.2'] }),
  model('mistralai/mistral-medium-3', 'Mistral Medium 3', { authorName: 'Mistral' }),
  model('google/gemini-2.5-pro', 'Gemini 2.5 Pro', { authorName: 'Google' }),
  model('google/gemini-2.5-flash', 'Gemini 2.5 Flash', { authorName: 'Google' }),
  model('google/gemini-3-pro-preview', 'Gemini 3 Pro Preview', { authorName: 'Google', names: ['Gemini 3 Pro'] }),
];
const found = finderFor(MODELS);

describe('a tier or version that continues the name before it', () => {
  it('reads the tier word with another version, or another version with a tier, as the brand’s model', () => {
    // An open-weight ranking.
    expect(found('Mistral Small 3.2 (released June 2025) is a direct weight-upgrade of Small 3.1 using the same 24B base.')).toEqual([
      ['Mistral Small 3.2', 'mistralai/mistral-small-3.2-24b-instruct'],
      ['Small 3.1', 'mistralai/mistral-small-3.1-24b-instruct'],
    ]);
    // A forum reply.
    expect(found("gemini 2.5 pro is the only one that doesn't fall apart past 200k tokens imo. 2.5 flash for the cheap stuff")).toEqual([
      ['gemini 2.5 pro', 'google/gemini-2.5-pro'],
      ['2.5 flash', 'google/gemini-2.5-flash'],
    ]);
  });

  it('leaves numbers and words that only look like a tier and a version', () => {
    expect(found('Gemini 2.5 Pro handled it, and 3 pro users agreed; Table 3 shows 2.5 times fewer errors.')).toEqual([['Gemini 2.5 Pro', 'google/gemini-2.5-pro']]);
    // Lower case "small" is the ordinary word; a name in an earlier paragraph is not in force.
    expect(found('Mistral Small 3.2 beats a small 3.1 rig.\n\nSmall 3.1 is older.')).toEqual([['Mistral Small 3.2', 'mistralai/mistral-small-3.2-24b-instruct']]);
  });
});
