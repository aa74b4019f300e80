import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('cohere/command-r-plus', 'Command R+', { authorName: 'Cohere', position: 80 }),
  model('cohere/command-r', 'Command R', { authorName: 'Cohere', position: 81 }),
];
const found = finderFor(MODELS);

describe('a "+" spelled out', () => {
  it('reads "Plus" after the letter as the "+" model', () => {
    // An LLM command-line tool's changelog, 0.14 (its plugin list).
    expect(found("supporting Cohere's Command R and Command R Plus API models.")).toEqual([
      ['Command R', 'cohere/command-r'],
      ['Command R Plus', 'cohere/command-r-plus'],
    ]);
    expect(found('"model": "command-r-plus",')).toEqual([['command-r-plus', 'cohere/command-r-plus']]);
  });

  it('leaves a "Plus" that follows no such letter alone', () => {
    expect(found('Command R with the R Plus package, and a Command Plus subscription.')).toEqual([['Command R', 'cohere/command-r']]);
  });
});
