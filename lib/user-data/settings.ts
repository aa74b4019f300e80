import { z } from '../zod';
import { DEFAULT_MATCH_GRAPH_WEIGHT, defaultSettings, SETTINGS_VERSION } from './settings-defaults';
import type { VersionedSchema } from './versioned';

export { DEFAULT_SITES, DEFAULT_SOURCE_URLS, defaultSettings, isDefaultSite, sitePattern } from './settings-defaults';

const Weight = z.number().min(0).max(100);
const SourceUrl = z.url({ protocol: /^https?$/ });
const Hostname = z.string().regex(/^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/i, 'not a host name');
const TokenCount = z.number().int().min(0).max(1e13);

const SettingsV1 = z.object({
  refreshIntervalHours: z.number().min(1).max(24 * 7),
  /** Where the catalogue is fetched from; tests point these at a local server. */
  sourceUrls: z.object({ openrouter: SourceUrl, modelsDev: SourceUrl, huggingFace: SourceUrl }),
  rankWeights: z.object({ quality: Weight, adoption: Weight, ecosystem: Weight, value: Weight, freshness: Weight }),
});

export const SettingsSchema = SettingsV1.extend({
  /** The rank's weights, plus the Match Graph's: how much what this user meets together counts. */
  rankWeights: SettingsV1.shape.rankWeights.extend({ matchGraph: Weight }),
  /** What opens the card: pointing at a name, pointing with Alt held, or the keyboard shortcut only. */
  trigger: z.enum(['hover', 'modifier', 'keyboard']),
  hoverDelayMs: z.number().int().min(0).max(3000),
  showFamilyMentions: z.boolean(),
  /** Keep, on this device only, where each model was seen. */
  recordSightings: z.boolean(),
  theme: z.enum(['auto', 'light', 'dark']),
  /** The user's own monthly token volume, for "cost for your volume". */
  volume: z.object({ inputTokens: TokenCount, outputTokens: TokenCount }),
  /** Mirror pins to browser sync storage (small: ids and dates only). */
  syncPins: z.boolean(),
  /** Sites the user turned on beyond the defaults (permission granted at the time). */
  extraSites: z.array(Hostname).max(500),
  /** Default sites the user turned off. */
  disabledSites: z.array(Hostname).max(500),
});
export type Settings = z.output<typeof SettingsSchema>;


function objectOrEmpty(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export const SETTINGS_SPEC: VersionedSchema<Settings> = {
  version: SETTINGS_VERSION,
  schema: SettingsSchema,
  migrations: {
    // Unversioned settings never shipped; anything found is kept where it fits.
    1: (old) => SettingsV1.parse({ ...pickV1(defaultSettings()), ...objectOrEmpty(old) }),
    // Version 2 added the card, sites and volume settings.
    2: (old) => ({ ...defaultSettings(), ...objectOrEmpty(old) }),
    // Version 3 added the Match Graph weight; it starts at 0, so the rank is as it was.
    3: (old) => {
      const settings = objectOrEmpty(old);
      return { ...settings, rankWeights: { ...objectOrEmpty(settings.rankWeights), matchGraph: DEFAULT_MATCH_GRAPH_WEIGHT } };
    },
  },
  defaults: defaultSettings,
};

function pickV1(settings: Settings): z.output<typeof SettingsV1> {
  const { refreshIntervalHours, sourceUrls, rankWeights } = settings;
  return { refreshIntervalHours, sourceUrls, rankWeights };
}

/** What the user is told when stored settings cannot be read (they are kept aside, not reset). */
export function unreadableSettingsNotice(reason: string): string {
  return `Your saved settings could not be read, so the defaults are in use; the saved copy is kept as it was (${reason}).`;
}
