import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FetchResult } from '@/lib/catalogue/fetch-json';
import { PayloadError } from '@/lib/catalogue/parse-items';
import { DEFAULT_RANK_WEIGHTS } from '@/lib/catalogue/rank';
import { INITIAL_REFRESH_STATUS, refreshCatalogue } from '@/lib/catalogue/refresh';
import { parseModelsDev } from '@/lib/catalogue/sources/models-dev';
import { parseOpenRouter } from '@/lib/catalogue/sources/openrouter';
import { modelsDevItem, openRouterItem } from './fixtures/catalogue-payloads';

const FETCHED_AT = '2026-08-20T12:00:00.000Z';

/** Values a price field should never be read as a price from: each must leave the price unknown. */
const JUNK_PRICES: [label: string, value: unknown][] = [
  ['"-1" (dynamic price)', '-1'],
  ['null', null],
  ['"soon"', 'soon'],
  ['1e999 (Infinity once parsed)', JSON.parse('1e999')],
  ['"1e999"', '1e999'],
  ['a negative number', -0.000001],
  ['a negative string', '-0.000003'],
  ['"-0"', '-0'],
  ['an empty string', ''],
  ['blanks', '   '],
  ['"NaN"', 'NaN'],
  ['"Infinity"', 'Infinity'],
  ['a hexadecimal string', '0x10'],
  ['a binary literal', '0b1'],
  ['a currency string', '$0.000001'],
  ['a decimal comma', '0,000001'],
  ['true', true],
  ['an object', { usd: '0.000001' }],
  ['an array', ['0.000001']],
];

describe('one bad OpenRouter item among good ones', () => {
  const good = [openRouterItem({ id: 'maker/good-a', name: 'Maker: Good A' }), openRouterItem({ id: 'maker/good-b', name: 'Maker: Good B' })];

  it.each(JUNK_PRICES)('input price %s → that item kept with the price unknown, the rest imported', (_, junk) => {
    const bad = openRouterItem({ id: 'maker/odd', name: 'Maker: Odd', prompt: junk, completion: junk });
    const { models, report } = parseOpenRouter({ data: [good[0], bad, good[1]] }, FETCHED_AT);
    const odd = models.find((m) => m.sourceId === 'maker/odd');
    expect(odd).toBeDefined();
    expect(odd!.prices?.input).toBeUndefined();
    expect(odd!.prices?.output).toBeUndefined();
    expect(report).toMatchObject({ total: 3, kept: 3, dropped: [] });
    expect(models.find((m) => m.sourceId === 'maker/good-a')?.prices).toMatchObject({ input: 1, output: 2 });
  });

  it('a price given as a number instead of a string is read as that number', () => {
    const { models } = parseOpenRouter({ data: [openRouterItem({ id: 'maker/numeric', name: 'N', prompt: 0.0000025, completion: 0.00001 })] }, FETCHED_AT);
    expect(models[0]!.prices).toMatchObject({ input: 2.5, output: 10 });
  });

  it('`pricing` itself an array or a string → item kept, every price unknown', () => {
    const { models, report } = parseOpenRouter(
      {
        data: [
          { ...openRouterItem({ id: 'maker/list-pricing', name: 'L' }), pricing: [{ prompt: '0.000001' }] },
          { ...openRouterItem({ id: 'maker/text-pricing', name: 'T' }), pricing: 'free' },
          good[0],
        ],
      },
      FETCHED_AT,
    );
    expect(report).toMatchObject({ total: 3, kept: 3, unknownPrices: 2 });
    expect(models.find((m) => m.sourceId === 'maker/list-pricing')!.prices).toEqual({});
    expect(models.find((m) => m.sourceId === 'maker/text-pricing')!.prices).toEqual({});
  });

  it('`pricing.overrides` an array (or junk) does not disturb the list price', () => {
    const withOverrides = (overrides: unknown) =>
      parseOpenRouter({ data: [openRouterItem({ id: 'maker/tiered', name: 'T', extra: {} })].map((item) => ({ ...item, pricing: { ...item.pricing, overrides } })) }, FETCHED_AT)
        .models[0]!.prices;
    for (const overrides of [[{ min_prompt_tokens: 200_000, prompt: '0.000006' }], 'none', null, { prompt: 'x' }]) {
      expect(withOverrides(overrides)).toMatchObject({ input: 1, output: 2 });
    }
  });

  it.each([
    ['missing id', { name: 'No Id', pricing: { prompt: '0.000001' } }, '#1', /^id: /],
    ['id not author/slug', { id: 'javascript:alert(1)', name: 'Bad' }, 'javascript:alert(1)', /^id: not an author\/slug id$/],
    ['empty name', { id: 'maker/no-name', name: '' }, 'maker/no-name', /^name: /],
    ['a string instead of an object', 'maker/just-a-string', '#1', /object/],
    ['null', null, '#1', /object/],
  ])('%s → that item dropped and counted with a reason; the rest imported', (_, bad, droppedAs, reason) => {
    const { models, report } = parseOpenRouter({ data: [good[0], bad, good[1]] }, FETCHED_AT);
    expect(models.map((m) => m.sourceId)).toEqual(['maker/good-a', 'maker/good-b']);
    expect(report.total).toBe(3);
    expect(report.kept).toBe(2);
    expect(report.dropped).toHaveLength(1);
    expect(report.dropped[0]!.id).toBe(droppedAs);
    expect(report.dropped[0]!.reason).toMatch(reason);
  });
});

