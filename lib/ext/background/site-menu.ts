import { browser, type Browser } from 'wxt/browser';
import { isDefaultSite, sitePattern } from '../../user-data/settings';
import { enableSite, startInTab } from '../shared/sites';

const MENU_ID = 'enable-site';

/** The page's context menu (and the toolbar button's) offers to turn Model Lens on for the site. */
export async function createSiteMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: 'Enable Model Lens on this site',
    contexts: ['page', 'selection', 'link', 'action' in browser ? 'action' : 'browser_action'],
    documentUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

/**
 * The click grants access to this tab (activeTab): the page is marked at once, and the lasting
 * permission is asked for in the same user gesture. The grant turns the site on (see
 * `enableGrantedSites`); a default site needs no permission.
 */
export function onSiteMenuClicked(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<unknown> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !tab.url || !/^https?:/.test(tab.url)) return Promise.resolve();
  const host = new URL(tab.url).hostname;
  if (isDefaultSite(host)) return enableSite(host);
  const granted = browser.permissions.request({ origins: [sitePattern(host)] });
  return Promise.all([startInTab(tab.id), granted]);
}
