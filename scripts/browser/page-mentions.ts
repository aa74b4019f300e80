/// <reference types="chrome" />
import type { WebWorker } from 'puppeteer-core';

/**
 * How many mentions of catalogue models the extension found in a tab, counted the way the
 * popup's "on this page" list counts them. (The page itself only sees the marks near the
 * viewport: those are all the extension registers for painting.)
 */
export function pageMentionCount(worker: WebWorker, url: string): Promise<number> {
  return worker.evaluate(async (tabUrl) => {
    const tab = (await chrome.tabs.query({})).find((candidate) => candidate.url === tabUrl);
    if (tab?.id === undefined) return 0;
    try {
      const models = (await chrome.tabs.sendMessage(tab.id, { target: 'content', type: 'getPageModels' })) as { count: number }[] | undefined;
      return (models ?? []).reduce((sum, model) => sum + model.count, 0);
    } catch {
      // No content script in the tab yet.
      return 0;
    }
  }, url);
}
