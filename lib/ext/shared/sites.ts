import { browser } from 'wxt/browser';
import { isDefaultSite, sitePattern, type Settings } from '../../user-data/settings';
import { settingsItem } from './storage/items';

export const CONTENT_SCRIPT = '/content-scripts/model-lens.js';
export const CONTENT_STYLE = '/content-scripts/model-lens.css';

const scriptId = (host: string) => `site:${host}`;

async function settings(): Promise<Settings> {
  return (await settingsItem.load()).data;
}

/** Changes made at the same time elsewhere (the options page, another toggle) are kept. */
function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return settingsItem.update(change);
}

/**
 * Turns the extension on for a site. The permission is asked for by the popup, on the user's
 * click; here the content script is registered for it and started in the site's open tabs.
 */
export async function enableSite(host: string): Promise<Settings> {
  if (!isDefaultSite(host)) {
    if (!(await browser.permissions.contains({ origins: [sitePattern(host)] }))) {
      throw new Error(`Model Lens has no permission for ${host}: allow it from the popup.`);
    }
    await register(host);
  }
  const updated = await updateSettings((current) => ({
    ...current,
    disabledSites: current.disabledSites.filter((h) => h !== host),
    extraSites: isDefaultSite(host) || current.extraSites.includes(host) ? current.extraSites : [...current.extraSites, host],
  }));
  // After the settings say so: the content script leaves a site that is off alone.
  await startInOpenTabs(host);
  return updated;
}

/** Turns the extension off for a site: a default site is skipped, an added one forgotten. */
export async function disableSite(host: string): Promise<Settings> {
  if (isDefaultSite(host)) {
    return updateSettings((current) => ({
      ...current,
      disabledSites: current.disabledSites.includes(host) ? current.disabledSites : [...current.disabledSites, host],
    }));
  }
  await unregister(host);
  await browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
  return updateSettings((current) => ({ ...current, extraSites: current.extraSites.filter((h) => h !== host) }));
}

/**
 * After start-up, an update or a revoked permission: registrations match the sites that are
 * both wanted and still permitted, and a site whose permission is gone leaves the list.
 */
export async function reconcileSites(): Promise<void> {
  const current = await settings();
  const permitted: string[] = [];
  for (const host of current.extraSites) {
    if (await browser.permissions.contains({ origins: [sitePattern(host)] })) permitted.push(host);
  }
  const registered = (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);
  for (const id of registered) {
    if (id.startsWith('site:') && !permitted.includes(id.slice('site:'.length))) await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
  for (const host of permitted) if (!registered.includes(scriptId(host))) await register(host);
  const revoked = current.extraSites.filter((host) => !permitted.includes(host));
  if (revoked.length) {
    // Only the sites found without permission leave; one added meanwhile stays.
    await updateSettings((latest) => ({ ...latest, extraSites: latest.extraSites.filter((host) => !revoked.includes(host)) }));
  }
}

async function register(host: string): Promise<void> {
  const id = scriptId(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) return;
  await browser.scripting.registerContentScripts([
    { id, matches: [sitePattern(host)], js: [CONTENT_SCRIPT], css: [CONTENT_STYLE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

async function unregister(host: string): Promise<void> {
  const id = scriptId(host);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length) {
    await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
}

async function startInOpenTabs(host: string): Promise<void> {
  const tabs = await browser.tabs.query({ url: sitePattern(host) });
  for (const tab of tabs) if (tab.id !== undefined) await startInTab(tab.id);
}

/**
 * Starts the content script in one tab now. On a site that is not on yet this works only while
 * the user's click on the toolbar button or the context menu grants access to the tab
 * (activeTab), so the page is marked at once while the browser asks for the lasting permission.
 * The content script starts once per page, however often it is injected.
 */
export async function startInTab(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_STYLE] }).catch(() => undefined);
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] }).catch(() => undefined);
}

/** The hosts of site patterns such as `*://example.com/*`; catch-all patterns name no site. */
export function hostsOf(origins: readonly string[]): string[] {
  return origins.flatMap((origin) => {
    const host = /^(?:\*|https?):\/\/([a-z0-9.-]+)\/\*$/i.exec(origin)?.[1];
    return host ? [host.toLowerCase()] : [];
  });
}

/**
 * A site permission just granted turns its site on. The popup closes while the browser shows
 * its permission prompt, so the grant itself, not the popup, has to finish the job.
 */
export async function enableGrantedSites(origins: readonly string[]): Promise<void> {
  const current = await settings();
  for (const host of hostsOf(origins)) if (!current.extraSites.includes(host)) await enableSite(host);
}
