import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectionIndex } from '../../detection/alias-index';
import { createMatcher } from '../../detection/matcher';
import { STORAGE_KEYS } from '../storage-keys';
import { Highlights } from './highlights';
import { MutationWatcher } from './mutation-watcher';
import { PageScanner } from './page-scanner';

export interface PageModel {
  id: string;
  name: string;
  count: number;
}

/** Everything the content script does on one page; torn down when the extension reloads. */
export async function startOnPage(ctx: ContentScriptContext): Promise<void> {
  // A page in design mode is one big editor: leave it alone.
  if (document.designMode === 'on' || !document.body || !Highlights.supported()) return;
  // Right after install the index may still be on its way: wait for it rather than give up.
  let index = (await readIndex()) ?? (await nextIndex(ctx));
  if (!index || ctx.isInvalid) return;

  const highlights = new Highlights();
  const scanner = new PageScanner(createMatcher(index), highlights, {
    hostname: location.hostname,
    exactIds: new Map(index.exactIds),
    isPinned: () => false,
  });
  const watcher = new MutationWatcher(document.body, {
    rescan: async (roots) => {
      for (const root of roots) await scanner.scan(root, ctx.signal);
      scanner.prune();
    },
  });

  await scanner.scan(document.body, ctx.signal);
  if (ctx.isInvalid) return;
  watcher.start();

  const onStorageChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[STORAGE_KEYS.detectionIndex]?.newValue;
    if (area !== 'local' || typeof next !== 'string') return;
    const parsed = parseIndex(next);
    if (!parsed) return;
    index = parsed;
    scanner.replaceMatcher(createMatcher(parsed), new Map(parsed.exactIds));
    void scanner.scan(document.body, ctx.signal);
  };
  browser.storage.onChanged.addListener(onStorageChange);

  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if ((message as { type?: unknown })?.type !== 'getPageModels') return undefined;
    return Promise.resolve(pageModels(scanner, index!));
  };
  browser.runtime.onMessage.addListener(onMessage);

  ctx.onInvalidated(() => {
    watcher.stop();
    highlights.clear();
    browser.storage.onChanged.removeListener(onStorageChange);
    browser.runtime.onMessage.removeListener(onMessage);
  });
}

function pageModels(scanner: PageScanner, index: DetectionIndex): PageModel[] {
  return [...scanner.modelCounts()]
    .map(([target, count]) => ({ id: index.models[target]!.id, name: index.models[target]!.name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function nextIndex(ctx: ContentScriptContext): Promise<DetectionIndex | null> {
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

async function readIndex(): Promise<DetectionIndex | null> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.detectionIndex))[STORAGE_KEYS.detectionIndex];
  return typeof stored === 'string' ? parseIndex(stored) : null;
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
