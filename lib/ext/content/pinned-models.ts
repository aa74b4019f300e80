import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from '../shared/storage-keys';

/** The ids of pinned models, read from storage and kept current, so pinned names are marked. */
export async function readPinnedIds(): Promise<Set<string>> {
  return idsOf((await browser.storage.local.get(STORAGE_KEYS.pins))[STORAGE_KEYS.pins]);
}

export function watchPinnedIds(onChange: (ids: Set<string>) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORAGE_KEYS.pins in changes) onChange(idsOf(changes[STORAGE_KEYS.pins]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function idsOf(stored: unknown): Set<string> {
  const pins = (stored as { data?: { pins?: unknown } } | undefined)?.data?.pins;
  if (!Array.isArray(pins)) return new Set();
  return new Set(pins.map((p) => (p as { modelId?: unknown })?.modelId).filter((id): id is string => typeof id === 'string'));
}
