import type { Catalogue } from '../catalogue/catalogue';
import { loadBundledCatalogue, readCatalogue, readRefreshStatus, writeCatalogue } from './catalogue-store';
import { deriveFromCatalogue } from './derived';
import type { CatalogueSummary, Handlers, StatusResponse } from './messages';
import { SETTINGS_SPEC } from '../user-data/settings';
import { STORAGE_KEYS } from './storage-keys';
import { saveVersioned } from './versioned-store';
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

const SOURCE_ORDER = ['openrouter', 'models.dev', 'huggingface'] as const;

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
  const [catalogue, refresh] = await Promise.all([readCatalogue(), readRefreshStatus()]);
  return { catalogue: summarise(catalogue), refresh };
}

export const backgroundHandlers: Handlers = {
  getStatus: status,
  refreshNow: async () => {
    await refreshNow();
    return status();
  },
  getSettings: loadSettings,
  updateSettings: async ({ patch }) => {
    const settings = await saveVersioned(STORAGE_KEYS.settings, SETTINGS_SPEC, { ...(await loadSettings()), ...patch });
    await ensureRefreshAlarm(settings);
    return settings;
  },
};

export function onAlarm(name: string): Promise<unknown> | undefined {
  if (name === REFRESH_ALARM || name === RETRY_ALARM) return refreshNow();
  return undefined;
}
