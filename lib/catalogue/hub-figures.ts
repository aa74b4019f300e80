import type { Catalogue, CatalogueModel, HubFigures } from './catalogue';
import type { FetchResult } from './fetch-json';
import { officialRepoOf } from './hub-repos';
import { rankModels, type RankWeights } from './rank';
import type { SourceOutcome } from './refresh';
import { parseHuggingFaceList } from './sources/hugging-face';

/**
 * Hub listings one refresh may ask for. The rate-limit bucket they share with the card's
 * look-ups holds 60; the rest is left for the pages the user opens meanwhile.
 */
export const HUB_REFRESH_REQUESTS = 40;
/** An org's repos by downloads: the ones providers serve are among its most downloaded. */
export const HUB_LISTING_LIMIT = 500;
/** Listings asked at the same time. */
const CONCURRENCY = 4;

export interface HubListingRequest {
  org: string;
  url: string;
}

/**
 * One listing per org that publishes a catalogue model's official repo, the orgs with the
 * most catalogue models first, at most `HUB_REFRESH_REQUESTS`.
 */
export function hubListingRequests(models: readonly Pick<CatalogueModel, 'ids'>[], baseUrl: string): HubListingRequest[] {
  // Orgs are case-insensitive on the Hub ("Qwen", "qwen"); the most used spelling asks.
  const spellings = new Map<string, Map<string, number>>();
  for (const model of models) {
    const org = officialRepoOf(model)?.split('/')[0];
    if (!org) continue;
    const byCase = spellings.get(org.toLowerCase()) ?? new Map<string, number>();
    spellings.set(org.toLowerCase(), byCase);
    byCase.set(org, (byCase.get(org) ?? 0) + 1);
  }
  const orgs = [...spellings.values()].map((byCase) => {
    const sorted = [...byCase].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return { org: sorted[0]![0], models: sorted.reduce((sum, [, count]) => sum + count, 0) };
  });
  return orgs
    .sort((a, b) => b.models - a.models || (a.org < b.org ? -1 : 1))
    .slice(0, HUB_REFRESH_REQUESTS)
    .map(({ org }) => ({ org, url: hubListingUrl(baseUrl, org) }));
}

/** `GET /api/models?author=…&sort=downloads`, from the configured `…/api/models/` base. */
export function hubListingUrl(baseUrl: string, org: string): string {
  return `${baseUrl.replace(/\/+$/, '')}?author=${encodeURIComponent(org)}&sort=downloads&direction=-1&limit=${HUB_LISTING_LIMIT}`;
}

export interface HubFiguresResult {
  /** Figures by lower-cased repo id. */
  figures: Map<string, HubFigures>;
  outcome: SourceOutcome;
}

/**
 * Asks the Hub for the listings, validates them item by item, and answers each repo's
 * figures. A failed listing is named in the outcome; the others still count.
 */
export async function fetchHubFigures(
  requests: readonly HubListingRequest[],
  options: { baseUrl: string; fetch: (url: string) => Promise<FetchResult>; now: () => Date },
): Promise<HubFiguresResult> {
  const figures = new Map<string, HubFigures>();
  const failures: string[] = [];
  const dropped: string[] = [];
  let total = 0;
  let kept = 0;
  const queue = [...requests];
  const worker = async () => {
    for (let request = queue.shift(); request; request = queue.shift()) {
      const result = await options.fetch(request.url);
      if (!result.ok) {
        failures.push(`${request.org}: ${result.failure.message}`);
        continue;
      }
      const fetchedAt = options.now().toISOString();
      try {
        const { models, report } = parseHuggingFaceList(result.json, fetchedAt);
        total += report.total;
        kept += report.kept;
        dropped.push(...report.dropped.map((d) => `${request.org} ${d.id}: ${d.reason}`));
        for (const model of models) {
          if (model.hub) figures.set(model.sourceId.toLowerCase(), { value: model.hub, source: 'huggingface', fetchedAt });
        }
      } catch (error) {
        failures.push(`${request.org}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, requests.length) }, worker));

  const asked = `${requests.length} Hub listing${requests.length === 1 ? '' : 's'}`;
  const outcome: SourceOutcome = {
    ok: failures.length < requests.length || requests.length === 0,
    url: options.baseUrl,
    total,
    kept,
    dropped: dropped.length,
    ...(dropped.length ? { droppedExamples: dropped.slice(0, 5) } : {}),
    ...(failures.length ? { message: `${failures.length} of ${asked} failed, their last known figures kept (${failures.slice(0, 3).join('; ')})` } : {}),
  };
  return { figures, outcome };
}

/**
 * Each model with an official repo gets its figures: this refresh's, or else the last known
 * ones (the previous catalogue's), so a Hub outage does not move the rank. Then re-ranks, so
 * adoption counts Hub downloads and likes.
 */
export function withHubFigures(
  catalogue: Catalogue,
  figures: ReadonlyMap<string, HubFigures>,
  previous: Catalogue | undefined,
  options: { now: Date; weights?: Partial<RankWeights>; fetchedAt: string; url: string },
): Catalogue {
  const lastKnown = new Map<string, HubFigures>();
  for (const model of previous?.models ?? []) {
    const repo = officialRepoOf(model);
    if (repo && model.hub?.fetchedAt) lastKnown.set(repo.toLowerCase(), model.hub);
  }
  const fetchTimes: string[] = [];
  const models = catalogue.models.map(({ rank: _rank, ...model }) => {
    const repo = officialRepoOf(model)?.toLowerCase();
    const hub = repo ? (figures.get(repo) ?? lastKnown.get(repo)) : undefined;
    if (!hub) return model;
    fetchTimes.push(hub.fetchedAt ?? options.fetchedAt);
    return { ...model, hub };
  });
  if (!fetchTimes.length) return catalogue;
  // The source's age is its oldest figure's: kept figures are as old as their fetch.
  const oldest = fetchTimes.sort()[0]!;
  return {
    ...catalogue,
    sources: { ...catalogue.sources, huggingface: { fetchedAt: oldest, url: options.url, total: fetchTimes.length, kept: fetchTimes.length, dropped: 0 } },
    models: rankModels(models, { now: options.now, weights: options.weights }),
  };
}
