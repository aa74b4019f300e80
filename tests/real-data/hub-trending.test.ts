import { describe, expect, it } from 'vitest';
import { assembleCatalogue, parseModelsDevSource, parseOpenRouterSource } from '@/lib/catalogue/build';
import { readLineage, resolveLineage, type HubResolution } from '@/lib/catalogue/hub-lineage';
import { hubRepoKeys, modelForRepo } from '@/lib/catalogue/hub-repos';
import { buildDetectionIndex } from '@/lib/detection/alias-index';
import { createMatcher } from '@/lib/detection/matcher';
import { hasSharedFixtures, readShared } from './shared-fixtures';

interface TrendingItem {
  id: string;
  tags: string[];
}

describe.skipIf(!hasSharedFixtures)('the 1,000 trending Hub repos against the Aug 2026 catalogue', () => {
  const catalogue = assembleCatalogue(
    [
      parseOpenRouterSource({ json: readShared('openrouter-models-all-2026-08-19.json'), fetchedAt: '2026-08-19T00:00:00Z' }),
      parseModelsDevSource({ json: readShared('models-dev-2026-07-01.json'), fetchedAt: '2026-07-01T00:00:00Z' }),
    ],
    { origin: 'live', now: new Date('2026-08-20T00:00:00Z') },
  );
  const keys = hubRepoKeys(catalogue.models);
  const items = (readShared('hf/hf-trending-1000-processed-2026-05-04.json') as { models: TrendingItem[] }).models;
  const lineages = new Map(items.map((item) => [item.id.toLowerCase(), readLineage(item)]));
  const lookups = {
    lineageOf: (repo: string) => lineages.get(repo.toLowerCase()),
    modelOf: (repo: string) => {
      const index = modelForRepo(keys, repo);
      return index === undefined ? undefined : catalogue.models[index]!.id;
    },
  };
  const resolved = items.map((item) => resolveLineage(item.id, lookups));
  const bucket = (r: HubResolution) => (r.relation === 'self' ? (r.model ? 'self' : 'hub-only') : r.relation);
  const count = (pick: (r: HubResolution) => boolean) => resolved.filter(pick).length;

  it('sorts every repo by the relation its tags state', () => {
    const counts = Object.fromEntries(['self', 'quantized', 'finetune', 'adapter', 'merge', 'hub-only'].map((b) => [b, count((r) => bucket(r) === b)]));
    console.info('[hub] trending-1000 by relation:', counts, {
      quantizedOfCatalogueModel: count((r) => r.relation === 'quantized' && r.model !== null),
      derivedWithCatalogueBase: count((r) => ['finetune', 'adapter', 'merge'].includes(r.relation) && r.baseModel !== null),
    });
    expect(counts).toMatchObject({ quantized: 258, adapter: 59, merge: 9 });
    // 207 state `base_model:finetune:`; 2 more state a base without a relation, which the Hub files as fine-tunes.
    expect(counts['finetune']).toBe(209);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('shows the catalogue model for every quantization whose base it lists, and a base for every derived model', () => {
    for (const r of resolved.filter((r) => r.relation === 'quantized')) {
      expect(r.model, r.repo).toBe(lookups.modelOf(r.base!) ?? r.model);
      if (lookups.modelOf(r.base!)) expect(r.model, r.repo).not.toBeNull();
    }
    expect(count((r) => r.relation === 'quantized' && r.model !== null)).toBeGreaterThanOrEqual(117);
    expect(count((r) => r.relation === 'finetune' && r.baseModel !== null)).toBeGreaterThanOrEqual(66);
    for (const r of resolved.filter((r) => r.relation !== 'self')) {
      expect(r.base, r.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      if (r.relation !== 'quantized') expect(r.model, `${r.repo} is its own model`).toBeNull();
    }
  });

  it('never links a repo by a name inside its id against what its tags say', () => {
    const index = buildDetectionIndex(catalogue.models);
    const matcher = createMatcher(index);
    let namedOtherwise = 0;
    for (const r of resolved.filter((r) => r.relation !== 'self')) {
      const byName = matcher.scan(r.repo).filter((m) => m.kind === 'specific').map((m) => index.models[m.target]!.id);
      const baseModel = r.baseModel;
      if (byName.some((id) => id !== baseModel)) namedOtherwise += 1;
      // Whatever the name says, the card is the base's (a quantization) or none (a derived model).
      if (r.model !== null) expect(r.model).toBe(baseModel);
    }
    console.info(`[hub] derived repos whose name reads as another catalogue model than their base: ${namedOtherwise}`);
    expect(namedOtherwise).toBeGreaterThan(0);
  });
});
