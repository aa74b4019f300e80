import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectionIndex } from '../../detection/alias-index';
import { detectionIndexItem } from '../shared/storage/content-items';

/** The detection index the background stores, read once. */
export function readIndex(): Promise<DetectionIndex | null> {
  return detectionIndexItem.read();
}

/** The next index the background stores (right after install it may still be on its way). */
export function nextIndex(ctx: ContentScriptContext): Promise<DetectionIndex | null> {
  return new Promise((resolve) => {
    const stopWatching = detectionIndexItem.watch((next) => {
      if (!next) return;
      stopWatching();
      resolve(next);
    });
    ctx.onInvalidated(() => {
      stopWatching();
      resolve(null);
    });
  });
}

/** Calls back with each well-formed index the background stores later; returns the unsubscribe. */
export function watchIndex(onChange: (index: DetectionIndex) => void): () => void {
  return detectionIndexItem.watch((next) => {
    if (next) onChange(next);
  });
}
