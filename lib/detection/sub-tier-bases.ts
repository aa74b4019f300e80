import { tokensOf } from './characters';
import type { Mention } from './matcher';
import { followsCapitalisedWord, overlapsMention, standsAlone } from './restated-versions';

/**
 * "use o4-mini & o3 & 4.1 & 4.1-mini instead", "## 4.1 … ## 4.1-mini … ## 4.1-nano": a thread
 * that writes a line's cheaper tiers by their version alone ("4.1-mini") writes the line's own
 * model by the bare version ("4.1"). A bare dotted version is that base model where, within a few
 * posts before or after it, a tier is written as the same version and a tier word, and the tier's
 * id without its tier word is a model's id ("openai/gpt-4.1-mini" → "openai/gpt-4.1"). Only
 * versions with a dot count, not after a capitalised word ("Python 3.1") or a version word
 * ("release 4.1"), and not where the nearby tiers lead to two different models.
 */
export function subTierBases(
  text: string,
  mentions: readonly Mention[],
  idOf: (target: number) => string,
  modelNamedBy: (tokens: readonly string[]) => number | null,
): Mention[] {
  const tiers: { version: string; at: number; base: number }[] = [];
  for (const mention of mentions) {
    // Most names start with a letter ("gpt-4.1-mini"): only a name written from its version is read.
    const first = text.charCodeAt(mention.start);
    if (mention.kind !== 'specific' || first < 0x30 || first > 0x39) continue;
    const version = VERSION_THEN_TIER.exec(text.slice(mention.start, mention.end))?.[1];
    if (version === undefined) continue;
    const base = baseOf(idOf(mention.target), version, idOf, modelNamedBy);
    if (base !== null) tiers.push({ version, at: mention.start, base });
  }
  if (tiers.length === 0) return [];
  const starts = new Map<number, Set<number>>();
  for (const { version, at, base } of tiers) {
    const windowEnd = Math.min(text.length, at + MAX_DISTANCE);
    for (let found = text.indexOf(version, Math.max(0, at - MAX_DISTANCE)); found >= 0 && found < windowEnd; found = text.indexOf(version, found + 1)) {
      if (!standsAlone(text, found, found + version.length)) continue;
      const bases = starts.get(found) ?? new Set<number>();
      bases.add(base);
      starts.set(found, bases);
    }
  }
  const added: Mention[] = [];
  for (const [start, bases] of [...starts].sort((a, b) => a[0] - b[0])) {
    if (bases.size !== 1) continue;
    const end = start + BARE_VERSION_AT.exec(text.slice(start, start + 6))![0].length;
    if (overlapsMention(mentions, start, end) || followsCapitalisedWord(text, start)) continue;
    if (VERSION_WORD_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    added.push({ start, end, target: [...bases][0]!, kind: 'specific' });
  }
  return added;
}

/** The model whose id is the tier's id up to its version ("openai/gpt-4.1" for "openai/gpt-4.1-mini"), if any. */
function baseOf(tierId: string, version: string, idOf: (target: number) => string, modelNamedBy: (tokens: readonly string[]) => number | null): number | null {
  const at = tierId.lastIndexOf(`-${version}-`);
  if (at < 0) return null;
  const baseId = tierId.slice(0, at + version.length + 1);
  const base = modelNamedBy(tokensOf(baseId.slice(baseId.indexOf('/') + 1)));
  return base !== null && idOf(base) === baseId ? base : null;
}

/** How far from a written tier its line's bare version may be, in characters: a few posts or list items. */
const MAX_DISTANCE = 1000;
// A name written from its version: "4.1-mini", "4.1-nano".
const VERSION_THEN_TIER = /^(\d{1,2}\.\d{1,2})-\p{L}/u;
const BARE_VERSION_AT = /^\d{1,2}\.\d{1,2}/;
// A word that makes the number a release of something else: "version 4.1", "release 4.1".
const VERSION_WORD_BEFORE = /(?:^|[^\p{L}])(?:versions?|ver|v|release|build|update|patch)\s$/iu;
