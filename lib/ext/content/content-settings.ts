import { browser } from 'wxt/browser';
import type { Settings } from '../../user-data/settings';
import { defaultSettings, isDefaultSite } from '../../user-data/settings-defaults';
import { STORAGE_KEYS } from '../shared/storage-keys';

/** What the content script needs of the settings (it reads them; only the background writes them). */
export type ContentSettings = Pick<Settings, 'trigger' | 'hoverDelayMs' | 'theme' | 'showFamilyMentions' | 'disabledSites' | 'extraSites'>;

/** Whether the user has Model Lens on for this host: a default site unless skipped, another site once added. */
export function isSiteOn(host: string, settings: ContentSettings): boolean {
  return isDefaultSite(host) ? !settings.disabledSites.includes(host) : settings.extraSites.includes(host);
}

export async function readContentSettings(): Promise<ContentSettings> {
  const stored = (await browser.storage.local.get(STORAGE_KEYS.settings))[STORAGE_KEYS.settings];
  return fromEnvelope(stored);
}

/** Calls back with new settings whenever the background saves them. */
export function watchContentSettings(onChange: (settings: ContentSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && STORAGE_KEYS.settings in changes) onChange(fromEnvelope(changes[STORAGE_KEYS.settings]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Defensive: an unreadable or older envelope falls back field by field to the defaults. */
function fromEnvelope(stored: unknown): ContentSettings {
  const defaults = defaultSettings();
  const data = (stored as { data?: Partial<Settings> } | undefined)?.data ?? {};
  const pick = <K extends keyof ContentSettings>(key: K, valid: (v: unknown) => boolean): ContentSettings[K] =>
    valid(data[key]) ? (data[key] as ContentSettings[K]) : defaults[key];
  return {
    trigger: pick('trigger', (v) => v === 'hover' || v === 'modifier' || v === 'keyboard'),
    hoverDelayMs: pick('hoverDelayMs', (v) => typeof v === 'number' && v >= 0 && v <= 3000),
    theme: pick('theme', (v) => v === 'auto' || v === 'light' || v === 'dark'),
    showFamilyMentions: pick('showFamilyMentions', (v) => typeof v === 'boolean'),
    disabledSites: pick('disabledSites', (v) => Array.isArray(v) && v.every((h) => typeof h === 'string')),
    extraSites: pick('extraSites', (v) => Array.isArray(v) && v.every((h) => typeof h === 'string')),
  };
}
