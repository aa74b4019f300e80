import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MergedModel } from '@/lib/catalogue/merge';
import {
  adoptionScore,
  DEFAULT_RANK_WEIGHTS,
  freshnessScore,
  rankModels,
  rerank,
  SUB_SCORE_NAMES,
  valueScore,
} from '@/lib/catalogue/rank';
import { CAPABILITIES, type Capability } from '@/lib/catalogue/source-model';

const NOW = new Date('2026-08-20T00:00:00Z');

function model(overrides: Partial<MergedModel> & { id: string }): MergedModel {
  return {
    name: overrides.id,
    author: 'example',
    type: 'text',
    ids: { openrouter: [], modelsDev: [] },
    names: [overrides.id],
    price: {},
    modalities: { input: ['text'], output: ['text'] },
    capabilities: {},
    providers: ['openrouter'],
    ...overrides,
  };
}

const price = (value: number) => ({ value, source: 'openrouter' });
const arbitraryModel = fc.record({
  providers: fc.integer({ min: 0, max: 80 }),
  input: fc.option(fc.double({ min: 0, max: 200, noNaN: true }), { nil: undefined }),
  output: fc.option(fc.double({ min: 0, max: 600, noNaN: true }), { nil: undefined }),
  intelligence: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
  capabilities: fc.subarray([...CAPABILITIES]),
  released: fc.option(fc.date({ min: new Date('2020-01-01'), max: NOW, noInvalidDate: true }), { nil: undefined }),
  downloads: fc.option(fc.nat(), { nil: undefined }),
});

type ModelSpec = typeof arbitraryModel extends fc.Arbitrary<infer T> ? T : never;

function build(spec: ModelSpec, id: string): MergedModel {
  return model({
    id,
    providers: Array.from({ length: spec.providers }, (_, i) => `p${i}`),
    price: {
      ...(spec.input === undefined ? {} : { input: price(spec.input) }),
      ...(spec.output === undefined ? {} : { output: price(spec.output) }),
    },
    benchmarks: spec.intelligence === undefined ? undefined : { value: { intelligence: spec.intelligence }, source: 'openrouter' },
    capabilities: Object.fromEntries(spec.capabilities.map((c: Capability) => [c, 'openrouter'])),
    releaseDate: spec.released ? { value: spec.released.toISOString().slice(0, 10), source: 'openrouter' } : undefined,
    hub: spec.downloads === undefined ? undefined : { value: { downloads: spec.downloads }, source: 'huggingface' },
  });
}

describe('rank', () => {
  it('keeps every score and sub-score within 0–100 and positions 1..N', () => {
    fc.assert(
      fc.property(fc.array(arbitraryModel, { minLength: 1, maxLength: 30 }), (specs) => {
        const ranked = rankModels(specs.map((s, i) => build(s, `m/${i}`)), { now: NOW });
        for (const m of ranked) {
          expect(m.rank.score).toBeGreaterThanOrEqual(0);
          expect(m.rank.score).toBeLessThanOrEqual(100);
          for (const name of SUB_SCORE_NAMES) {
            const sub = m.rank.subScores[name];
            if (sub !== null) {
              expect(sub).toBeGreaterThanOrEqual(0);
              expect(sub).toBeLessThanOrEqual(100);
            }
          }
        }
        expect(ranked.map((m) => m.rank.position).sort((a, b) => a - b)).toEqual(specs.map((_, i) => i + 1));
      }),
    );
  });

  it('never lowers adoption when a model gains providers', () => {
    fc.assert(
      fc.property(fc.nat(200), fc.nat(200), fc.option(fc.nat(), { nil: undefined }), (a, extra, downloads) => {
        const hub = downloads === undefined ? undefined : { value: { downloads }, source: 'huggingface' };
        const fewer = adoptionScore({ providers: Array.from({ length: a }, String), hub });
        const more = adoptionScore({ providers: Array.from({ length: a + extra }, String), hub });
        expect(more).toBeGreaterThanOrEqual(fewer);
      }),
    );
  });

  it('never raises value when the price goes up', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (quality, low, rise) => {
          const cheap = valueScore(quality, { price: { input: price(low), output: price(low) } })!;
          const dear = valueScore(quality, { price: { input: price(low + rise), output: price(low + rise) } })!;
          expect(dear).toBeLessThanOrEqual(cheap);
        },
      ),
    );
  });

  it('gives equal scores to models with equal inputs', () => {
    fc.assert(
      fc.property(arbitraryModel, fc.array(arbitraryModel, { maxLength: 10 }), (twin, others) => {
        const ranked = rankModels([build(twin, 'twin/a'), build(twin, 'twin/b'), ...others.map((o, i) => build(o, `o/${i}`))], {
          now: NOW,
        });
        const [a, b] = [ranked[0]!, ranked[1]!];
        expect(a.rank.score).toBe(b.rank.score);
        expect(a.rank.subScores).toEqual(b.rank.subScores);
      }),
    );
  });

  it('has no value score without a price, and renormalises the weights', () => {
    const [ranked] = rankModels([model({ id: 'x/y', providers: [] })], { now: NOW });
    expect(ranked!.rank.subScores.value).toBeNull();
    expect(ranked!.rank.subScores.freshness).toBeNull();
    expect(ranked!.rank.qualityEstimated).toBe(true);
  });

  it('halves freshness every year', () => {
    expect(freshnessScore('2026-08-20', NOW)).toBe(100);
    expect(freshnessScore('2025-08-20', NOW)).toBeCloseTo(50, 0);
    expect(freshnessScore(undefined, NOW)).toBeNull();
  });

  it('reorders with user weights: all weight on value puts the cheap model first', () => {
    const ranked = rankModels(
      [
        model({ id: 'dear/top', price: { input: price(15), output: price(75) }, benchmarks: { value: { intelligence: 70 }, source: 'openrouter' } }),
        model({ id: 'cheap/good', price: { input: price(0.1), output: price(0.4) }, benchmarks: { value: { intelligence: 60 }, source: 'openrouter' } }),
      ],
      { now: NOW },
    );
    const byQuality = rerank(ranked, { ...zero(), quality: 1 });
    expect(byQuality[0]!.id).toBe('dear/top');
    const byValue = rerank(ranked, { ...zero(), value: 1 });
    expect(byValue[0]!.id).toBe('cheap/good');
    expect(byValue.map((m) => m.rank.position)).toEqual([1, 2]);
  });

  it('falls back to the default weights when all weights are zero', () => {
    const ranked = rankModels([model({ id: 'a/b' })], { now: NOW, weights: zero() });
    const defaults = rankModels([model({ id: 'a/b' })], { now: NOW, weights: DEFAULT_RANK_WEIGHTS });
    expect(ranked[0]!.rank.score).toBe(defaults[0]!.rank.score);
  });
});

