import { browser } from 'wxt/browser';
import { BUNDLED_CATALOGUE_PATH } from '../../catalogue/bundled-path';
import type { Catalogue } from '../../catalogue/catalogue';
import type { DetectionIndex } from '../../detection/alias-index';
import type { RefreshStatus } from '../../catalogue/refresh';
import { catalogueItem, detectionIndexItem, isReadableCatalogue, refreshStatusItem } from './storage/items';
import { writeTogether } from './storage/plain-item';

/** What is stored beside a catalogue and must match it. */
export interface CatalogueCompanions {
  detectionIndex: DetectionIndex;
  refreshStatus?: RefreshStatus;
}

/** One `set` call: the catalogue and what is derived from it never disagree in storage. */
export async function writeCatalogue(catalogue: Catalogue, companions: CatalogueCompanions): Promise<void> {
  await writeTogether([
    catalogueItem.entry(catalogue),
    detectionIndexItem.entry(companions.detectionIndex),
    ...(companions.refreshStatus ? [refreshStatusItem.entry(companions.refreshStatus)] : []),
  ]);
}

/** The catalogue built into the extension package. */
export async function loadBundledCatalogue(): Promise<Catalogue> {
  const response = await fetch(browser.runtime.getURL(BUNDLED_CATALOGUE_PATH));
  const catalogue: unknown = await response.json();
  if (!isReadableCatalogue(catalogue)) throw new Error('the bundled catalogue is unreadable');
  return catalogue;
}
