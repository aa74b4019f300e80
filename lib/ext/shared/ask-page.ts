import { browser } from 'wxt/browser';
import { errorMessage } from '../../error-message';
import { PAGE_ANSWER_SCHEMAS, type PageAnswer, type PageRequestType } from './page-messages';

/**
 * Asks a tab's content script. Rejects when the tab has no content script (a site Model Lens
 * is not on, a browser page) and when the answer is not what the contract says.
 */
export async function askPage<K extends PageRequestType>(tabId: number, type: K): Promise<PageAnswer<K>> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, { target: 'content', type });
  const parsed = PAGE_ANSWER_SCHEMAS[type].safeParse(answer);
  if (!parsed.success) throw new Error(`The page's answer to ${type} was malformed: ${errorMessage(parsed.error)}`);
  return parsed.data as PageAnswer<K>;
}
