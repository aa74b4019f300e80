import type { Catalogue } from '../../catalogue/catalogue';
import { storedHubRepoKeys } from '../../catalogue/hub-repos';
import { buildDetectionIndex } from '../../detection/alias-index';
import { STORAGE_KEYS } from '../shared/storage-keys';

/**
 * Storage entries computed from a catalogue, written in the same `set` as the catalogue itself.
 * The detection index is stored as JSON text: content scripts read one string, not the catalogue.
 */
export function deriveFromCatalogue(catalogue: Catalogue): Record<string, unknown> {
  const index = buildDetectionIndex(catalogue.models);
  // Links on huggingface.co resolve by every repo id the sources give a model, so a fresh install
  // without network knows the official repos.
  const exactIds = new Map(index.exactIds);
  for (const [repo, target] of storedHubRepoKeys(catalogue.models)) if (!exactIds.has(repo)) exactIds.set(repo, target);
  return { [STORAGE_KEYS.detectionIndex]: JSON.stringify({ ...index, exactIds: [...exactIds] }) };
}
