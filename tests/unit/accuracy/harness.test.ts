import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import { evaluateGenreFolders, HELD_OUT_GENRE } from '../../accuracy/evaluate';
import { parseMarkup, precision, recall, scoreMentions } from '../../accuracy/score';

describe('accuracy markup', () => {
  it('reads specific, family and unsettled spans, leaving the plain text', () => {
    const { text, gold, families, unsettled } = parseMarkup('Try [[GPT-4o|openai/gpt-4o]], {{Llama 4}} or ((Sonnet)).');
    expect(text).toBe('Try GPT-4o, Llama 4 or Sonnet.');
    expect(gold.map((g) => [text.slice(g.start, g.end), g.model])).toEqual([['GPT-4o', 'openai/gpt-4o']]);
    expect(families.map((s) => text.slice(s.start, s.end))).toEqual(['Llama 4']);
    expect(unsettled.map((s) => text.slice(s.start, s.end))).toEqual(['Sonnet']);
  });

  it('counts a detection on an unsettled span neither way, and one outside every label as false', () => {
    const { text, gold, unsettled } = parseMarkup('((Sonnet)) and Haiku');
    const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, ids: new Set(['x']) });
    const score = scoreMentions(text, gold, [at('Sonnet'), at('Haiku')], unsettled);
    expect(score.falsePositives.map((f) => f.text)).toEqual(['Haiku']);
    expect(score.truePositives).toBe(0);
  });
});

describe('per-genre evaluation', () => {
  const results = evaluateGenreFolders(resolve(import.meta.dirname, 'genres'), buildBundledCatalogue(new Date('2026-11-27T00:00:00Z')));

  it('scores each genre folder on its own and flags the held-out one', () => {
    expect(results.map((r) => [r.name, r.heldOut])).toEqual([
      ['cloud-docs', false],
      [HELD_OUT_GENRE, true],
    ]);
    const heldOut = results[1]!;
    // "((o3))" is detected but counts neither way; every labelled mention is found.
    expect([heldOut.total.truePositives, heldOut.total.misses.length, heldOut.total.falsePositives.length]).toEqual([3, 0, 0]);
    const cloud = results[0]!;
    expect([precision(cloud.total), recall(cloud.total)]).toEqual([1, 1]);
  });

  it('reads only the labelled texts, not SOURCES.md', () => {
    expect(results.flatMap((r) => r.files.map((f) => f.file))).toEqual(['bedrock.txt', 'thread.txt']);
  });

  it('returns nothing for a missing folder', () => {
    expect(evaluateGenreFolders(resolve(import.meta.dirname, 'no-such-folder'), buildBundledCatalogue(new Date()))).toEqual([]);
  });
});
