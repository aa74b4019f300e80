import { browser } from 'wxt/browser';
import { fetchJson } from '../../catalogue/fetch-json';
import { refreshCatalogue, type RefreshStatus } from '../../catalogue/refresh';
import { retryDelayMs } from '../../catalogue/refresh-policy';
import type { Settings } from '../../user-data/settings';
import { writeCatalogue } from '../shared/catalogue-store';
import { catalogueItem, refreshStatusItem, settingsItem } from '../shared/storage/items';
import { deriveFromCatalogue } from './derived';
import { fetchHubListing } from './hub-lookup';
import { browserFetch } from './network';
import { errorMessage } from '../../error-message';

export const REFRESH_ALARM = 'catalogue-refresh';
export const RETRY_ALARM = 'catalogue-retry';
const FETCH_TIMEOUT_MS = 30_000;

let running: Promise<RefreshStatus> | undefined;
/** Settings changed after the refresh under way read them (sources, weights, interval). */
let runningIsOutdated = false;
let rerun: Promise<RefreshStatus> | undefined;

/**
 * One refresh at a time: a second trigger joins the one under way, unless the settings changed
 * since it began; then it gets one more refresh, with the new settings, once that one is done.
 */
export function refreshNow(): Promise<RefreshStatus> {
  if (running && runningIsOutdated) {
    rerun ??= running
      .catch(() => undefined)
      .then(() => {
        rerun = undefined;
        return refreshNow();
      });
    return rerun;
  }
  if (!running) {
    runningIsOutdated = false;
    running = runRefresh().finally(() => {
      running = undefined;
    });
  }
  return running;
}

/** Called when the settings change: a refresh under way has read the old ones. */
export function settingsChanged(): void {
  if (running) runningIsOutdated = true;
}

export async function loadSettings(): Promise<Settings> {
  return (await settingsItem.load()).data;
}

async function runRefresh(): Promise<RefreshStatus> {
  const settings = await loadSettings();
  const intervalMs = settings.refreshIntervalHours * 3600_000;
  const now = () => new Date();
  const [previous, previousStatus] = await Promise.all([catalogueItem.read(), refreshStatusItem.read()]);
  // A service worker stopped mid-refresh forgets it; a retry due up front brings it back.
  await ensureRetryAlarm(retryDelayMs(previousStatus.consecutiveFailures + 1, intervalMs));
  const result = await refreshCatalogue({
    urls: settings.sourceUrls,
    intervalMs,
    weights: settings.rankWeights,
    now,
    fetch: (url) => fetchJson(url, { timeoutMs: FETCH_TIMEOUT_MS, now, fetchImpl: browserFetch }),
    fetchHub: (url) => fetchHubListing(url, now),
    previous,
    previousStatus,
  });

  if (result.ok) {
    try {
      await writeCatalogue(result.catalogue, { ...deriveFromCatalogue(result.catalogue), refreshStatus: result.status });
      await browser.alarms.clear(RETRY_ALARM);
      return result.status;
    } catch (error) {
      // Storage refused the write (quota): nothing was written, the last good catalogue stands.
      const failures = previousStatus.consecutiveFailures + 1;
      const retryInMs = retryDelayMs(failures, intervalMs);
      const status: RefreshStatus = {
        ...result.status,
        state: 'failed',
        lastSuccessAt: previousStatus.lastSuccessAt,
        message: `Kept the last good catalogue: it could not be saved (${errorMessage(error)})`,
        consecutiveFailures: failures,
        nextRetryAt: new Date(Date.now() + retryInMs).toISOString(),
      };
      await refreshStatusItem.write(status);
      await browser.alarms.create(RETRY_ALARM, { when: Date.now() + retryInMs });
      return status;
    }
  }
  await refreshStatusItem.write(result.status);
  await browser.alarms.create(RETRY_ALARM, { when: Date.now() + result.retryInMs });
  return result.status;
}

/** Never brings forward a retry already due later (a server's Retry-After stands). */
async function ensureRetryAlarm(delayMs: number): Promise<void> {
  if (!(await browser.alarms.get(RETRY_ALARM))) await browser.alarms.create(RETRY_ALARM, { when: Date.now() + delayMs });
}

/** Creating an alarm under an existing name replaces it, so restarts never stack duplicates. */
export async function ensureRefreshAlarm(settings: Settings): Promise<void> {
  const periodInMinutes = settings.refreshIntervalHours * 60;
  const existing = await browser.alarms.get(REFRESH_ALARM);
  if (existing?.periodInMinutes === periodInMinutes) return;
  await browser.alarms.create(REFRESH_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
}
