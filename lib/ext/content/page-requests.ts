import { browser } from 'wxt/browser';
import type { DetectionIndex } from '../../detection/alias-index';
import type { PageModel } from '../shared/page-model';
import type { CardTrigger } from './card-trigger';
import type { PageScanner } from './page-scanner';

/**
 * Answers the extension's requests to this page (the popup's "on this page" list, the keyboard
 * shortcut relayed by the background); returns the unsubscribe.
 */
export function answerPageRequests(scanner: PageScanner, index: () => DetectionIndex, trigger: CardTrigger): () => void {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const { target, type } = (message ?? {}) as { target?: unknown; type?: unknown };
    if (target !== 'content') return undefined;
    if (type === 'getPageModels') return Promise.resolve(pageModels(scanner, index()));
    if (type === 'openCard') return trigger.openFromKeyboard().then(() => true);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

function pageModels(scanner: PageScanner, index: DetectionIndex): PageModel[] {
  return [...scanner.modelCounts()]
    .map(([target, count]) => ({ id: index.models[target]!.id, name: index.models[target]!.name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
