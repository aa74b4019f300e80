import { computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import type { Catalogue } from '@/lib/catalogue/catalogue';
import { modelsById } from '@/lib/catalogue/models-by-id';
import { createSearchIndex, type SearchIndex } from '@/lib/catalogue/search';
import { askPage } from '@/lib/ext/shared/ask-page';
import type { StatusResponse } from '@/lib/ext/shared/messages';
import type { PageModel } from '@/lib/ext/shared/page-model';
import { sendToBackground } from '@/lib/ext/shared/send';
import { catalogueItem, pinsItem, recentItem, settingsItem } from '@/lib/ext/shared/storage/items';
import type { PinsData } from '@/lib/pins/pin';
import { defaultSettings, isDefaultSite, unreadableSettingsNotice, type Settings } from '@/lib/user-data/settings';
import type { ReadOutcome } from '@/lib/user-data/versioned';
import { errorMessage } from '@/lib/error-message';

export type PopupTab = 'page' | 'compare' | 'pinned';
export type SiteState = { kind: 'unsupported' } | { kind: 'on' | 'off'; host: string; isDefault: boolean };

/**
 * The popup's state, made once per popup and passed down. It reads storage directly (the
 * popup is an extension page) and changes user data only through the background.
 */
export function createPopupState() {
  const catalogue = signal<Catalogue | undefined>(undefined);
  const status = signal<StatusResponse | undefined>(undefined);
  const settings = signal<Settings>(defaultSettings());
  const pins = signal<PinsData>({ pins: [] });
  const pinsProblem = signal<string | undefined>(undefined);
  const recent = signal<{ hovered: string[]; comparePending?: string }>({ hovered: [] });
  const pageModels = signal<PageModel[] | undefined>(undefined);
  const tabInfo = signal<{ id?: number; url?: string }>({});
  const activeTab = signal<PopupTab>('page');
  const slotA = signal<string | undefined>(undefined);
  const slotB = signal<string | undefined>(undefined);
  const message = signal<{ kind: 'ok' | 'error'; text: string } | undefined>(undefined);
  const refreshing = signal(false);

  const byId = computed(() => modelsById(catalogue.value?.models ?? []));
  const search = computed<SearchIndex>(() => createSearchIndex(catalogue.value?.models ?? []));
  const site = computed<SiteState>(() => {
    const url = tabInfo.value.url;
    if (!url || !/^https?:/.test(url)) return { kind: 'unsupported' };
    const host = new URL(url).hostname;
    const isDefault = isDefaultSite(host);
    const on = isDefault ? !settings.value.disabledSites.includes(host) : settings.value.extraSites.includes(host);
    return { kind: on ? 'on' : 'off', host, isDefault };
  });

  async function load(): Promise<void> {
    const [storedCatalogue, storedSettings, storedPins, storedRecent] = await Promise.all([
      catalogueItem.read(),
      settingsItem.read(),
      pinsItem.read(),
      recentItem.read(),
    ]);
    catalogue.value = storedCatalogue;
    settings.value = storedSettings.data;
    if (storedSettings.kind === 'unreadable') message.value = { kind: 'error', text: unreadableSettingsNotice(storedSettings.reason) };
    showPins(storedPins);
    recent.value = storedRecent;
    status.value = await sendToBackground({ type: 'getStatus' }).catch(() => undefined);
    const tab = await targetTab();
    tabInfo.value = { id: tab?.id, url: tab?.url };
    pageModels.value = tab?.id === undefined ? [] : await modelsOnPage(tab.id);
    fillSlots();
  }

  function showPins(outcome: ReadOutcome<PinsData>): void {
    pins.value = outcome.data;
    pinsProblem.value = outcome.kind === 'unreadable' ? `Your pins could not be read and were left untouched: ${outcome.reason}` : undefined;
  }

  /** Sensible first slots: the model waiting to be compared, then the page's models. */
  function fillSlots(): void {
    const candidates = [recent.value.comparePending, ...(pageModels.value ?? []).map((m) => m.id), ...recent.value.hovered].filter(
      (id): id is string => !!id && byId.value.has(id),
    );
    const distinct = [...new Set(candidates.map((id) => byId.value.get(id)!.id))];
    slotA.value ??= distinct[0];
    slotB.value ??= distinct.find((id) => id !== slotA.value);
  }

  pinsItem.watch(showPins);
  catalogueItem.watch((next) => (catalogue.value = next));
  settingsItem.watch((next) => (settings.value = next.data));

  async function act(work: () => Promise<string | undefined>): Promise<void> {
    try {
      const text = await work();
      message.value = text ? { kind: 'ok', text } : undefined;
    } catch (error) {
      message.value = { kind: 'error', text: errorMessage(error) };
    }
  }

  return {
    catalogue, status, settings, pins, pinsProblem, recent, pageModels, tabInfo, activeTab, slotA, slotB, message, refreshing,
    byId, search, site, load, act,
  };
}

export type PopupState = ReturnType<typeof createPopupState>;

/**
 * The tab the popup speaks about: the active one, or the one named by `?tab=` when the popup is
 * opened as a page (from the keyboard, or by tests, where the popup is itself the active tab).
 */
async function targetTab(): Promise<{ id?: number; url?: string } | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return browser.tabs.get(named).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** The page's models; none when the tab has no content script (a site Model Lens is not on, a browser page). */
function modelsOnPage(tabId: number): Promise<PageModel[]> {
  return askPage(tabId, 'getPageModels').catch(() => []);
}
