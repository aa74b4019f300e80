import { describe, expect, it } from 'vitest';
import { assembleCatalogue, parseModelsDevSource, parseOpenRouterSource } from '@/lib/catalogue/build';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import type { Catalogue, CatalogueModel } from '@/lib/catalogue/catalogue';
import { sameMaker } from '@/lib/catalogue/model-key';
import { hasSharedFixtures, OPENROUTER_SNAPSHOTS, readShared } from './shared-fixtures';

/** Prices, free and rank as a user would check them against the sources themselves. */

const NOW = new Date('2026-08-20T00:00:00Z');
const LANGUAGE_KINDS = new Set(['text', 'router']);

interface RawItem {
  id: string;
  pricing?: Record<string, unknown>;
  alias_target?: { slug: string } | null;
}

// What each OpenRouter field is sold per, as the catalogue names it.
const OPENROUTER_UNITS: Record<string, string> = {
  prompt: '1M input tokens',
  completion: '1M output tokens',
  input_cache_read: '1M cache-read tokens',
  input_cache_write: '1M cache-write tokens',
  image_output: '1M image output tokens',
  image_token: '1M image tokens',
  audio: '1M audio tokens',
  internal_reasoning: '1M reasoning tokens',
  image: 'image',
  request: 'request',
  web_search: 'web search',
};
const PER_ITEM = new Set(['image', 'request', 'web search']);

