
/**
 * Where the user has seen each model, kept on this device only: "seen 12 times on 3 sites".
 * A page load counts once per model, however many times the page names it.
 */
export interface Sighting {
  count: number;
  sites: Record<string, number>;
  lastSeen: string;
}

export type Sightings = Record<string, Sighting>;

const MAX_MODELS = 3_000;
const MAX_SITES_PER_MODEL = 50;

/** Adds one page load that named these models on this site; the record stays bounded. */
export function recordSighting(sightings: Sightings, modelIds: readonly string[], host: string, now: Date): Sightings {
  // Built on a null-prototype object: model ids such as "__proto__" are just keys.
  const next: Sightings = Object.assign(Object.create(null) as Sightings, sightings);
  for (const id of modelIds) {
    const before = next[id];
    const sites = Object.assign(Object.create(null) as Record<string, number>, before?.sites);
    sites[host] = (sites[host] ?? 0) + 1;
    next[id] = { count: (before?.count ?? 0) + 1, sites: trimSites(sites), lastSeen: now.toISOString() };
  }
  return trimModels(next);
}

export function describeSighting(sighting: Sighting | undefined): string | undefined {
  if (!sighting || sighting.count === 0) return undefined;
  const sites = Object.keys(sighting.sites).length;
  const times = sighting.count === 1 ? 'once' : `${sighting.count} times`;
  return `Seen ${times} on ${sites} site${sites === 1 ? '' : 's'}`;
}

function trimSites(sites: Record<string, number>): Record<string, number> {
  const entries = Object.entries(sites);
  if (entries.length <= MAX_SITES_PER_MODEL) return sites;
  return Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(entries.sort((a, b) => b[1] - a[1]).slice(0, MAX_SITES_PER_MODEL)));
}

function trimModels(sightings: Sightings): Sightings {
  const entries = Object.entries(sightings);
  if (entries.length <= MAX_MODELS) return sightings;
  // Forget the models seen longest ago.
  const kept = entries.sort((a, b) => (a[1].lastSeen < b[1].lastSeen ? 1 : -1)).slice(0, MAX_MODELS);
  return Object.assign(Object.create(null) as Sightings, Object.fromEntries(kept));
}
