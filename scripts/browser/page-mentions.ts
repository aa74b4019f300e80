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

/**
 * Waits until a count (names found, marks) is above zero and has not changed for `quietMs`,
 * and returns it: the page is scanned. Throws if it never settles within `limitMs`.
 */
export async function settledCount(count: () => Promise<number>, quietMs = 1500, limitMs = 60_000): Promise<number> {
  const deadline = Date.now() + limitMs;
  let last = -1;
  let since = Date.now();
  while (Date.now() < deadline) {
    const now = await count();
    if (now !== last) [last, since] = [now, Date.now()];
    else if (now > 0 && Date.now() - since > quietMs) return now;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the count never settled (last ${last})`);
}
