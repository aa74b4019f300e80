import { tokensOf } from './characters';

/**
 * "Nano Banana Pro (Gemini 3 Pro)": a marketing name glossed with the family of the API model it
 * is ("Nano Banana Pro (Gemini 3 Pro Image)"). Whether the gloss is a leading part of the API name
 * a display name gives in brackets: the gloss then belongs to the mention, though on its own it
 * may name another model.
 */
export function glossLeadsApiName(displayName: string, glossTokens: readonly string[]): boolean {
  const bracket = API_NAME_IN_BRACKETS.exec(displayName);
  if (!bracket) return false;
  const apiTokens = tokensOf(bracket[1]!);
  return glossTokens.length >= 2 && glossTokens.length <= apiTokens.length && glossTokens.every((token, i) => token === apiTokens[i]);
}
const API_NAME_IN_BRACKETS = /\(([^()]+)\)\s*$/;

/**
 * A preview's marketing name glossed with its API name short of "Preview" ("Nano Banana 2 (Gemini
 * 3.1 Flash)") means the release, where the catalogue lists it ("Nano Banana 2 (Gemini 3.1 Flash
 * Image)"): the writer names the model, not the preview build. The release's index, or null.
 */
export function releaseGlossed(
  previewId: string,
  glossTokens: readonly string[],
  modelWithId: (id: string) => { index: number; name: string } | undefined,
): number | null {
  if (!previewId.endsWith(PREVIEW_SUFFIX) || glossTokens.includes('preview')) return null;
  const release = modelWithId(previewId.slice(0, -PREVIEW_SUFFIX.length));
  return release && glossLeadsApiName(release.name, glossTokens) ? release.index : null;
}
const PREVIEW_SUFFIX = '-preview';
