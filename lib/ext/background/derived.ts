import type { Catalogue } from '../../catalogue/catalogue';
import { storedHubRepoKeys } from '../../catalogue/hub-repos';
import { buildDetectionIndex, type DetectionIndex } from '../../detection/alias-index';

/** What content scripts match pages with, computed from a catalogue and written in the same `set` as it. */
export function deriveFromCatalogue(catalogue: Catalogue): { detectionIndex: DetectionIndex } {
  const index = buildDetectionIndex(catalogue.models);
  // Links on huggingface.co resolve by every repo id the sources give a model, so a fresh install
  // without network knows the official repos.
  const exactIds = new Map(index.exactIds);
  for (const [repo, target] of storedHubRepoKeys(catalogue.models)) if (!exactIds.has(repo)) exactIds.set(repo, target);
  return { detectionIndex: { ...index, exactIds: [...exactIds] } };
}
