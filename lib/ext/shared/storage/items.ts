import { CATALOGUE_SCHEMA_VERSION, type Catalogue } from '../../../catalogue/catalogue';
import { INITIAL_REFRESH_STATUS, type RefreshStatus } from '../../../catalogue/refresh';
import { PINS_SPEC } from '../../../pins/pins-spec';
import { MATCH_GRAPH_SPEC } from '../../../user-data/match-graph-spec';
import { SETTINGS_SPEC } from '../../../user-data/settings';
import { SIGHTINGS_SPEC } from '../../../user-data/sightings-spec';
import { definePlainItem } from './plain-item';

export { detectionIndexItem } from './content-items';
import { defineVersionedItem } from './versioned-item';

/*
 * Every key this extension keeps in storage, one typed item each. Nothing else in the
 * extension touches `storage.*` (lint enforces it): reads, writes and watches go through these.
 */

/** User data: versioned, migrated, never silently reset. */
export const settingsItem = defineVersionedItem('settings', SETTINGS_SPEC);
export const pinsItem = defineVersionedItem('pins', PINS_SPEC);
/** Where each model was seen (kept on this device only). */
export const sightingsItem = defineVersionedItem('sightings', SIGHTINGS_SPEC);
/** Which models this user meets together: built from page loads and comparisons, cleared with the sightings. */
export const matchGraphItem = defineVersionedItem('matchGraph', MATCH_GRAPH_SPEC);

/** The catalogue, if it is one this version can read. */
export const catalogueItem = definePlainItem('catalogue', (stored) => (isReadableCatalogue(stored) ? stored : undefined));

export function isReadableCatalogue(value: unknown): value is Catalogue {
  return (
    value !== null &&
    typeof value === 'object' &&
    'schemaVersion' in value &&
    value.schemaVersion === CATALOGUE_SCHEMA_VERSION &&
    'models' in value &&
    Array.isArray(value.models)
  );
}

export const refreshStatusItem = definePlainItem<RefreshStatus>('refreshStatus', (stored) =>
  stored && typeof stored === 'object' ? (stored as RefreshStatus) : INITIAL_REFRESH_STATUS,
);

/** Convenience state for the popup: recent hovers and the model waiting to be compared. Not user data. */
export interface Recent {
  hovered: string[];
  comparePending?: string;
}

export const recentItem = definePlainItem<Recent>('recent', (value) => {
  const stored = value && typeof value === 'object' ? (value as Partial<Recent>) : undefined;
  return {
    hovered: Array.isArray(stored?.hovered) ? stored.hovered.filter((id): id is string => typeof id === 'string') : [],
    ...(typeof stored?.comparePending === 'string' ? { comparePending: stored.comparePending } : {}),
  };
});

/** Hugging Face answers kept for a while; hub-lookup reads each entry. */
export const hubCacheItem = definePlainItem<Record<string, unknown>>('hubCache', (stored) =>
  stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {},
);

/** Until when the Hub asked us (429, Retry-After) to stop: outlives a stopped service worker. */
export const hubPausedUntilItem = definePlainItem<number>('hubPausedUntil', (stored) => (typeof stored === 'number' ? stored : 0));
