import { describe, expect, it } from 'vitest';
import { assembleCatalogue, parseHuggingFaceSource, parseModelsDevSource, parseOpenRouterSource } from '@/lib/catalogue/build';
import { mergeSources } from '@/lib/catalogue/merge';
import { parseHuggingFaceList } from '@/lib/catalogue/sources/hugging-face';
import { parseOpenRouter } from '@/lib/catalogue/sources/openrouter';
import { hasSharedFixtures, OPENROUTER_SNAPSHOTS, readShared } from './shared-fixtures';


describe.skipIf(!hasSharedFixtures)('real upstream snapshots', () => {
  it.each(OPENROUTER_SNAPSHOTS)('parses %s keeping at least 99% of its items', (file) => {
    const { models, report } = parseOpenRouter(readShared(file), '2026-08-19T00:00:00Z');
    expect(report.total).toBeGreaterThan(300);
    expect(report.kept / report.total).toBeGreaterThanOrEqual(0.99);
    // Every OpenRouter id lands in exactly one model (variants and moving aliases folded in).
    const ids = models.flatMap((m) => [m.sourceId, ...m.otherIds.filter((id) => !id.includes('-20') || id.includes(':'))]);
    expect(new Set(ids).size).toBe(ids.length);
    // Prices are per 1M tokens: no text model costs $1,000 per 1M input tokens.
    expect(models.filter((m) => m.type === 'text' && (m.prices?.input ?? 0) >= 1000)).toEqual([]);
  });

  it('parses models.dev (147 providers, 5,276 entries) without dropping any', () => {
    const { status } = parseModelsDevSource({ json: readShared('models-dev-2026-07-01.json'), fetchedAt: 'x' });
    expect(status.total).toBe(5276);
    expect(status.kept).toBe(5276);
  });

  it('parses the Hugging Face list responses item by item', () => {
    for (const file of ['hf/hf-api-models-listing-2025-01-14.json', 'hf/hf-api-models-trending-top10-2024-11-25.json']) {
      const { report } = parseHuggingFaceList(readShared(file), 'x');
      expect(report.kept / report.total).toBeGreaterThanOrEqual(0.99);
    }
  });

  describe('merged catalogue of OpenRouter (all modalities) and models.dev', () => {
    const openrouter = parseOpenRouterSource({ json: readShared('openrouter-models-all-2026-08-19.json'), fetchedAt: '2026-08-19T00:00:00Z' });
    const modelsDev = parseModelsDevSource({ json: readShared('models-dev-2026-07-01.json'), fetchedAt: '2026-07-01T00:00:00Z' });
    const hub = parseHuggingFaceSource({ json: readShared('hf/hf-api-models-listing-2025-01-14.json'), fetchedAt: '2025-01-14T00:00:00Z' });
    const catalogue = assembleCatalogue([openrouter, modelsDev, hub], { origin: 'live', now: new Date('2026-08-20T00:00:00Z') });
    const byId = (id: string) => catalogue.models.find((m) => m.id === id)!;

    it('makes one record of a model that OpenRouter lists and 20+ models.dev providers serve', () => {
      const sonnet = byId('anthropic/claude-sonnet-4.6');
      expect(sonnet.providers.length).toBeGreaterThanOrEqual(20);
      expect(sonnet.ids.modelsDev).toEqual(
        expect.arrayContaining(['anthropic/claude-sonnet-4-6', 'amazon-bedrock/anthropic.claude-sonnet-4-6', 'openrouter/anthropic/claude-sonnet-4.6']),
      );
      expect(catalogue.models.filter((m) => m.name === 'Claude Sonnet 4.6')).toHaveLength(1);
      const widelyServed = catalogue.models.filter((m) => m.ids.openrouter.length && m.providers.length >= 20);
      expect(widelyServed.length).toBeGreaterThanOrEqual(25);
    });

    it('keeps every OpenRouter model as its own record', () => {
      const recordsOf = (id: string) => catalogue.models.filter((m) => m.ids.openrouter.includes(id));
      for (const model of openrouter.models) expect(recordsOf(model.sourceId)).toHaveLength(1);
      const allIds = catalogue.models.flatMap((m) => m.ids.openrouter);
      expect(new Set(allIds).size).toBe(allIds.length);
    });

    it('joins Hugging Face repos through OpenRouter hugging_face_id', () => {
      const withHub = catalogue.models.filter((m) => m.hub);
      expect(withHub.length).toBeGreaterThan(10);
      const llama = byId('meta-llama/llama-3.1-8b-instruct');
      expect(llama.ids.huggingFace?.toLowerCase()).toMatch(/^meta-llama\/(meta-)?llama-3\.1-8b-instruct$/);
      expect(llama.hub?.value.downloads).toBeGreaterThan(1_000_000);
      expect(llama.capabilities.openWeights).toBeDefined();
    });

    it('flags disagreements between trusted sources', () => {
      const disagreeing = catalogue.models.filter((m) => m.price.input?.others?.length || m.contextWindow?.others?.length);
      expect(disagreeing.length).toBeGreaterThan(20);
      for (const model of disagreeing) {
        for (const other of model.price.input?.others ?? []) expect(other.value).not.toBe(model.price.input!.value);
      }
    });

    it('ranks benchmarked frontier models near the top of the text models', () => {
      const text = catalogue.models.filter((m) => m.rank.among === 'text');
      const top20 = [...text].sort((a, b) => a.rank.position - b.rank.position).slice(0, 20);
      expect(top20.filter((m) => !m.rank.qualityEstimated).length).toBeGreaterThanOrEqual(5);
      expect(top20.map((m) => m.rank.position)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    });
  });

  it('parses every dated OpenRouter snapshot into a catalogue that only grows', () => {
    const counts = OPENROUTER_SNAPSHOTS.slice(0, 4).map(
      (file) => mergeSources(parseOpenRouter(readShared(file), 'x').models).length,
    );
    expect(counts[3]).toBeGreaterThan(counts[0]!);
  });
});
