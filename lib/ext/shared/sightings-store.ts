import { recordSighting, type Sighting } from '../../user-data/sightings';
import { clearMatchGraph, recordPageCoMentions } from './match-graph-store';
import { serialQueue } from './serial-queue';
import { sightingsItem } from './storage/items';

const oneAtATime = serialQueue();

/** Counts one page load naming these models on this site (kept on this device only). */
export function recordPageSightings(modelIds: readonly string[], host: string, now: Date): Promise<void> {
  return oneAtATime(async () => {
    const outcome = await sightingsItem.load();
    if (outcome.kind === 'unreadable') return;
    await sightingsItem.save(recordSighting(outcome.data, modelIds, host, now));
    await recordPageCoMentions(modelIds);
  });
}

export async function sightingOf(modelId: string): Promise<Sighting | undefined> {
  const outcome = await sightingsItem.load();
  return Object.prototype.hasOwnProperty.call(outcome.data, modelId) ? outcome.data[modelId] : undefined;
}

export async function clearSightings(): Promise<void> {
  await sightingsItem.save({});
  await clearMatchGraph();
}
