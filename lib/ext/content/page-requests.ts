import { browser } from 'wxt/browser';
import { errorMessage } from '../../error-message';
import type { DetectionIndex } from '../../detection/alias-index';
import { isForPage, PageRequestSchema, type PageAnswer, type PageRequestType } from '../shared/page-messages';
import type { PageModel } from '../shared/page-model';
import type { CardTrigger } from './card-trigger';
import type { PageScanner } from './page-scanner';

type PageHandlers = { [K in PageRequestType]: () => Promise<PageAnswer<K>> };

/**
 * Answers the extension's requests to this page (the popup's "on this page" list, the keyboard
 * shortcut relayed by the background); returns the unsubscribe.
 */
export function answerPageRequests(scanner: PageScanner, index: () => DetectionIndex, trigger: CardTrigger, scans: () => number): () => void {
  return listenForPageRequests({
    getPageModels: () => Promise.resolve(pageModels(scanner, index())),
    openCard: () => trigger.openFromKeyboard().then(() => true as const),
    getActivity: () => Promise.resolve({ scans: scans(), ...trigger.handled }),
  });
}

/** Only this extension may ask, and only what the contract allows; anything else is refused with a reason. */
export function listenForPageRequests(handlers: PageHandlers): () => void {
  const onMessage = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id || !isForPage(message)) return undefined;
    const parsed = PageRequestSchema.safeParse(message);
    if (!parsed.success) return Promise.reject(new Error(`Model Lens's page script refused a malformed request: ${errorMessage(parsed.error)}`));
    const handler = handlers[parsed.data.type] as () => Promise<unknown>;
    return handler();
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => browser.runtime.onMessage.removeListener(onMessage);
}

function pageModels(scanner: PageScanner, index: DetectionIndex): PageModel[] {
  return [...scanner.modelCounts()]
    .map(([target, count]) => ({ id: index.models[target]!.id, name: index.models[target]!.name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