describe('rank within a kind', () => {
  const elo = (arenaElo: number) => ({ value: { arenaElo, arenaCategory: 'image' }, source: 'openrouter' });
  const image = (id: string, overrides: Partial<MergedModel> = {}) =>
    model({ id, type: 'image', modalities: { input: ['text'], output: ['image'] }, ...overrides });
  const ranked = rankModels(
    [
      model({ id: 'llm/big', benchmarks: { value: { intelligence: 70 }, source: 'openrouter' }, capabilities: { tools: 'openrouter', reasoning: 'openrouter' } }),
      model({ id: 'llm/small' }),
      image('img/best', { benchmarks: elo(1404) }),
      image('img/behind', { benchmarks: elo(1004) }),
      // Every LLM feature and a high price: none of it says anything about the pictures it makes.
      image('img/unmeasured', { capabilities: { tools: 'openrouter', reasoning: 'openrouter', vision: 'openrouter' }, price: { input: price(50), output: price(200) } }),
    ],
    { now: NOW },
  );
  const byId = (id: string) => ranked.find((m) => m.id === id)!.rank;

  it('numbers each kind on its own: "#1 of 3 image models" beside "#1 of 2 text models"', () => {
    expect(byId('llm/big')).toMatchObject({ position: 1, of: 2, among: 'text' });
    expect(byId('img/best')).toMatchObject({ position: 1, of: 3, among: 'image' });
    expect(ranked.filter((m) => m.rank.among === 'image').map((m) => m.rank.position).sort()).toEqual([1, 2, 3]);
  });

  it('takes image quality from arena Elo: the best is 100, 400 Elo behind it is 18', () => {
    expect(byId('img/best').subScores.quality).toBe(100);
    expect(byId('img/behind').subScores.quality).toBe(18.2);
    expect(byId('img/best').qualityEstimated).toBe(false);
  });

  it('leaves the quality of an image model without arena evidence not measured, never estimated from LLM features', () => {
    const unmeasured = byId('img/unmeasured');
    expect(unmeasured.subScores.quality).toBeNull();
    expect(unmeasured.subScores.value).toBeNull();
    expect(unmeasured.subScores.ecosystem).toBeNull();
    expect(unmeasured.qualityEstimated).toBe(false);
  });

  it('keeps the kinds apart when re-ranked with other weights', () => {
    const reranked = rerank(ranked, { ...zero(), adoption: 1 });
    expect(reranked.filter((m) => m.rank.among === 'text').map((m) => m.rank.of)).toEqual([2, 2]);
    expect(reranked.filter((m) => m.rank.among === 'image').map((m) => m.rank.position).sort()).toEqual([1, 2, 3]);
  });
});

function zero() {
  return { quality: 0, adoption: 0, ecosystem: 0, value: 0, freshness: 0 };
}
