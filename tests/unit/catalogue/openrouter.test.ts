import { describe, expect, it } from 'vitest';
import { PayloadError } from '@/lib/catalogue/parse-items';
import { parseOpenRouter, splitAuthorName } from '@/lib/catalogue/sources/openrouter';
import payload from '../../fixtures/openrouter-models.json';

const FETCHED_AT = '2026-08-19T00:00:00.000Z';
const parsed = parseOpenRouter(payload, FETCHED_AT);
const byId = (id: string) => parsed.models.find((m) => m.sourceId === id);

describe('OpenRouter /api/v1/models parser', () => {
  it('converts per-token price strings to USD per 1M tokens', () => {
    const sonnet = byId('anthropic/claude-sonnet-4')!;
    expect(sonnet.prices).toMatchObject({ input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 });
  });

  it('treats "-1" as an unknown price, never a price, and types routers', () => {
    const router = byId('openrouter/auto')!;
    expect(router.type).toBe('router');
    expect(router.prices?.input).toBeUndefined();
    expect(router.prices?.output).toBeUndefined();
    expect(router.freeVariant).toBe(false);
  });

  it('keeps an item whose prices are garbage, with the price unknown', () => {
    const odd = byId('example/odd-prices')!;
    expect(odd.prices?.input).toBeUndefined();
    expect(odd.prices?.output).toBeUndefined();
    expect(odd.prices?.cacheRead).toBeUndefined();
    expect(odd.contextWindow).toBeUndefined();
    expect(parsed.report.unknownPrices).toBeGreaterThanOrEqual(1);
  });

  it('reads a price given as a number per token', () => {
    expect(byId('example/number-prices')!.prices).toMatchObject({ input: 1, output: 2 });
  });

  it('is not thrown by pricing.overrides being an array', () => {
    expect(byId('anthropic/claude-sonnet-4')!.prices?.input).toBe(3);
  });

  it('folds :free and :batch variants into one model and notes the free tier', () => {
    const llama = byId('meta-llama/llama-3.1-8b-instruct')!;
    expect(llama.otherIds).toContain('meta-llama/llama-3.1-8b-instruct:free');
    expect(llama.freeVariant).toBe(true);
    expect(llama.prices?.input).toBe(0.02);
    const sonnet = byId('anthropic/claude-sonnet-4')!;
    expect(sonnet.otherIds).toContain('anthropic/claude-sonnet-4:batch');
    expect(sonnet.freeVariant).toBe(false);
    expect(parsed.models.filter((m) => m.sourceId.includes(':'))).toEqual([]);
  });

  it('attaches a ~…-latest moving alias to its target instead of listing it as a model', () => {
    expect(byId('~anthropic/claude-sonnet-latest')).toBeUndefined();
    expect(byId('anthropic/claude-sonnet-4')!.otherIds).toContain('~anthropic/claude-sonnet-latest');
    expect(parsed.report.aliases).toBe(1);
  });

  it('resolves a moving alias without alias_target (older listings) to the newest model of its family', () => {
    const older = parseOpenRouter(
      {
        data: [
          { id: 'anthropic/claude-sonnet-4', name: 'Anthropic: Claude Sonnet 4', created: 100 },
          { id: 'anthropic/claude-sonnet-4.5', name: 'Anthropic: Claude Sonnet 4.5', created: 200 },
          { id: 'anthropic/claude-opus-4.5', name: 'Anthropic: Claude Opus 4.5', created: 300 },
          { id: '~anthropic/claude-sonnet-latest', name: 'Anthropic Claude Sonnet Latest', created: 250 },
          { id: '~openai/gpt-latest', name: 'OpenAI GPT Latest' },
        ],
      },
      FETCHED_AT,
    );
    const target = older.models.find((m) => m.otherIds.includes('~anthropic/claude-sonnet-latest'));
    expect(target?.sourceId).toBe('anthropic/claude-sonnet-4.5');
    expect(older.report.dropped).toEqual([{ id: '~openai/gpt-latest', reason: 'moving alias without a listed target' }]);
  });

  it('reads hugging_face_id only when it is a non-empty string', () => {
    expect(byId('anthropic/claude-sonnet-4')!.huggingFaceId).toBeUndefined();
    expect(byId('meta-llama/llama-3.1-8b-instruct')!.huggingFaceId).toBe('meta-llama/Llama-3.1-8B-Instruct');
  });

  it('strips the "Author:" prefix from names and keeps the author', () => {
    const sonnet = byId('anthropic/claude-sonnet-4')!;
    expect(sonnet.name).toBe('Claude Sonnet 4');
    expect(sonnet.authorName).toBe('Anthropic');
    expect(sonnet.author).toBe('anthropic');
    expect(splitAuthorName('Auto Router')).toEqual({ name: 'Auto Router' });
  });

  it('derives capabilities from supported parameters and modalities', () => {
    const sonnet = byId('anthropic/claude-sonnet-4')!;
    expect(sonnet.capabilities).toMatchObject({
      tools: true,
      reasoning: true,
      structuredOutput: true,
      vision: true,
      attachments: true,
      webSearch: true,
      promptCaching: true,
    });
    expect(sonnet.benchmarks).toEqual({ intelligence: 44.2, coding: 40.1, agentic: 52 });
    expect(sonnet.releaseDate).toBe('2025-05-22');
    expect(sonnet.knowledgeCutoff).toBe('2025-03-01');
    expect(sonnet.maxOutput).toBe(64000);
  });

  it('types an image model by its output and leaves a zero context unknown', () => {
    const flux = byId('black-forest-labs/flux.2-pro')!;
    expect(flux.type).toBe('image');
    expect(flux.contextWindow).toBeUndefined();
    expect(flux.prices?.image).toBe(0.03);
  });

  it('drops and counts bad items, and imports the rest', () => {
    expect(parsed.report.total).toBe(13);
    const droppedIds = parsed.report.dropped.map((d) => d.id);
    expect(droppedIds).toEqual(expect.arrayContaining(['#9', '__proto__', '#12']));
    expect(parsed.report.dropped.every((d) => d.reason.length > 0)).toBe(true);
    expect(parsed.models.map((m) => m.sourceId)).toEqual(
      expect.arrayContaining(['anthropic/claude-sonnet-4', 'meta-llama/llama-3.1-8b-instruct', 'openrouter/auto']),
    );
  });

  it('keeps hostile names as inert text with bidi controls removed and no prototype change', () => {
    const hostile = byId('constructor/constructor')!;
    expect(hostile.name).toBe('<img src=x onerror=alert(1)> evil');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.models)).toBe(Array.prototype);
  });

  it('clamps a 10,000-character name', () => {
    const long = parseOpenRouter({ data: [{ id: 'a/b', name: `A: ${'x'.repeat(10_000)}` }] }, FETCHED_AT);
    expect(long.models[0]!.name.length).toBeLessThanOrEqual(120);
  });

  it('rejects a payload without a data list, saying what it got', () => {
    expect(() => parseOpenRouter({ models: [] }, FETCHED_AT)).toThrow(PayloadError);
    expect(() => parseOpenRouter({ models: [] }, FETCHED_AT)).toThrow(/no "data" list \(got keys models\)/);
    expect(() => parseOpenRouter('<html>', FETCHED_AT)).toThrow(/got string/);
    expect(() => parseOpenRouter(null, FETCHED_AT)).toThrow(/got null/);
  });
});
