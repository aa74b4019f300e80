import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectionIndex } from '../../detection/alias-index';
import { STORAGE_KEYS } from '../shared/storage-keys';

/** The detection index the background stores, read once. */
export async function readIndex(): Promise<DetectionIndex | null> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.detectionIndex))[STORAGE_KEYS.detectionIndex];
  return typeof stored === 'string' ? parseIndex(stored) : null;
}

/** The next index the background stores (right after install it may still be on its way). */
export function nextIndex(ctx: ContentScriptContext): Promise<DetectionIndex | null> {
  return new Promise((resolve) => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      const next = changes[STORAGE_KEYS.detectionIndex]?.newValue;
      if (area !== 'local' || typeof next !== 'string') return;
      browser.storage.onChanged.removeListener(listener);
      resolve(parseIndex(next));
    };
    browser.storage.onChanged.addListener(listener);
    ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(listener);
      resolve(null);
    });
  });
}

/** Calls back with each well-formed index the background stores later; returns the unsubscribe. */
export function watchIndex(onChange: (index: DetectionIndex) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[STORAGE_KEYS.detectionIndex]?.newValue;
    if (area !== 'local' || typeof next !== 'string') return;
    const parsed = parseIndex(next);
    if (parsed) onChange(parsed);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Storage is ours, but a half-migrated value must not break the page: check the shape. */
function parseIndex(json: string): DetectionIndex | null {
  try {
    const value = JSON.parse(json) as DetectionIndex;
    return value?.version === 1 && Array.isArray(value.aliases) && Array.isArray(value.models) ? value : null;
  } catch {
    return null;
  }
}
