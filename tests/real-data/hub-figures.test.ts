import { describe, expect, it } from 'vitest';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import type { Catalogue } from '@/lib/catalogue/catalogue';
import type { FetchResult } from '@/lib/catalogue/fetch-json';
import { hubListingRequests } from '@/lib/catalogue/hub-figures';
import { officialRepoOf } from '@/lib/catalogue/hub-repos';
import { adoptionScore, DEFAULT_RANK_WEIGHTS } from '@/lib/catalogue/rank';
import { INITIAL_REFRESH_STATUS, refreshCatalogue } from '@/lib/catalogue/refresh';
import { hasSharedFixtures, readShared } from './shared-fixtures';

const HUB = 'https://huggingface.co/api/models/';
const NOW = new Date('2026-08-20T00:00:00Z');

/**
 * The Hub answered from real Hub items: the 1,000 trending repos of May 2026 (re-keyed by their
 * collector, put back in the API's field names) and the 2,817-item listing of January 2025.
 */
function fixtureHub(): { items: Map<string, Record<string, unknown>[]>; fetch: (url: string) => Promise<FetchResult>; asked: string[] } {
  const trending = (readShared('hf/hf-trending-1000-processed-2026-05-04.json') as { models: Record<string, unknown>[] }).models;
  const listing = readShared('hf/hf-api-models-listing-2025-01-14.json') as Record<string, unknown>[];
  const byId = new Map<string, Record<string, unknown>>();
  for (const item of listing) byId.set(String(item.id).toLowerCase(), item);
  for (const { pipelineTag, libraryName, ...item } of trending) byId.set(String(item.id).toLowerCase(), { ...item, pipeline_tag: pipelineTag, library_name: libraryName });
  const items = new Map<string, Record<string, unknown>[]>();
  for (const item of byId.values()) {
    const org = String(item.id).split('/')[0]!.toLowerCase();
    items.set(org, [...(items.get(org) ?? []), item]);
  }
  const asked: string[] = [];
  const fetch = async (url: string): Promise<FetchResult> => {
    asked.push(url);
    const org = new URL(url).searchParams.get('author')!.toLowerCase();
    return { ok: true, json: items.get(org) ?? [] };
  };
  return { items, fetch, asked };
}

function topTen(catalogue: Catalogue): string[] {
  return catalogue.models
    .filter((m) => m.rank.among === 'text')
    .sort((a, b) => a.rank.position - b.rank.position)
    .slice(0, 10)
    .map((m) => `${m.rank.position}. ${m.id} (${m.rank.score}${m.hub ? ', Hub' : ''})`);
}

describe.skipIf(!hasSharedFixtures)('Hub figures for the Aug 2026 and bundled catalogues, from real Hub items', () => {
  const sources = {
    'https://openrouter.test/models': readShared('openrouter-models-all-2026-08-19.json'),
    'https://models.test/api.json': readShared('models-dev-2026-07-01.json'),
  } as Record<string, unknown>;
  const urls = { openrouter: 'https://openrouter.test/models', modelsDev: 'https://models.test/api.json', huggingFace: HUB };
  const refresh = (fetchHub?: (url: string) => Promise<FetchResult>) =>
    refreshCatalogue({
      urls,
      intervalMs: 12 * 3600_000,
      weights: { ...DEFAULT_RANK_WEIGHTS },
      now: () => NOW,
      fetch: async (url) => ({ ok: true, json: sources[url] }),
      fetchHub,
      previous: undefined,
      previousStatus: INITIAL_REFRESH_STATUS,
    });

  it('one listing per org reaches every official repo the Hub lists, and adoption counts it', async () => {
    const without = await refresh();
    const hub = fixtureHub();
    const withHub = await refresh(hub.fetch);
    if (!without.ok || !withHub.ok) throw new Error('refresh failed');
    const models = withHub.catalogue.models;
    const requests = hubListingRequests(models, HUB);
    const official = models.filter((m) => officialRepoOf(m));
    const askedOrgs = new Set(requests.map((r) => r.org.toLowerCase()));
    const listed = new Set([...hub.items.values()].flat().map((item) => String(item.id).toLowerCase()));
    const reachable = official.filter((m) => askedOrgs.has(officialRepoOf(m)!.split('/')[0]!.toLowerCase()) && listed.has(officialRepoOf(m)!.toLowerCase()));
    const withFigures = models.filter((m) => m.hub);
    const orgs = new Set(official.map((m) => officialRepoOf(m)!.split('/')[0]!.toLowerCase()));
    console.info('[hub] Aug 2026 catalogue:', {
      models: models.length,
      withOfficialRepo: official.length,
      orgs: orgs.size,
      hubRequests: hub.asked.length,
      officialReposInAskedOrgs: official.filter((m) => askedOrgs.has(officialRepoOf(m)!.split('/')[0]!.toLowerCase())).length,
      withFigures: withFigures.length,
    });
    console.info('[hub] text top 10 without Hub figures:', topTen(without.catalogue));
    console.info('[hub] text top 10 with Hub figures:', topTen(withHub.catalogue));

    expect(hub.asked).toHaveLength(requests.length);
    expect(hub.asked.length).toBeLessThanOrEqual(40);
    expect(withFigures.map((m) => m.id).sort()).toEqual(reachable.map((m) => m.id).sort());
    expect(withFigures.length).toBeGreaterThan(20);
    // Adoption is 70 % providers, 30 % Hub: a repo few download lowers a widely served model's.
    const before = new Map(without.catalogue.models.map((m) => [m.id, m]));
    for (const model of withFigures) expect(model.rank.subScores.adoption).toBe(Math.round(adoptionScore(model) * 10) / 10);
    const adoptionMoved = withFigures.filter((m) => m.rank.subScores.adoption !== before.get(m.id)!.rank.subScores.adoption);
    expect(adoptionMoved.length).toBeGreaterThan(withFigures.length / 2);
    const moves = withFigures
      .map((m) => ({ id: m.id, from: before.get(m.id)!.rank.position, to: m.rank.position, of: m.rank.of, among: m.rank.among }))
      .sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));
    console.info('[hub] positions moved by Hub figures:', {
      adoptionChanged: adoptionMoved.length,
      up: moves.filter((m) => m.to < m.from).length,
      down: moves.filter((m) => m.to > m.from).length,
      largest: moves.slice(0, 8).map((m) => `${m.id} ${m.from}→${m.to} of ${m.of} ${m.among}`),
    });
  });

  it('the bundled catalogue: how many official repos and listings', () => {
    const bundled = buildBundledCatalogue(NOW);
    const official = bundled.models.filter((m) => officialRepoOf(m));
    console.info('[hub] bundled catalogue:', { models: bundled.models.length, withOfficialRepo: official.length, hubRequests: hubListingRequests(bundled.models, HUB).length });
    expect(official.length).toBeGreaterThan(0);
  });
});
