import type { IndexableModel } from './alias-index';
import { tokensOf } from './characters';
import { splitDate } from './snapshots';

type LineModel = Pick<IndexableModel, 'id' | 'author' | 'name'>;

/**
 * "Gemini 1.5 Flash", which one reseller still lists after its maker retired it, is another
 * version of a product line the same maker has widely known models of ("Gemini 2.0 Flash",
 * "Gemini 2.5 Flash"): the line vouches for the name, as a family does for a dated build. The
 * name must be exactly brand, version and the line's tier words; a reseller's own build says
 * more ("GLM 4.7 Free", "Gemini 3.1 Pro (Preview High)", "Qwen3.5 27B Writer").
 */
export function lineGenerations(widelyKnown: readonly LineModel[]): (model: LineModel) => boolean {
  const versionsOfLines = new Map<string, Set<string>>();
  for (const model of widelyKnown) {
    const line = lineOf(model);
    if (line) versionsOfLines.set(line.key, (versionsOfLines.get(line.key) ?? new Set()).add(line.version));
  }
  return (model) => {
    // A dated build is the family's by its date (see dated-releases); "gpt-5-chat-latest" is a pointer, not a version.
    if (splitDate(model.id) || POINTER.test(model.id)) return false;
    const line = lineOf(model);
    const versions = line ? versionsOfLines.get(line.key) : undefined;
    return versions !== undefined && !versions.has(line!.version);
  };
}

/** Maker, brand and tier words of a name written as brand, version and tiers ("Gemini 2.5 Flash Lite"), with its version. */
function lineOf({ author, name }: LineModel): { key: string; version: string } | null {
  if (!PLAIN_NAME.test(name)) return null;
  const [brand, ...rest] = tokensOf(name);
  const tierStart = rest.findIndex((token) => !/^\d+$/.test(token));
  if (brand === undefined || !/^[a-z]+$/.test(brand) || tierStart < 1) return null;
  const tiers = rest.slice(tierStart);
  if (!tiers.every((tier) => /^[a-z]{3,}$/.test(tier))) return null;
  return { key: [author, brand, ...tiers].join(' '), version: rest.slice(0, tierStart).join('.') };
}
const POINTER = /-latest(?:~\d+)?$/;
// No maker's prefix ("Google: …") and no bracket ("(Preview High)").
const PLAIN_NAME = /^[^:()[\]]+$/;
