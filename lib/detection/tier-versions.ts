import { tokensOf } from './characters';
import type { Mention } from './matcher';

/**
 * "Mistral Small 3.2 (released June 2025) is a direct weight-upgrade of Small 3.1", "gemini 2.5
 * pro is the only one that doesn't fall apart past 200k tokens imo. 2.5 flash for the cheap
 * stuff": after a full name, its tier word with another version ("Small 3.1") or another
 * version with a tier ("2.5 flash") is the brand's model of that name, where the catalogue has
 * exactly that name. Only the name right before it in the same paragraph counts; the tier word
 * must be written capitalised, or the version with a dot, so that "3 pro jobs" stays plain.
 */
export function tierVersions(text: string, mentions: readonly Mention[], modelNamedBy: (tokens: readonly string[]) => number | null): Mention[] {
  const found: Mention[] = [];
  mentions.forEach((mention, position) => {
    if (mention.kind !== 'specific') return;
    const regionEnd = Math.min(mentions[position + 1]?.start ?? text.length, mention.end + MAX_DISTANCE);
    if (!hasNumberAfterSpace(text, mention.end, regionEnd)) return;
    let region = text.slice(mention.end, regionEnd);
    const paragraphEnd = region.search(PARAGRAPH_BREAK);
    if (paragraphEnd >= 0) region = region.slice(0, paragraphEnd);
    const written = text.slice(mention.start, mention.end);
    const tokens = tokensOf(written.slice(written.lastIndexOf('/') + 1));
    const add = (index: number, length: number, named: readonly string[]) => {
      const target = modelNamedBy(named);
      if (target === null || target === mention.target) return;
      found.push({ start: mention.end + index, end: mention.end + index + length, target, kind: 'specific' });
    };
    for (const match of region.matchAll(TIER_AND_VERSION)) {
      // The tier word of the name, past its brand: "small" in "mistral small 3 2".
      const at = tokens.indexOf(match[1]!.toLowerCase(), 1);
      if (at >= 0) add(match.index, match[0].length, [...tokens.slice(0, at + 1), ...tokensOf(match[2]!)]);
    }
    // Where the name's version starts: "2" in "gemini 2 5 pro".
    const versionAt = tokens.findIndex((token, i) => i > 0 && /^\d+$/.test(token));
    if (versionAt < 0) return;
    for (const match of region.matchAll(VERSION_AND_TIER)) add(match.index, match[0].length, [...tokens.slice(0, versionAt), ...tokensOf(match[0])]);
  });
  return found;
}

/** Whether a digit follows or precedes a space in the range: most text after a name has no "Small 3.1" or "2.5 flash". */
function hasNumberAfterSpace(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    if (text.charCodeAt(i) !== 0x20) continue;
    const next = text.charCodeAt(i + 1);
    const previous = text.charCodeAt(i - 1);
    if ((next >= 0x30 && next <= 0x39) || (previous >= 0x30 && previous <= 0x39)) return true;
  }
  return false;
}

/** How far after the name the tier may be written, in characters. */
const MAX_DISTANCE = 400;
// "Small 3.1": a capitalised word, a space, a version of one or two numbers (not a size, a year or "3.1.2").
const TIER_AND_VERSION = /(?<![\p{L}\p{N}.\-_/])(\p{Lu}\p{Ll}+) (\d{1,2}(?:\.\d{1,2})?)(?![\p{L}\p{N}]|[.,]\d|[-_]\p{L})/gu;
// "2.5 flash", "4.1 mini": a dotted version, a space, one word.
const VERSION_AND_TIER = /(?<![\p{L}\p{N}.\-_/$])\d{1,2}\.\d{1,2} \p{L}+(?![\p{L}\p{N}]|[-_]\p{L})/gu;
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
