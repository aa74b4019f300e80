import { describe, expect, it } from 'vitest';
import { forwardSearch } from '../../../lib/detection/forward-search';

// From the Llama 3.1 model card: sizes (a digit, then B) in a few places, none at the end.
const TEXT =
  'The Meta Llama 3.1 collection of multilingual large language models (LLMs) is a collection of pretrained and instruction tuned generative models in 8B, 70B and 405B sizes (text in/text out). The Llama 3.1 instruction tuned text only models are optimized for multilingual dialogue use cases.';
const SIZE_SHAPE = /[0-9][BbMm]/g;

/** The first match at or after `from`, searched afresh. */
function searchedAfresh(from: number): number {
  const pattern = new RegExp(SIZE_SHAPE.source, 'g');
  pattern.lastIndex = from;
  return pattern.exec(TEXT)?.index ?? -1;
}

describe('forward search of a pattern from a position', () => {
  const positions = Array.from({ length: TEXT.length + 1 }, (_, i) => i);

  it('answers as a fresh search does when asked in text order', () => {
    const sizeAt = forwardSearch(TEXT, SIZE_SHAPE);
    expect(positions.map(sizeAt)).toEqual(positions.map(searchedAfresh));
  });

  it('answers as a fresh search does when asked backwards or out of order', () => {
    const backwards = [...positions].reverse();
    const sizeAt = forwardSearch(TEXT, SIZE_SHAPE);
    expect(backwards.map(sizeAt)).toEqual(backwards.map(searchedAfresh));
    const shuffled = positions.map((_, i) => (i * 97) % positions.length);
    const again = forwardSearch(TEXT, SIZE_SHAPE);
    expect(shuffled.map(again)).toEqual(shuffled.map(searchedAfresh));
  });

  it('finds each size and then nothing past the last', () => {
    const sizeAt = forwardSearch(TEXT, SIZE_SHAPE);
    expect(TEXT.slice(sizeAt(0), sizeAt(0) + 2)).toBe('8B');
    expect(TEXT.slice(sizeAt(sizeAt(0) + 1), sizeAt(sizeAt(0) + 1) + 2)).toBe('0B');
    expect(sizeAt(TEXT.indexOf('405B') + 3)).toBe(-1);
  });

  it('refuses a pattern that is not global, which would always search from the start', () => {
    expect(() => forwardSearch(TEXT, /[0-9][BbMm]/)).toThrow(/global/);
  });
});
