import { describe, expect, it } from 'vitest';
import { buildDetectionIndex } from '@/lib/detection/alias-index';
import { createMatcher } from '@/lib/detection/matcher';
import { augustCatalogue } from '../accuracy/evaluate';
import { hasSharedFixtures, readShared } from './shared-fixtures';

/**
 * Names that cannot resolve to the one model OpenRouter lists them under, and why. Everything
 * else OpenRouter lists, by display name and by id, must name its own model in a sentence.
 */
const DOCUMENTED_EXCEPTIONS = new Map<string, string>([
  // The catalogue holds two entries for one model (OpenRouter's and a models.dev one the merge did not join).
  ['NVIDIA: Nemotron 3 Ultra', 'two catalogue entries for one model'],
  ['NVIDIA: Nemotron 3 Ultra (batch)', 'two catalogue entries for one model'],
  ['NVIDIA: Nemotron 3 Ultra (free)', 'two catalogue entries for one model'],
  ['DeepSeek: DeepSeek V3', 'two catalogue entries for one model'],
  // Ordinary words are never marked alone: only with the maker ("OpenRouter Auto Router") or as an id.
  ...['Auto Router', 'Free Models Router', 'Body Builder (beta)'].map((name) => [name, 'ordinary English words'] as const),
  ['OpenAI: GPT-3.5 Turbo (older v0613)', 'the snapshot is a remark ("older v0613"), not a date'],
]);

const PASS_GOAL = 0.98;

interface OpenRouterListing {
  data: { id: string; name: string }[];
}

describe.skipIf(!hasSharedFixtures)('every OpenRouter model name resolves to its own model (Aug 2026 snapshots)', () => {
  const catalogue = augustCatalogue();
  const index = buildDetectionIndex(catalogue.models);
  const matcher = createMatcher(index);
  const listing = readShared('openrouter-models-all-2026-08-19.json') as OpenRouterListing;

  /** Catalogue models that list this OpenRouter id (a "~latest" id may sit on the pointer and on its target). */
  const owners = (openRouterId: string) =>
    new Set(catalogue.models.filter((m) => m.id === openRouterId || m.ids.openrouter.includes(openRouterId)).map((m) => m.id));

  /** What the sentence marks where the name stands: every model id, or [] for nothing. */
  function resolved(name: string): string[] {
    const sentence = `We compared ${name} with the others.`;
    const from = 'We compared '.length;
    return matcher
      .scan(sentence)
      .filter((m) => m.kind === 'specific' && m.start < from + name.length && m.end > from)
      .map((m) => index.models[m.target]!.id);
  }

  const results = listing.data.flatMap(({ id, name }) =>
    [name, id].map((written) => {
      const want = owners(id);
      const got = resolved(written);
      return { written, pass: got.length > 0 && got.every((g) => want.has(g)), got, want: [...want] };
    }),
  );

  it(`passes for at least ${PASS_GOAL * 100}% of names and ids`, () => {
    const passed = results.filter((r) => r.pass).length;
    expect(passed / results.length).toBeGreaterThanOrEqual(PASS_GOAL);
  });

  it('fails only for the documented ambiguous names', () => {
    const undocumented = results.filter((r) => !r.pass && !DOCUMENTED_EXCEPTIONS.has(r.written));
    expect(undocumented.map((r) => `${r.written} → ${r.got.join(', ') || 'nothing'} (want ${r.want.join(' or ')})`)).toEqual([]);
  });

  it('documents only names that the snapshot lists and that still fail', () => {
    const failing = new Set(results.filter((r) => !r.pass).map((r) => r.written));
    expect([...DOCUMENTED_EXCEPTIONS.keys()].filter((name) => !failing.has(name))).toEqual([]);
  });
});
