import { classOf, DIGIT, LETTER } from './characters';

/**
 * Dated snapshots: "gpt-4o-2024-11-20", "GPT-4o (2024-11-20)", "deepseek-chat-v3-0324",
 * "command-r-08-2024", "claude-3-5-sonnet@20240620". A date is kept as its digits in a
 * comparable form: YYYYMMDD, MMDD, or YYYYMM for a month.
 */

const FULL_DATE = /^(20\d\d)[-_]?(0[1-9]|1[0-2])[-_]?([0-2]\d|3[01])$/;
const MONTH_YEAR = /^(0[1-9]|1[0-2])[-_](20\d\d)$/;
const MONTH_DAY = /^(0[1-9]|1[0-2])[-_]?([0-2]\d|3[01])$/;

/** The comparable form of a written date, or null when it is not one. */
export function normaliseDate(written: string): string | null {
  const full = FULL_DATE.exec(written);
  if (full) return `${full[1]}${full[2]}${full[3]}`;
  const month = MONTH_YEAR.exec(written);
  if (month) return `${month[2]}${month[1]}`;
  const day = MONTH_DAY.exec(written);
  return day ? `${day[1]}${day[2]}` : null;
}

/** "0324" names the same day as "20250324"; a month names no day. */
export function sameDate(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 4 && b.length === 8) return b.endsWith(a);
  if (a.length === 8 && b.length === 4) return a.endsWith(b);
  return false;
}

/**
 * The one model among listed [date, model] snapshots whose date `matches`, or undefined when none
 * or several do: a date written loosely (a month, a month and day) names a snapshot only when
 * it leaves no choice.
 */
export function onlyModelDated(listed: readonly (readonly [string, number])[] | undefined, matches: (date: string) => boolean): number | undefined {
  if (!listed) return undefined;
  let only: number | undefined;
  for (const [date, model] of listed) {
    if (!matches(date)) continue;
    if (only !== undefined && only !== model) return undefined;
    only = model;
  }
  return only;
}

// At the end of an id or a name: "-2024-11-20", "-20240620", "@20240620", "-0324", " 0711", "-08-2024", "-06-05", " (2024-11-20)".
const DATE_AT_END = /(?:[-_@ ]|\s\()(20\d\d-?\d\d-?\d\d|\d\d-20\d\d|\d\d-\d\d|\d{4})\)?$/;

/** The date a model id or name ends with, and the id or name without it. */
export function splitDate(idOrName: string): { base: string; date: string } | null {
  const match = DATE_AT_END.exec(idOrName);
  if (!match) return null;
  const date = normaliseDate(match[1]!);
  if (!date) return null;
  if (match[0].includes('(') !== match[0].endsWith(')')) return null;
  return { base: idOrName.slice(0, match.index), date };
}

// Right after a name in running text: "-2024-11-20", "_20240620", "@20240620", "-0324", " (2024-11-20)", " (08-2024)",
// and Azure's "gpt-4o, version 2024-11-20".
const DATE_AFTER =
  /^(?:[-_@](20\d\d-\d\d-\d\d|20\d{6}|\d{4}|\d\d-20\d\d|\d\d-\d\d)|\s?\((20\d\d-\d\d-\d\d|\d\d-20\d\d)\)|,? version (20\d\d-\d\d-\d\d))/;

/** A snapshot date written right after a name: where it ends and the date, or null. */
export function readDateAfter(text: string, end: number): { end: number; date: string; written: string } | null {
  const date = dateShapedAfter(text, end);
  return date && endsDateWord(text, date.end) ? date : null;
}

/**
 * Dates that only a listed snapshot makes sure of: "GPT-4o 0513" (a space and four digits are
 * as often a count), and a date run into the next table cell as rendered text does
 * ("DeepSeek-R1-0528142490.8"). `fused` says the digits go on past the date.
 */
export function readLooseDateAfter(text: string, end: number): { end: number; date: string; written: string; fused: boolean } | null {
  const dated = dateShapedAfter(text, end);
  if (dated) return classOf(text.charCodeAt(dated.end)) === DIGIT ? { ...dated, fused: true } : null;
  if (text.charCodeAt(end) !== 0x20 || classOf(text.charCodeAt(end + 1)) !== DIGIT) return null;
  const spaced = SPACED_MONTH_DAY.exec(text.slice(end, end + 6));
  if (!spaced || !endsDateWord(text, end + spaced[0].length)) return null;
  const date = normaliseDate(spaced[1]!);
  return date ? { end: end + spaced[0].length, date, written: spaced[1]!, fused: false } : null;
}
const SPACED_MONTH_DAY = /^ (\d{4})/;

function dateShapedAfter(text: string, end: number): { end: number; date: string; written: string } | null {
  const next = text.charCodeAt(end);
  // Only "-", "_", "@", " (", "(", "," or " v" can start a date after a name.
  const following = text.charCodeAt(end + 1);
  if (next !== 0x2d && next !== 0x5f && next !== 0x40 && next !== 0x28 && next !== 0x2c && !(next === 0x20 && (following === 0x28 || following === 0x76))) return null;
  const match = DATE_AFTER.exec(text.slice(end, end + 24));
  if (!match) return null;
  const written = match[1] ?? match[2] ?? match[3]!;
  const date = normaliseDate(written);
  return date ? { end: end + match[0].length, date, written } : null;
}

function endsDateWord(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  // "-0324" in "v3-0324-fp8" still ends the date; "-2024-11-20abc" does not.
  const cls = classOf(code);
  if (cls === LETTER || cls === DIGIT) return false;
  return !(code === 0x2e && classOf(text.charCodeAt(at + 1)) === DIGIT);
}
