import { tokensOf } from './characters';
import type { Mention } from './matcher';
import { PARAGRAPH_BREAK } from './paragraphs';

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
    if (!mayHaveTierOrVersion(text, mention.end, regionEnd)) return;
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

/** Whether "Small 3.1" (a lower-case letter, a space, a digit) or "2.5 flash" (a digit, a dot, a digit, a space, a letter) may occur in the range: most text after a name has neither. */
function mayHaveTierOrVersion(text: string, start: number, end: number): boolean {
  for (let i = start + 3; i < end; i += 1) {
    if (text.charCodeAt(i) !== 0x20) continue;
    const next = text.charCodeAt(i + 1);
    const previous = text.charCodeAt(i - 1);
    if (isDigit(next) && isLower(previous) && capitalisedWordEndsAt(text, i)) return true;
    if (isDigit(previous) && text.charCodeAt(i - 2) === 0x2e && isDigit(text.charCodeAt(i - 3)) && (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a) return true;
  }
  return false;
}

/** Whether a capitalised word ("Small") ends at `end`. */
function capitalisedWordEndsAt(text: string, end: number): boolean {
  let i = end - 1;
  while (i > 0 && isLower(text.charCodeAt(i))) i -= 1;
  const first = text.charCodeAt(i);
  return first >= 0x41 && first <= 0x5a && !isLower(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i - 1));
}

function isLower(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** How far after the name the tier may be written, in characters. */
const MAX_DISTANCE = 400;
// "Small 3.1": a capitalised word, a space, a version of one or two numbers (not a size, a year or "3.1.2").
// The look behind follows the capital: at every other position the match then fails on one test.
const TIER_AND_VERSION = /(\p{Lu}(?<![\p{L}\p{N}.\-_/]\p{Lu})\p{Ll}+) (\d{1,2}(?:\.\d{1,2})?)(?![\p{L}\p{N}]|[.,]\d|[-_]\p{L})/gu;
// "2.5 flash", "4.1 mini": a dotted version, a space, one word.
const VERSION_AND_TIER = /(?<![\p{L}\p{N}.\-_/$])\d{1,2}\.\d{1,2} \p{L}+(?![\p{L}\p{N}]|[-_]\p{L})/gu;