function expectSamePrice(actual: number | undefined, expected: number, what: string): void {
  expect(actual, what).toBeDefined();
  expect(Math.abs(actual! - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(expected * 1e-12);
}

/** Rules that hold for any catalogue, whatever it was built from. */
function expectHonestPricesAndRanks(catalogue: Catalogue): void {
  for (const model of catalogue.models) {
    const free = model.free?.value === true;
    // A $0 headline only where a source says the model is free.
    if (model.price.input?.value === 0 || model.price.output?.value === 0) expect(free, `${model.id} shows $0`).toBe(true);
    for (const unit of model.price.units ?? []) if (unit.usd === 0) expect(free, `${model.id} $0 per ${unit.per}`).toBe(true);
    expect(model.rank.among, model.id).toBe(model.type);
    if (!LANGUAGE_KINDS.has(model.type)) expect(model.rank.qualityEstimated, `${model.id} quality estimated`).toBe(false);
  }
  const kinds = new Map<string, CatalogueModel[]>();
  for (const model of catalogue.models) kinds.set(model.type, [...(kinds.get(model.type) ?? []), model]);
  for (const [kind, models] of kinds) {
    expect(models.every((m) => m.rank.of === models.length), kind).toBe(true);
    expect(models.map((m) => m.rank.position).sort((a, b) => a - b)).toEqual(models.map((_, i) => i + 1));
  }
}

describe.skipIf(!hasSharedFixtures)('prices, free and rank on every OpenRouter snapshot', () => {
  describe.each(OPENROUTER_SNAPSHOTS)('%s', (file) => {
    const json = readShared(file) as { data: RawItem[] };
    const catalogue = assembleCatalogue([parseOpenRouterSource({ json, fetchedAt: '2026-08-19T00:00:00Z' })], { origin: 'live', now: NOW });
    const byOpenRouterId = new Map(catalogue.models.flatMap((m) => m.ids.openrouter.map((id) => [id, m] as const)));
    const items = new Map(json.data.map((item) => [item.id, item]));

    it('states every price OpenRouter lists, each in its unit, converted exactly; a 0 only on a :free listing', () => {
      let checked = 0;
      for (const item of json.data) {
        // The plain id carries the list price; variants and moving aliases fold into it.
        if (item.id.includes(':') || item.id.startsWith('~') || item.pricing?.prompt === '-1') continue;
        const model = byOpenRouterId.get(item.id)!;
        for (const [field, per] of Object.entries(OPENROUTER_UNITS)) {
          const raw = Number(item.pricing?.[field]);
          if (!(raw > 0)) {
            expect(model.price.units?.some((u) => u.per === per && u.when === undefined && u.usd === 0)).toBeFalsy();
            continue;
          }
          const unit = model.price.units?.find((u) => u.per === per && u.when === undefined);
          expectSamePrice(unit?.usd, PER_ITEM.has(per) ? raw : raw * 1_000_000, `${item.id} ${field}`);
          checked += 1;
        }
        if (Number(item.pricing?.prompt) > 0) expectSamePrice(model.price.input?.value, Number(item.pricing!.prompt) * 1e6, `${item.id} input`);
      }
      expect(checked).toBeGreaterThan(500);
    });

    it('prices each ~…-latest alias as the model it points to', () => {
      for (const item of json.data.filter((i) => i.id.startsWith('~') && i.alias_target)) {
        const target = items.get(item.alias_target!.slug);
        const model = byOpenRouterId.get(item.id);
        if (!target || !model) continue;
        expect(model.ids.openrouter, item.id).toContain(target.id);
        expectSamePrice(model.price.input?.value, Number(target.pricing!.prompt) * 1e6, item.id);
      }
    });

    it('shows no media model as free unless OpenRouter lists a :free variant of it', () => {
      for (const model of catalogue.models.filter((m) => !LANGUAGE_KINDS.has(m.type) && m.free?.value)) {
        expect(model.ids.openrouter.some((id) => id.endsWith(':free')), model.id).toBe(true);
      }
    });

    it('ranks each model among its own kind, and never shows a $0 headline without a free listing', () => {
      expectHonestPricesAndRanks(catalogue);
    });
  });

  it('ranks every image and video model of the Aug 2026 listing among its kind, by arena Elo where the listing has one', () => {
    const catalogue = assembleCatalogue(
      [parseOpenRouterSource({ json: readShared('openrouter-models-all-2026-08-19.json'), fetchedAt: '2026-08-19T00:00:00Z' })],
      { origin: 'live', now: NOW },
    );
    const images = catalogue.models.filter((m) => m.type === 'image');
    const videos = catalogue.models.filter((m) => m.type === 'video');
    expect(images.length).toBeGreaterThan(30);
    expect(videos.length).toBeGreaterThan(20);
    for (const model of [...images, ...videos]) expect(model.rank.of).toBe(model.type === 'image' ? images.length : videos.length);
    const measured = images.filter((m) => m.rank.subScores.quality !== null);
    expect(measured.length).toBeGreaterThanOrEqual(5);
    expect(measured.every((m) => m.benchmarks?.value.arenaElo !== undefined)).toBe(true);
    // Sora 2 Pro is listed at 0/0 with no other price: not free, and no price at all.
    const sora = catalogue.models.find((m) => m.id === 'openai/sora-2-pro')!;
    expect(sora.free).toBeUndefined();
    expect(sora.price).toEqual({});
  });
});

describe.skipIf(!hasSharedFixtures)('prices, free and rank on the models.dev snapshot', () => {
  const json = readShared('models-dev-2026-07-01.json') as Record<string, { models: Record<string, { id: string; cost?: Record<string, unknown> }> }>;
  const modelsDev = parseModelsDevSource({ json, fetchedAt: '2026-07-01T00:00:00Z' });
  const catalogue = assembleCatalogue([modelsDev], { origin: 'live', now: NOW });

  it("keeps each provider's input and output price as given, a 0 only where the listing says free", () => {
    for (const record of modelsDev.models) {
      const [provider] = record.sourceId.split('/');
      const cost = json[provider!]!.models[record.sourceId.slice(provider!.length + 1)]?.cost;
      for (const key of ['input', 'output'] as const) {
        const stated = cost?.[key];
        if (typeof stated === 'number' && stated > 0) expect(record.prices?.[key], record.sourceId).toBe(stated);
        else if (!record.freeVariant) expect(record.prices?.[key], record.sourceId).toBeUndefined();
      }
    }
  });

  it('shows no $0 headline while a provider sells the model, and ranks within each kind', () => {
    expectHonestPricesAndRanks(catalogue);
    const sold = catalogue.models.filter((m) => m.priceRange && m.price.input?.value === 0);
    expect(sold.map((m) => m.id)).toEqual([]);
  });
});

describe.skipIf(!hasSharedFixtures)('the Aug 2026 OpenRouter listing merged with models.dev', () => {
  const openrouter = parseOpenRouterSource({ json: readShared('openrouter-models-all-2026-08-19.json'), fetchedAt: '2026-08-19T00:00:00Z' });
  const modelsDev = parseModelsDevSource({ json: readShared('models-dev-2026-07-01.json'), fetchedAt: '2026-07-01T00:00:00Z' });
  const catalogue = assembleCatalogue([openrouter, modelsDev], { origin: 'live', now: NOW });

  it("heads each paid text model with the maker's or OpenRouter's price, and keeps OpenRouter's visible where they differ", () => {
    const listed = new Map(openrouter.models.map((m) => [m.sourceId, m]));
    let checked = 0;
    for (const model of catalogue.models.filter((m) => m.type === 'text')) {
      const live = model.ids.openrouter.map((id) => listed.get(id)).find(Boolean);
      const input = live?.prices?.input;
      if (!live || !input) continue;
      const head = model.price.input!;
      // OpenRouter's own figure, or the maker's with OpenRouter's beside it where they differ.
      const maker = head.source.startsWith('models.dev/') && sameMaker(head.source.slice('models.dev/'.length), model.author);
      expect(head.source === 'openrouter' || maker, `${model.id} priced by ${head.source}`).toBe(true);
      const shown = head.value === input ? input : head.others?.find((f) => f.source === 'openrouter')?.value;
      expect(shown, `${model.id}: OpenRouter's $${input} is shown`).toBe(input);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('keeps every rule of an honest catalogue', () => {
    expectHonestPricesAndRanks(catalogue);
  });
});

describe('the bundled catalogue', () => {
  const catalogue = buildBundledCatalogue(NOW);

  it('shows no $0 headline without a free listing, no media model free, and ranks within each kind', () => {
    expectHonestPricesAndRanks(catalogue);
    for (const model of catalogue.models.filter((m) => !LANGUAGE_KINDS.has(m.type) && m.free?.value)) {
      expect(model.ids.modelsDev.some((id) => /[:-]free$/.test(id)), model.id).toBe(true);
    }
  });

  it('never calls Llama 3.3 70B Instruct free while providers sell it', () => {
    const llama = catalogue.models.find((m) => m.name === 'Llama 3.3 70B Instruct')!;
    expect(llama.price.input?.value).toBeGreaterThan(0);
    expect(llama.priceRange?.quotes).toBeGreaterThan(1);
  });
});
