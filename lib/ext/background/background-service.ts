import { browser } from 'wxt/browser';
import type { Catalogue } from '../../catalogue/catalogue';
import { isPinned } from '../../pins/operations';
import { askPage } from '../shared/ask-page';
import { showModelCount } from './badge';
import { cachedCatalogue, modelById } from './catalogue-cache';
import { loadBundledCatalogue, writeCatalogue } from '../shared/catalogue-store';
import { deriveFromCatalogue } from './derived';
import { officialRepoOf } from '../../catalogue/hub-repos';
import { hubDetails } from './hub-details';
import { HUB_FRESH_MS, knownHubRecord, type HubLookupOptions } from './hub-lookup';
import type { CatalogueSummary, Handlers, ModelDetails, Sender, StatusResponse } from '../shared/messages';
import { changePins, exportPinsText, importPins, readPins, restoreSyncedPins } from '../shared/pin-store';
import { noteHover, pickForComparison } from './recent';
import { ensureRefreshAlarm, loadSettings, refreshNow, REFRESH_ALARM, RETRY_ALARM, settingsChanged } from './refresh-runner';
import { modelNeighbours } from '../../compare/model-neighbours';
import { readMatchGraph, recordOpenedComparison } from '../shared/match-graph-store';
import { clearSightings, recordPageSightings, sightingOf } from '../shared/sightings-store';
import { createSiteMenu } from './site-menu';
import { disableSite, enableGrantedSites, enableSite, reconcileSites, startInTab } from '../shared/sites';
import { catalogueItem, recentItem, refreshStatusItem, settingsItem } from '../shared/storage/items';
import { SOURCE_ORDER } from '../../catalogue/sources';

/**
 * Makes sure a catalogue is always served: on first install the bundled one; after an
 * update a newer bundled one replaces an older bundled one, never a live one.
 */
export async function ensureCatalogue(): Promise<Catalogue> {
  const stored = await catalogueItem.read();
  if (stored?.origin === 'live') return stored;
  const bundled = await loadBundledCatalogue();
  if (stored && stored.builtAt >= bundled.builtAt) return stored;
  await writeCatalogue(bundled, deriveFromCatalogue(bundled));
  return bundled;
}

/** Work for install, update and browser start-up: idempotent, so running it twice is harmless. */
export async function startUp(options: { refresh: boolean }): Promise<void> {
  await ensureCatalogue();
  const settings = await loadSettings();
  await ensureRefreshAlarm(settings);
  if (settings.syncPins) await restoreSyncedPins();
  await reconcileSites();
  await createSiteMenu();
  if (options.refresh) await refreshNow();
}

export function summarise(catalogue: Catalogue | undefined): CatalogueSummary | undefined {
  if (!catalogue) return undefined;
  return {
    origin: catalogue.origin,
    dataAsOf: catalogue.dataAsOf,
    builtAt: catalogue.builtAt,
    modelCount: catalogue.models.length,
    // Storage does not keep key order: name sources in a fixed order.
    sources: SOURCE_ORDER.filter((key) => catalogue.sources[key]),
  };
}

async function status(): Promise<StatusResponse> {
  const [catalogue, refresh] = await Promise.all([cachedCatalogue(), refreshStatusItem.read()]);
  return { catalogue: summarise(catalogue), refresh };
}

const CARD_SCRIPT = '/card.js';