describe('one bad models.dev item among good ones', () => {
  it.each(JUNK_PRICES)('cost.input %s → that item kept with the price unknown', (_, junk) => {
    const { models, report } = parseModelsDev(
      { reseller: { models: { good: modelsDevItem('good', 'Good'), odd: modelsDevItem('odd', 'Odd', { input: junk, output: junk }) } } },
      FETCHED_AT,
    );
    expect(report).toMatchObject({ total: 2, kept: 2, dropped: [] });
    expect(models.find((m) => m.sourceId === 'reseller/odd')!.prices).toEqual({});
    expect(models.find((m) => m.sourceId === 'reseller/good')!.prices).toMatchObject({ input: 1, output: 2 });
  });

  it('a price given as a string instead of a number is unknown, not guessed', () => {
    const { models } = parseModelsDev({ p: { models: { m: modelsDevItem('m', 'M', { input: '3', output: '15' }) } } }, FETCHED_AT);
    expect(models[0]!.prices).toEqual({});
  });
});

// ---------------------------------------------------------------------------------------------
// Property: any list of good items with junk mixed in.

/** Items that fail the item schema: each must be dropped and counted, never imported. */
const brokenOpenRouterItem = fc.oneof(
  fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.nat(), { maxLength: 3 }), fc.boolean()),
  fc.record({ name: fc.string({ minLength: 1 }) }),
  fc.string().map((s) => ({ id: `no slash ${s.replace(/\//g, '')}`, name: 'Broken' })),
  fc.nat().map((n) => ({ id: `maker/broken-${n}`, name: '' })),
  fc.nat().map((n) => ({ id: `maker/broken-${n}`, name: n })),
);

const junkPrice = fc.oneof(
  fc.constantFrom(...JUNK_PRICES.map(([, value]) => value)),
  fc.string().filter((s) => Number.isNaN(Number(s)) || s.trim() === ''),
  fc.double({ max: -Number.MIN_VALUE, noNaN: true }),
);

/**
 * Per-token price strings as OpenRouter writes them, in nano-dollars so the expected figure is
 * exact. Above zero: a 0 in a listing that does not say "free" is no price.
 */
const priceNanos = fc.integer({ min: 1, max: 100_000 });
const asDecimal = (nanos: number) => (nanos / 1e9).toFixed(9);

type Entry =
  | { kind: 'good'; input: number; output: number }
  | { kind: 'junk-prices'; input: unknown; output: unknown }
  | { kind: 'broken'; value: unknown };

const entry: fc.Arbitrary<Entry> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('good' as const), input: priceNanos, output: priceNanos }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('junk-prices' as const), input: junkPrice, output: junkPrice }) },
  { weight: 1, arbitrary: brokenOpenRouterItem.map((value) => ({ kind: 'broken' as const, value })) },
);

