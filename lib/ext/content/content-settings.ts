import type { Settings } from '../../user-data/settings';
import { isDefaultSite } from '../../user-data/settings-defaults';
import { writtenSettings } from '../shared/storage/content-items';

/** What the content script needs of the settings (it reads them; only the background writes them). */
export type ContentSettings = Pick<Settings, 'trigger' | 'hoverDelayMs' | 'theme' | 'showFamilyMentions' | 'disabledSites' | 'extraSites'>;

/** Whether the user has Model Lens on for this host: a default site unless skipped, another site once added. */
export function isSiteOn(host: string, settings: ContentSettings): boolean {
  return isDefaultSite(host) ? !settings.disabledSites.includes(host) : settings.extraSites.includes(host);
}

/** Settings that cannot be read mean the defaults here, as everywhere (the background keeps the stored copy). */
export async function readContentSettings(): Promise<ContentSettings> {
  return writtenSettings.read();
}

/** Calls back with new settings whenever the background saves them. */
export function watchContentSettings(onChange: (settings: ContentSettings) => void): () => void {
  return writtenSettings.watch(onChange);
}
