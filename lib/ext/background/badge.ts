import { browser } from 'wxt/browser';

/** The toolbar badge: how many distinct models the tab names. */
export async function showModelCount(tabId: number, count: number): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: '#5b3fd6' });
}
