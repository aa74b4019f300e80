import { z } from '../zod';
import { DEFAULT_RANK_WEIGHTS } from '../catalogue/rank';
import type { VersionedSchema } from './versioned';

export const DEFAULT_SOURCE_URLS = {
  openrouter: 'https://openrouter.ai/api/v1/models?output_modalities=all',
  modelsDev: 'https://models.dev/api.json',
  huggingFace: 'https://huggingface.co/api/models/',
} as const;

const Weight = z.number().min(0).max(100);
const SourceUrl = z.url({ protocol: /^https?$/ });

export const SettingsSchema = z.object({
  refreshIntervalHours: z.number().min(1).max(24 * 7),
  /** Where the catalogue is fetched from; tests point these at a local server. */
  sourceUrls: z.object({ openrouter: SourceUrl, modelsDev: SourceUrl, huggingFace: SourceUrl }),
  rankWeights: z.object({
    quality: Weight,
    adoption: Weight,
    ecosystem: Weight,
    value: Weight,
    freshness: Weight,
  }),
});
export type Settings = z.output<typeof SettingsSchema>;

export function defaultSettings(): Settings {
  return {
    refreshIntervalHours: 12,
    sourceUrls: { ...DEFAULT_SOURCE_URLS },
    rankWeights: { ...DEFAULT_RANK_WEIGHTS },
  };
}

export const SETTINGS_SPEC: VersionedSchema<Settings> = {
  version: 1,
  schema: SettingsSchema,
  migrations: {
    // Unversioned settings never shipped; anything found is kept where it fits.
    1: (old) => ({ ...defaultSettings(), ...(old && typeof old === 'object' ? old : {}) }),
  },
  defaults: defaultSettings,
};
