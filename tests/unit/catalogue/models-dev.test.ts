import { describe, expect, it } from 'vitest';
import { PayloadError } from '@/lib/catalogue/parse-items';
import { parseModelsDev } from '@/lib/catalogue/sources/models-dev';
import payload from '../../fixtures/models-dev-api.json';

const parsed = parseModelsDev(payload, '2026-07-01T00:00:00.000Z');
const byId = (id: string) => parsed.models.find((m) => m.sourceId === id);

describe('models.dev api.json parser', () => {
  it('prefixes ids with their provider and keeps prices per 1M as given', () => {
    const sonnet = byId('anthropic/claude-sonnet-4-20250514')!;
    expect(sonnet.provider).toBe('anthropic');
    expect(sonnet.prices).toMatchObject({ input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 });
    expect(sonnet.contextWindow).toBe(200000);
    expect(sonnet.maxOutput).toBe(64000);
    expect(sonnet.capabilities).toMatchObject({ tools: true, reasoning: true, attachments: true, vision: true, openWeights: false });
    expect(sonnet.knowledgeCutoff).toBe('2025-03-31');
  });

  it('treats a missing cost as unknown, not free', () => {
    const mystery = byId('deepinfra/mystery-model')!;
    expect(mystery.prices).toBeUndefined();
    expect(mystery.freeVariant).toBeUndefined();
  });

  it('takes the maker from an id with a slash', () => {
    expect(byId('deepinfra/meta-llama/Meta-Llama-3.1-8B-Instruct')!.author).toBe('meta-llama');
    expect(byId('groq/llama-3.1-8b-instant')!.author).toBeUndefined();
  });

  it('reads the deprecated status', () => {
    expect(byId('anthropic/claude-3-5-haiku-20241022')!.deprecated).toBe(true);
    expect(byId('anthropic/claude-sonnet-4-20250514')!.deprecated).toBeUndefined();
  });

  it('drops a bad model and a bad provider, counting both, and keeps the rest', () => {
    expect(parsed.report.total).toBe(7);
    expect(parsed.report.kept).toBe(6);
    expect(parsed.report.dropped).toEqual([{ id: 'deepinfra/#2', reason: expect.stringContaining('id') }]);
    expect(parsed.report.droppedProviders).toEqual(['not-a-provider']);
    expect(parsed.report.providers).toBe(4);
  });

  it('reports the newest date in the data', () => {
    expect(parsed.report.newestDate).toBe('2025-09-01');
  });

  it('rejects a payload that is not a map of providers', () => {
    expect(() => parseModelsDev([], 'x')).toThrow(PayloadError);
    expect(() => parseModelsDev({}, 'x')).toThrow(/no providers/);
    expect(() => parseModelsDev('<!doctype html>', 'x')).toThrow(/not a map of providers/);
  });
});
