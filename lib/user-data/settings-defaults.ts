import { DEFAULT_RANK_WEIGHTS } from '../catalogue/rank';
import type { Settings } from './settings';

/*
 * Defaults live apart from the settings schema so the content script can use them without
 * bundling zod.
 */

/** The stored settings' format version (SETTINGS_SPEC's). */
export const SETTINGS_VERSION = 3;

export const DEFAULT_SOURCE_URLS = {
  openrouter: 'https://openrouter.ai/api/v1/models?output_modalities=all',
  modelsDev: 'https://models.dev/api.json',
  huggingFace: 'https://huggingface.co/api/models/',
} as const;

/** The Match Graph counts for nothing in the rank until the user gives it a weight. */
export const DEFAULT_MATCH_GRAPH_WEIGHT = 0;

/** Sites the extension runs on without asking: the ones where models are the subject. */
export const DEFAULT_SITES = ['openrouter.ai', 'huggingface.co'] as const;

/** Every page of a host, over HTTP too (browser tests serve fixture pages under the real host names). */
export const sitePattern = (host: string): string => `*://${host}/*`;

/** Where the content script runs without asking (the manifest and the content script's own entry). */
export const DEFAULT_SITE_MATCHES: readonly string[] = DEFAULT_SITES.map(sitePattern);

export const isDefaultSite = (host: string): boolean => (DEFAULT_SITES as readonly string[]).includes(host);

/** A default site or one of its subdomains: where the page's own links name models by id. */
export const isOnDefaultSite = (host: string): boolean => DEFAULT_SITES.some((site) => host === site || host.endsWith(`.${site}`));

export function defaultSettings(): Settings {
  return {
    refreshIntervalHours: 12,
    sourceUrls: { ...DEFAULT_SOURCE_URLS },
    rankWeights: { ...DEFAULT_RANK_WEIGHTS, matchGraph: DEFAULT_MATCH_GRAPH_WEIGHT },
    trigger: 'hover',
    hoverDelayMs: 300,
    showFamilyMentions: true,
    recordSightings: true,
    theme: 'auto',
    volume: { inputTokens: 10_000_000, outputTokens: 2_000_000 },
    syncPins: false,
    extraSites: [],
    disabledSites: [],
  };
}