describe('any list of good items with junk mixed in (property)', () => {
  it('OpenRouter: every good item survives with its price, bad-priced items stay with prices unknown, broken ones are dropped and counted (nothing usable: the payload is rejected)', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        const data = entries.map((e, i) => {
          if (e.kind === 'broken') return e.value;
          const prices = e.kind === 'good' ? { prompt: asDecimal(e.input), completion: asDecimal(e.output) } : { prompt: e.input, completion: e.output };
          return openRouterItem({ id: `maker/model-${i}`, name: `Maker: Model ${i}`, ...prices });
        });
        const broken = entries.filter((e) => e.kind === 'broken').length;
        if (broken === entries.length) {
          expect(() => parseOpenRouter({ data }, FETCHED_AT)).toThrow(PayloadError);
          return;
        }
        const { models, report } = parseOpenRouter({ data }, FETCHED_AT);
        const byId = new Map(models.map((m) => [m.sourceId, m]));

        entries.forEach((e, i) => {
          const model = byId.get(`maker/model-${i}`);
          if (e.kind === 'broken') return;
          expect(model).toBeDefined();
          if (e.kind === 'good') {
            expect(model!.prices?.input).toBeCloseTo(e.input / 1000, 9);
            expect(model!.prices?.output).toBeCloseTo(e.output / 1000, 9);
          } else {
            expect(model!.prices?.input).toBeUndefined();
            expect(model!.prices?.output).toBeUndefined();
          }
        });
        expect(report.total).toBe(entries.length);
        expect(report.dropped).toHaveLength(broken);
        expect(report.kept).toBe(entries.length - broken);
        expect(models).toHaveLength(entries.length - broken);
      }),
      { numRuns: 300 },
    );
  });

  it('models.dev: the same, item by item within a provider', () => {
    const brokenModelsDevItem = fc.oneof(
      fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean()),
      fc.record({ name: fc.string({ minLength: 1 }) }),
      fc.constant({ id: '', name: 'Empty Id' }),
      fc.constant({ id: 'no-name' }),
    );
    const modelsDevEntry: fc.Arbitrary<Entry> = fc.oneof(
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('good' as const), input: fc.integer({ min: 1, max: 1000 }), output: fc.integer({ min: 1, max: 1000 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('junk-prices' as const), input: fc.oneof(junkPrice, fc.string()), output: fc.oneof(junkPrice, fc.string()) }) },
      { weight: 1, arbitrary: brokenModelsDevItem.map((value) => ({ kind: 'broken' as const, value })) },
    );
    fc.assert(
      fc.property(fc.array(modelsDevEntry, { minLength: 1, maxLength: 40 }), (entries) => {
        const models: Record<string, unknown> = {};
        entries.forEach((e, i) => {
          models[`key-${i}`] = e.kind === 'broken' ? e.value : modelsDevItem(`model-${i}`, `Model ${i}`, { input: e.input, output: e.output });
        });
        const broken = entries.filter((e) => e.kind === 'broken').length;
        if (broken === entries.length) {
          expect(() => parseModelsDev({ reseller: { models } }, FETCHED_AT)).toThrow(PayloadError);
          return;
        }
        const parsed = parseModelsDev({ reseller: { models } }, FETCHED_AT);
        const byId = new Map(parsed.models.map((m) => [m.sourceId, m]));
        entries.forEach((e, i) => {
          if (e.kind === 'broken') return;
          const model = byId.get(`reseller/model-${i}`);
          expect(model).toBeDefined();
          const units = (input: number, output: number) => [
            { usd: input, per: '1M input tokens' },
            { usd: output, per: '1M output tokens' },
          ];
          expect(model!.prices).toEqual(e.kind === 'good' ? { input: e.input, output: e.output, units: units(e.input, e.output) } : {});
        });
        expect(parsed.report.total).toBe(entries.length);
        expect(parsed.report.dropped).toHaveLength(broken);
        expect(parsed.models).toHaveLength(entries.length - broken);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bad items in a live refresh', () => {
  it('the catalogue is built from the good items and the status counts what was dropped', async () => {
    const ok = (json: unknown): FetchResult => ({ ok: true, json });
    const urls = { openrouter: 'https://openrouter.test/models', modelsDev: 'https://models.test/api.json' };
    const openrouter = {
      data: [
        openRouterItem({ id: 'maker/kept', name: 'Maker: Kept' }),
        openRouterItem({ id: 'maker/unpriced', name: 'Maker: Unpriced', prompt: 'soon', completion: null }),
        { name: 'No Id' },
        'junk',
      ],
    };
    const modelsDev = { other: { models: { a: modelsDevItem('a', 'Other A'), b: { id: 'b' } } } };
    const answers: Record<string, FetchResult> = { [urls.openrouter]: ok(openrouter), [urls.modelsDev]: ok(modelsDev) };
    const result = await refreshCatalogue({
      urls,
      intervalMs: 12 * 3_600_000,
      weights: { ...DEFAULT_RANK_WEIGHTS },
      now: () => new Date(FETCHED_AT),
      fetch: async (url) => answers[url]!,
      previous: undefined,
      previousStatus: INITIAL_REFRESH_STATUS,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.status.sources.openrouter).toMatchObject({ ok: true, total: 4, kept: 2, dropped: 2 });
    expect(result.status.sources.openrouter?.droppedExamples).toEqual([expect.stringMatching(/^#2: id: /), expect.stringMatching(/^#3: /)]);
    expect(result.status.sources['models.dev']).toMatchObject({ ok: true, total: 2, kept: 1, dropped: 1 });
    const unpriced = result.catalogue.models.find((m) => m.id === 'maker/unpriced');
    expect(unpriced?.price).toEqual({});
    expect(result.catalogue.models.find((m) => m.id === 'maker/kept')?.price.input).toEqual({ value: 1, source: 'openrouter' });
    expect(result.catalogue.models.map((m) => m.id).sort()).toEqual(['maker/kept', 'maker/unpriced', 'other/a']);
  });
});
