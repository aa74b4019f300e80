import type { Catalogue } from '../catalogue/catalogue';
import { buildDetectionIndex } from '../detection/alias-index';
import { STORAGE_KEYS } from './storage-keys';

/**
 * Storage entries computed from a catalogue, written in the same `set` as the catalogue itself.
 * The detection index is stored as JSON text: content scripts read one string, not the catalogue.
 */
export function deriveFromCatalogue(catalogue: Catalogue): Record<string, unknown> {
  return { [STORAGE_KEYS.detectionIndex]: JSON.stringify(buildDetectionIndex(catalogue.models)) };
}
