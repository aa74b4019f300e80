import type { DetectionIndex } from '../../../detection/alias-index';
import type { PinsData } from '../../../pins/pin';
import { PINS_VERSION } from '../../../pins/pins-version';
import type { Settings } from '../../../user-data/settings';
import { defaultSettings, SETTINGS_VERSION } from '../../../user-data/settings-defaults';
import { definePlainItem, type PlainItem } from './plain-item';

/*
 * The keys the content script reads, in a module that loads no schema library: the content
 * script runs in every tab the user allows, and zod would triple its size and its start-up task.
 */

/**
 * Derived from the catalogue and written with it. Stored as JSON text: content scripts read
 * one string, not the catalogue.
 */
export const detectionIndexItem = definePlainItem<DetectionIndex | null>(
  'detectionIndex',
  (stored) => (typeof stored === 'string' ? parseIndex(stored) : null),
  (index) => JSON.stringify(index),
);

/** Storage is ours, but a half-migrated value must not break the page: check the shape. */
function parseIndex(json: string): DetectionIndex | null {
  try {
    const value = JSON.parse(json) as DetectionIndex;
    return value?.version === 1 && Array.isArray(value.aliases) && Array.isArray(value.models) ? value : null;
  } catch {
    return null;
  }
}

/** A user-data value as the content script sees it; it never writes one. */
export type WrittenValue<T> = Pick<PlainItem<T>, 'read' | 'watch'>;

/**
 * Every write of a versioned value validates it against its schema first (versioned-item.ts),
 * so a value stored at the current version is one the schema accepted. Anything else (an older
 * version not yet migrated, a newer one after a downgrade, a broken value) reads as the defaults
 * here, as it does everywhere; the background migrates or keeps it aside, and the watch then
 * brings the value it stores.
 */
function defineWrittenValue<T>(name: string, version: number, defaults: () => T): WrittenValue<T> {
  return definePlainItem<T>(name, (stored) =>
    stored !== null && typeof stored === 'object' && 'version' in stored && stored.version === version && 'data' in stored ? (stored.data as T) : defaults(),
  );
}

export const writtenSettings = defineWrittenValue<Settings>('settings', SETTINGS_VERSION, defaultSettings);
export const writtenPins = defineWrittenValue<PinsData>('pins', PINS_VERSION, () => ({ pins: [] }));
