import type { PinsData } from '../../pins/pin';
import { pinsItem } from '../shared/storage/items';

/** The ids of pinned models, read from storage and kept current, so pinned names are marked. */
export async function readPinnedIds(): Promise<Set<string>> {
  return idsOf((await pinsItem.read()).data);
}

export function watchPinnedIds(onChange: (ids: Set<string>) => void): () => void {
  return pinsItem.watch((outcome) => onChange(idsOf(outcome.data)));
}

function idsOf(data: PinsData): Set<string> {
  return new Set(data.pins.map((pinned) => pinned.modelId));
}
