import type { PinsData } from '../../pins/pin';
import { writtenPins } from '../shared/storage/content-items';

/** The ids of pinned models, read from storage and kept current, so pinned names are marked. */
export async function readPinnedIds(): Promise<Set<string>> {
  return idsOf(await writtenPins.read());
}

export function watchPinnedIds(onChange: (ids: Set<string>) => void): () => void {
  return writtenPins.watch((data) => onChange(idsOf(data)));
}

function idsOf(data: PinsData): Set<string> {
  return new Set(data.pins.map((pinned) => pinned.modelId));
}
