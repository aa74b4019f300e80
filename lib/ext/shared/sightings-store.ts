import { recordSighting, type Sighting } from '../../user-data/sightings';
import { SIGHTINGS_SPEC } from '../../user-data/sightings-spec';
import { clearMatchGraph, recordPageCoMentions } from './match-graph-store';
import { STORAGE_KEYS } from './storage-keys';
import { loadVersioned, saveVersioned } from './versioned-store';

let queue: Promise<unknown> = Promise.resolve();

/** Counts one page load naming these models on this site (kept on this device only). */
export function recordPageSightings(modelIds: readonly string[], host: string, now: Date): Promise<void> {
  const run = queue.then(async () => {
    const outcome = await loadVersioned(STORAGE_KEYS.sightings, SIGHTINGS_SPEC);
    if (outcome.kind === 'unreadable') return;
    await saveVersioned(STORAGE_KEYS.sightings, SIGHTINGS_SPEC, recordSighting(outcome.data, modelIds, host, now));
    await recordPageCoMentions(modelIds);
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function sightingOf(modelId: string): Promise<Sighting | undefined> {
  const outcome = await loadVersioned(STORAGE_KEYS.sightings, SIGHTINGS_SPEC);
  return Object.prototype.hasOwnProperty.call(outcome.data, modelId) ? outcome.data[modelId] : undefined;
}

export async function clearSightings(): Promise<void> {
  await saveVersioned(STORAGE_KEYS.sightings, SIGHTINGS_SPEC, {});
  await clearMatchGraph();
}
