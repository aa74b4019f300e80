import type { Catalogue } from './catalogue';

type SourceKey = keyof Catalogue['sources'];

/** The upstream sources, in the order every list of them shows them. */
export const SOURCE_ORDER: readonly SourceKey[] = ['openrouter', 'models.dev', 'huggingface'];

/** What the popup, the card and the comparison call each source. */
export const SOURCE_NAMES: Readonly<Record<SourceKey, string>> = {
  openrouter: 'OpenRouter',
  'models.dev': 'models.dev',
  huggingface: 'Hugging Face',
};
