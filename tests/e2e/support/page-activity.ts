/// <reference types="chrome" />
import type { Page, WebWorker } from 'puppeteer-core';
import { waitFor } from './extension';

/** What the content script in a tab has handled so far (it answers the extension, never the page). */
export interface PageActivity {
  scans: number;
  pointerMoves: number;
  focusChanges: number;
}

/** The activity of the content script in the page's tab (the active one, if several show its address); undefined if none answers. */
export function pageActivity(worker: WebWorker, page: Page): Promise<PageActivity | undefined> {
  return worker.evaluate(async (url) => {
    const tabs = (await chrome.tabs.query({})).filter((tab) => tab.url === url);
    const tab = tabs.find((candidate) => candidate.active) ?? tabs[0];
    if (tab?.id === undefined) return undefined;
    try {
      return (await chrome.tabs.sendMessage(tab.id, { target: 'content', type: 'getActivity' })) as PageActivity;
    } catch {
      return undefined;
    }
  }, page.url());
}

/**
 * Runs `act`, then waits until the page's content script has handled at least one more of
 * `what`: the positive signal a "nothing happened" check needs before it looks.
 */
export async function afterHandled(worker: WebWorker, page: Page, what: keyof PageActivity, act: () => Promise<unknown>): Promise<void> {
  const before = (await waitFor(() => pageActivity(worker, page), 'the content script to answer'))[what];
  await act();
  await waitFor(async () => ((await pageActivity(worker, page))?.[what] ?? 0) > before, `the content script to handle ${what}`);
}
