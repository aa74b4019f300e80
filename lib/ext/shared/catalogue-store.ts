import { browser } from 'wxt/browser';
import { BUNDLED_CATALOGUE_PATH } from '../../catalogue/bundled-path';
import { CATALOGUE_SCHEMA_VERSION, type Catalogue } from '../../catalogue/catalogue';
import { INITIAL_REFRESH_STATUS, type RefreshStatus } from '../../catalogue/refresh';
import { STORAGE_KEYS } from './storage-keys';

/** The stored catalogue, if it is one this version can read. */
export async function readCatalogue(): Promise<Catalogue | undefined> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.catalogue))[STORAGE_KEYS.catalogue];
  return isReadableCatalogue(stored) ? stored : undefined;
}

function isReadableCatalogue(value: unknown): value is Catalogue {
  return (
    value !== null &&
    typeof value === 'object' &&
    (value as Catalogue).schemaVersion === CATALOGUE_SCHEMA_VERSION &&
    Array.isArray((value as Catalogue).models)
  );
}

export async function readRefreshStatus(): Promise<RefreshStatus> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.refreshStatus))[STORAGE_KEYS.refreshStatus];
  return stored && typeof stored === 'object' ? (stored as RefreshStatus) : INITIAL_REFRESH_STATUS;
}

/** One `set` call: the catalogue and what is derived from it never disagree in storage. */
export async function writeCatalogue(catalogue: Catalogue, derived: Record<string, unknown>): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.catalogue]: catalogue, ...derived });
}

export async function writeRefreshStatus(status: RefreshStatus): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEYS.refreshStatus]: status });
}

/** The catalogue built into the extension package. */
export async function loadBundledCatalogue(): Promise<Catalogue> {
  const response = await fetch(browser.runtime.getURL(BUNDLED_CATALOGUE_PATH));
  const catalogue: unknown = await response.json();
  if (!isReadableCatalogue(catalogue)) throw new Error('the bundled catalogue is unreadable');
  return catalogue;
}
