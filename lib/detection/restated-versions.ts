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
  // The names ending in each version, in text order.
  const byVersion = new Map<string, Mention[]>();
  for (const mention of mentions) {
    // Most names end in a letter ("gpt-4o", "Claude Sonnet"): no version to read.
    const last = text.charCodeAt(mention.end - 1);
    if (mention.kind !== 'specific' || last < 0x30 || last > 0x39) continue;
    const version = VERSION_AT_END.exec(text.slice(mention.start, mention.end))?.[1]?.toLowerCase();
    if (version === undefined) continue;
    const names = byVersion.get(version);
    if (names) names.push(mention);
    else byVersion.set(version, [mention]);
  }
  if (byVersion.size === 0) return [];
  // Only the stretch after each name is searched, and only for that name's version, as written
  // ("v3" or "V3"): no pass over the whole page.
  const starts = new Set<number>();
  for (const [version, names] of byVersion) {
    const forms = version.startsWith('v') ? [version, `V${version.slice(1)}`] : [version];
    for (const name of names) {
      const windowEnd = Math.min(text.length, name.end + MAX_DISTANCE);
      for (const form of forms) {
        for (let at = text.indexOf(form, name.end); at >= 0 && at < windowEnd; at = text.indexOf(form, at + 1)) {
          if (standsAlone(text, at, at + form.length)) starts.add(at);
        }
      }
    }
  }
  const found: Mention[] = [];
  for (const start of [...starts].sort((a, b) => a - b)) {
    const version = BARE_VERSION_AT.exec(text.slice(start, start + 8))![0];
    const end = start + version.length;
    const target = onlyModelEndingIn(byVersion.get(version.toLowerCase()), start);
    if (target === null || overlapsMention(mentions, start, end)) continue;
    if (followsCapitalisedWord(text, start)) continue;
    if (inTableRow(text, start)) continue;
    found.push({ start, end, target, kind: 'specific' });
  }
  return found;
}

/** Whether the version at `start`–`end` is not part of a longer version, name, path or number ("v3.1", "4.1-mini", "/v3/", "$4.1"). */
export function standsAlone(text: string, start: number, end: number): boolean {
  return (start === 0 || BEFORE_VERSION.test(text[start - 1]!)) && !AFTER_VERSION.test(text.slice(end, end + 2));
}

/** Whether a mention already covers part of `start`–`end` (mentions are in text order). */
export function overlapsMention(mentions: readonly Mention[], start: number, end: number): boolean {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  return low < mentions.length && mentions[low]!.start < end;
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
// What may come right before a bare version, and what may not come right after it.
const BEFORE_VERSION = /[\s,(:=#*"'`]/u;
const AFTER_VERSION = /^(?:[\p{L}\p{N}]|[.,]\d|[-_/%]|\.\p{L})/u;
// The version read at a start already found: "v3", "4.1".
const BARE_VERSION_AT = /^(?:v\d{1,2}(?:\.\d{1,2})?|\d{1,2}\.\d{1,2})/iu;
// A capitalised word (or an all-capitals one) right before, as in "Python 3.1" or "API v3".
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}\p{N}])\p{Lu}[\p{L}\p{N}]*\s$/u;

/** Whether a capitalised word comes right before `at`: the version is another product's ("Python 3.1", "API v3"). */
export function followsCapitalisedWord(text: string, at: number): boolean {
  return CAPITALISED_WORD_BEFORE.test(text.slice(Math.max(0, at - 24), at));
}

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
