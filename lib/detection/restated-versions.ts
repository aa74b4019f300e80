import type { Mention } from './matcher';

/**
 * "It's time to consider getting deepseek v3 to work on composer. … Therefore, V3 seems to be
 * worth looking forward to", "Deepseek docs say they're fully upgraded to v3": once a thread has
 * named a model in full, its version alone restates it. A bare version ("v3", "4.1") is that model
 * where it is written exactly as the version that ends a full name a little before it, and no
 * other model named there ends in the same version ("Sonnet 4.5 … Opus 4.5 … 4.5" names neither).
 * Only a version with a "v" or a dot counts, so that a bare "3" stays a number, and not after a
 * capitalised word, which is another product's version ("Python 3.1", "API v3"). In a table row a
 * later cell's version qualifies the row's name ("ElevenLabs v3 | … | v3 70+ / Flash 32"): left alone.
 */
export function restatedVersions(text: string, mentions: readonly Mention[]): Mention[] {
  const named = mentions.flatMap((mention) => {
    if (mention.kind !== 'specific') return [];
    const version = VERSION_AT_END.exec(text.slice(mention.start, mention.end))?.[1]?.toLowerCase();
    return version === undefined ? [] : [{ mention, version }];
  });
  // The names ending in each version, in text order.
  const byVersion = new Map<string, Mention[]>();
  for (const { mention, version } of named) {
    const names = byVersion.get(version);
    if (names) names.push(mention);
    else byVersion.set(version, [mention]);
  }
  const found: Mention[] = [];
  let next = 0;
  // Only the stretch after each full name is read: a page with no versioned name costs nothing.
  let readUpTo = 0;
  for (const { mention } of named) {
    const windowEnd = Math.min(text.length, mention.end + MAX_DISTANCE);
    BARE_VERSION.lastIndex = Math.max(readUpTo, mention.end - 1);
    readUpTo = windowEnd;
    for (let match = BARE_VERSION.exec(text); match && match.index < windowEnd; match = BARE_VERSION.exec(text)) {
      const start = match.index + match[1]!.length;
      const end = start + match[2]!.length;
      const target = onlyModelEndingIn(byVersion.get(match[2]!.toLowerCase()), start);
      if (target === null) continue;
      while (next < mentions.length && mentions[next]!.end <= start) next += 1;
      if (next < mentions.length && mentions[next]!.start < end) continue;
      if (CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, start - 24), start))) continue;
      if (inTableRow(text, start)) continue;
      found.push({ start, end, target, kind: 'specific' });
    }
  }
  return found;
}

/** The one model the names ending in this version before `at`, within reach, name; null if none or several. */
function onlyModelEndingIn(names: readonly Mention[] | undefined, at: number): number | null {
  if (names === undefined) return null;
  // The last name ending at or before `at`, by halving.
  let low = 0;
  let high = names.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (names[middle]!.end <= at) low = middle + 1;
    else high = middle;
  }
  let target: number | null = null;
  for (let i = low - 1; i >= 0 && at - names[i]!.end <= MAX_DISTANCE; i -= 1) {
    if (target !== null && names[i]!.target !== target) return null;
    target = names[i]!.target;
  }
  return target;
}

/** How far after the full name its bare version may restate it, in characters: a few posts of a thread. */
const MAX_DISTANCE = 600;
// The version that ends a written name: "v3" in "deepseek-chat v3", "4.1" in "gpt-4.1" (not "o3", "4o").
const VERSION_AT_END = /(?:^|[^\p{L}\p{N}.])(v\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2})$/iu;
// A bare version standing alone: not part of a longer version, name, path or number ("v3.1", "4.1-mini", "/v3/", "$4.1").
const BARE_VERSION = /(^|[\s,(:=#*"'`])(v\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2})(?![\p{L}\p{N}]|[.,]\d|[-_/%]|\.\p{L})/giu;
// A capitalised word (or an all-capitals one) right before, as in "Python 3.1" or "API v3".
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*\s$/u;

/** Whether the line around `at` is a table row ("| ElevenLabs v3 | … |"), looked for within a row's length. */
function inTableRow(text: string, at: number): boolean {
  const from = Math.max(0, at - ROW_CHARS);
  const around = text.slice(from, Math.min(text.length, at + ROW_CHARS));
  const offset = at - from;
  const lineStart = around.lastIndexOf('\n', offset) + 1;
  const lineEnd = around.indexOf('\n', offset);
  return around.slice(lineStart, lineEnd < 0 ? around.length : lineEnd).includes('|');
}

const ROW_CHARS = 300;