export const backgroundHandlers: Handlers = {
  getStatus: status,
  refreshNow: async () => {
    await refreshNow();
    return status();
  },
  getSettings: loadSettings,
  updateSettings: async ({ patch }) => {
    const settings = await settingsItem.update((current) => ({ ...current, ...patch }));
    settingsChanged();
    await ensureRefreshAlarm(settings);
    if (patch.syncPins) await restoreSyncedPins();
    return settings;
  },
  getModel: async ({ id }, sender) => {
    const details = await modelDetails(id);
    const repoId = details && officialRepoOf(details.model);
    if (!details || !repoId) return details;
    // The refresh's figures, while a day fresh, spare the card a request of its own.
    const fromRefresh = details.model.hub;
    if (fromRefresh?.fetchedAt && Date.now() - Date.parse(fromRefresh.fetchedAt) < HUB_FRESH_MS) {
      return { ...details, hubFigures: { repoId, downloads: fromRefresh.value.downloads, likes: fromRefresh.value.likes, fetchedAt: fromRefresh.fetchedAt } };
    }
    const record = await knownHubRecord(repoId, await hubOptions(sender));
    return record ? { ...details, hubFigures: { repoId: record.repoId, downloads: record.stats.downloads, likes: record.stats.likes, fetchedAt: record.fetchedAt } } : details;
  },
  getHubModel: async ({ repoId }, sender) => hubDetails(repoId, await hubOptions(sender), await cachedCatalogue(), modelDetails),
  changePins: async ({ operations }) => changePins(operations, (await loadSettings()).syncPins, new Date()),
  importPins: async ({ text }) => importPins(text, (await loadSettings()).syncPins, new Date()),
  exportPins: () => exportPinsText(new Date()),
  pageMentions: async ({ host, modelIds, distinct }, sender) => {
    if (sender.tabId !== undefined && sender.frameId === 0) await showModelCount(sender.tabId, distinct);
    if (modelIds.length && (await loadSettings()).recordSightings) await recordPageSightings(modelIds, host, new Date());
  },
  hovered: ({ id }) => noteHover(id),
  compareWith: async ({ id }) => {
    const pair = await pickForComparison(id);
    if (pair) {
      await openComparison(pair);
      return { opened: true };
    }
    const found = await modelById(id);
    return { opened: false, pending: found ? { id: found.model.id, name: found.model.name } : undefined };
  },
  openComparison: ({ ids }) => openComparison(ids),
  loadCard: async (_request, sender) => {
    if (sender.tabId === undefined) throw new Error('the card opens in a tab');
    const target = { tabId: sender.tabId, frameIds: [sender.frameId ?? 0] };
    await browser.scripting.executeScript({ target, files: [CARD_SCRIPT] });
  },
  enableSite: ({ host }) => enableSite(host),
  disableSite: ({ host }) => disableSite(host),
  startInTab: ({ tabId }) => startInTab(tabId),
  clearSightings: () => clearSightings(),
};

/** The card lists three picks instead and three neighbours. */
const CARD_LIST_LENGTH = 3;

async function hubOptions(sender: Sender): Promise<HubLookupOptions> {
  const settings = await loadSettings();
  return { baseUrl: settings.sourceUrls.huggingFace, now: () => new Date(), page: sender.tabId === undefined ? undefined : String(sender.tabId) };
}

async function modelDetails(id: string): Promise<ModelDetails | null> {
  const found = await modelById(id);
  if (!found) return null;
  const [settings, pins, recent] = await Promise.all([loadSettings(), readPins().catch(() => ({ pins: [] })), recentItem.read()]);
  const pending = recent.comparePending && recent.comparePending !== found.model.id ? await modelById(recent.comparePending) : undefined;
  const sighting = settings.recordSightings ? await sightingOf(found.model.id) : undefined;
  return {
    model: found.model,
    sources: found.catalogue.sources,
    pinned: isPinned(pins, found.model.id),
    sighting,
    neighbours: modelNeighbours(found.model, found.catalogue.models, { graph: await readMatchGraph(), sighting, limit: CARD_LIST_LENGTH }),
    comparePending: pending ? { id: pending.model.id, name: pending.model.name } : undefined,
    settings: { theme: settings.theme, volume: settings.volume, recordSightings: settings.recordSightings },
  };
}

async function openComparison(ids: readonly string[]): Promise<void> {
  if ((await loadSettings()).recordSightings) await recordOpenedComparison(ids);
  await browser.tabs.create({ url: browser.runtime.getURL(`/compare.html?ids=${ids.map(encodeURIComponent).join(',')}`) });
}

/** Pins pinned or unpinned in another of the user's browsers arrive here, when pin sync is on. */
export async function onSyncedPinsChanged(): Promise<void> {
  if ((await loadSettings()).syncPins) await restoreSyncedPins();
}

export function onAlarm(name: string): Promise<unknown> | undefined {
  if (name === REFRESH_ALARM || name === RETRY_ALARM) return refreshNow();
  return undefined;
}

/** The keyboard shortcut: the active tab's content script opens the card for the name at the caret. */
export async function onCommand(command: string): Promise<void> {
  if (command !== 'open-card') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await askPage(tab.id, 'openCard').catch(() => undefined);
}

/** A permission the user revokes in the browser's settings takes its site with it. */
export function onPermissionsRemoved(): Promise<void> {
  return reconcileSites();
}

/** A site permission granted (from the popup's prompt, the context menu's, or the browser's own settings) turns the site on. */
export function onPermissionsAdded(origins: readonly string[] | undefined): Promise<void> {
  return enableGrantedSites(origins ?? []);
}
