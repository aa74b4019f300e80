import { describe, expect, it } from 'vitest';
import { hashToken } from '../../../lib/detection/characters';
import { TrieEdges } from '../../../lib/detection/trie-edges';

describe('trie edges', () => {
  it('finds every edge it was given after growing many times, and no other', () => {
    const edges = new TrieEdges();
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i}`);
    words.forEach((word, i) => edges.add(i % 97, hashToken(word), i + 1));
    words.forEach((word, i) => expect(edges.get(i % 97, hashToken(word))).toBe(i + 1));
    // The same token under another node is another edge.
    expect(edges.get(98, hashToken('word5'))).toBe(-1);
    expect(edges.get(5, hashToken('word98'))).toBe(-1);
  });

  it('keeps apart edges whose node and hash differ only in how they combine', () => {
    const edges = new TrieEdges();
    edges.add(0, 0x9e3779b1, 1);
    edges.add(1, 0, 2);
    edges.add(0, 0xffffffff, 3);
    expect(edges.get(0, 0x9e3779b1)).toBe(1);
    expect(edges.get(1, 0)).toBe(2);
    expect(edges.get(0, 0xffffffff)).toBe(3);
    expect(edges.get(1, 0x9e3779b1)).toBe(-1);
  });
});
