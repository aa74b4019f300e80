import type { IndexableModel } from './alias-index';
import { tokensOf } from './characters';
import { splitDate } from './snapshots';
import { carriesDate } from './undated-names';

/**
 * "gemini-2.0-pro-exp-02-05", "Gemini 2.0 Flash Thinking 0121": a dated build of a known family is
 * the maker's release, whoever passes it on. Resellers' own entries (routers, bots, "custom") carry
 * no date, so one reseller listing a dated build is enough to look for it in text, as for media
 * models. Whether a model is such a build: its id and its name both carry the date, and its id
 * starts with a family's brand.
 */
export function isDatedBuildOfFamily(model: Pick<IndexableModel, 'id' | 'name'>, families: ReadonlyMap<string, number>): boolean {
  if (!splitDate(model.id) || !carriesDate(model.name)) return false;
  const brand = tokensOf(model.id.slice(model.id.lastIndexOf('/') + 1))[0];
  return brand !== undefined && families.has(brand);
}
