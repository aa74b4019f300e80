import type { Catalogue } from '../catalogue/catalogue';
import { loadBundledCatalogue, readCatalogue, readRefreshStatus, writeCatalogue } from './catalogue-store';
import { deriveFromCatalogue } from './derived';
import type { CatalogueSummary, Handlers, StatusResponse } from './messages';
import { ensureRefreshAlarm, loadSettings, refreshNow, REFRESH_ALARM, RETRY_ALARM } from './refresh-runner';

/**
 * Makes sure a catalogue is always served: on first install the bundled one; after an
 * update a newer bundled one replaces an older bundled one, never a live one.
 */
export async function ensureCatalogue(): Promise<Catalogue> {
  const stored = await readCatalogue();
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
  if (options.refresh) await refreshNow();
}

export function summarise(catalogue: Catalogue | undefined): CatalogueSummary | undefined {
  if (!catalogue) return undefined;
  return {
    origin: catalogue.origin,
    dataAsOf: catalogue.dataAsOf,
    builtAt: catalogue.builtAt,
    modelCount: catalogue.models.length,
    sources: Object.keys(catalogue.sources),
  };
}

async function status(): Promise<StatusResponse> {
  const [catalogue, refresh] = await Promise.all([readCatalogue(), readRefreshStatus()]);
  return { catalogue: summarise(catalogue), refresh };
}

export const backgroundHandlers: Handlers = {
  getStatus: status,
  refreshNow: async () => {
    await refreshNow();
    return status();
  },
};

export function onAlarm(name: string): Promise<unknown> | undefined {
  if (name === REFRESH_ALARM || name === RETRY_ALARM) return refreshNow();
  return undefined;
}
