import { describe, expect, it } from 'vitest';
import type { IndexableModel } from '@/lib/detection/alias-index';
import { finderFor, model } from './models';

// Mistral Large as the catalogue holds it: the undated entry is the 2411 release ("Large 2.1"),
// and one reseller files it under "mistral-large2", the name of the 2407 release.
const LARGE: IndexableModel = {
  ...model('mistralai/mistral-large', 'Mistral Large', { authorName: 'Mistral', names: ['Mistral Large 2.1', 'Mistral Large 2411'] }),
  ids: { openrouter: ['mistralai/mistral-large'], modelsDev: ['azure/mistral-large-2411', 'somereseller/mistral-large2'] },
};
const found = finderFor([LARGE, model('mistralai/mistral-large-2407', 'Mistral Large 2407', { authorName: 'Mistral' })]);

describe('a reseller’s id stating the version less precisely than the model’s names', () => {
  it('does not open the later release', () => {
    // A home-lab hardware guide.
    expect(found('Mistral Large 2 weighs in at 123B parameters and needs serious hardware.')).toEqual([]);
  });

  it('leaves the model’s own names and precise versions to it', () => {
    expect(found('Mistral Large 2.1 (24.11) replaced Mistral Large 2407; mistral-large-2411 is the API id.')).toEqual([
      ['Mistral Large 2.1', 'mistralai/mistral-large'],
      ['Mistral Large 2407', 'mistralai/mistral-large-2407'],
      ['mistral-large-2411', 'mistralai/mistral-large'],
    ]);
  });
});
