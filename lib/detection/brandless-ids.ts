import type { IndexableModel } from './alias-index';

/**
 * Changelogs and threads write an id without its brand: "use 4o-mini as the weak model wherever
 * 3.5-turbo was used" (gpt-4o-mini, gpt-3.5-turbo), "4.1-nano", "2.5-flash". Taken from OpenRouter
 * ids of a family brand, only where the version cannot be read as anything else (a point release,
 * or a number with its own letter, "4o"; never a size such as "7b") and a word follows it; a tail
 * two models' ids share names neither. The caller matches it only as written.
 */
export function brandlessIdTails(models: readonly IndexableModel[], isFamilyBrand: (word: string) => boolean, isListed: (index: number) => boolean): Map<string, number> {
  const owners = new Map<string, Set<number>>();
  models.forEach((model, index) => {
    if (!isListed(index)) return;
    // The model's own id only: another id OpenRouter files under it may carry another date.
    if (!model.ids.openrouter.includes(model.id)) return;
    const match = BRANDED_ID.exec(model.id.slice(model.id.lastIndexOf('/') + 1));
    if (!match || !isFamilyBrand(match[1]!)) return;
    const tail = `${match[2]}-${match[3]}`;
    owners.set(tail, (owners.get(tail) ?? new Set()).add(index));
  });
  return new Map([...owners].filter(([, indexes]) => indexes.size === 1).map(([tail, [index]]) => [tail, index!]));
}
// brand - version (3.5, 4o; not 7b, 8k, 1m, 8x, nor a round "2.0", which any release is
// called: "Release 2.0-lite") - a word, then anything an id carries; no ":free" variant.
const BRANDED_ID = /^([a-z]{3,})-(\d+\.(?!0-)\d+|\d+[ac-jl-wyz])-([a-z]{3,}[a-z0-9.-]*)$/;

/**
 * A tail whose version carries its own letter ("4o-mini") reads as nothing else with a space
 * for its hyphen: threads write "4o mini" as often as "4o-mini". A point release ("4.1-mini",
 * "2.5-pro") stays as written, since another brand's "2.5 Pro" would read the same.
 */
export function mayBeSpaced(tail: string): boolean {
  return /^\d+[a-z]-/.test(tail);
}
