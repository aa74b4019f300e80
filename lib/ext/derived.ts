import type { Catalogue } from '../catalogue/catalogue';

/** Storage entries computed from a catalogue, written in the same `set` as the catalogue itself. */
export function deriveFromCatalogue(_catalogue: Catalogue): Record<string, unknown> {
  return {};
}
