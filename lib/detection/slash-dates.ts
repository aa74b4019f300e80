import { classOf, DIGIT, LETTER } from './characters';
import { onlyModelDated, sameDate } from './snapshots';

/**
 * "Kimi K2 (09/05)", "Kimi K2 09/05": a snapshot named by its month and day with a slash, as
 * OpenRouter's display names and the posts that copy them write it. The date is kept as MMDD,
 * the form a listed "-0905" snapshot has. A slash between numbers is more often a fraction or a
 * score ("3/4", "10/10"), so it counts only where it names exactly one listed snapshot of the
 * model (see `onlySnapshotOn`); a full "09/05/2025" is a day, not a snapshot, and is left alone.
 */
export function readSlashDateAfter(text: string, end: number): { end: number; date: string; written: string } | null {
  const space = text.charCodeAt(end) === 0x20 ? 1 : 0;
  const bracket = text.charCodeAt(end + space) === 0x28 ? 1 : 0;
  // Only " (", "(" or a space before a digit can start one: most names are followed by none.
  if (!space && !bracket) return null;
  const match = SLASH_DATE.exec(text.slice(end + space + bracket, end + space + bracket + 6));
  if (!match) return null;
  let at = end + space + bracket + 5;
  if (bracket) {
    if (text.charCodeAt(at) !== 0x29) return null;
    at += 1;
  } else if (!endsSlashDate(text, at)) return null;
  return { end: at, date: `${match[1]}${match[2]}`, written: match[0] };
}
const SLASH_DATE = /^(0[1-9]|1[0-2])\/([0-2]\d|3[01])/;

// "09/05." or "09/05," ends it; "09/05/2025", "09/05.5" and "09/05b" do not.
function endsSlashDate(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  const cls = classOf(code);
  if (cls === LETTER || cls === DIGIT || code === 0x2f) return false;
  return !(code === 0x2e && classOf(text.charCodeAt(at + 1)) === DIGIT);
}

/**
 * The one listed snapshot whose date is that month and day (MMDD against a listed MMDD or
 * YYYYMMDD), or undefined when none or more than one is. `listed` holds [date, model] pairs.
 */
export function onlySnapshotOn(listed: readonly (readonly [string, number])[] | undefined, monthDay: string): number | undefined {
  return onlyModelDated(listed, (date) => sameDate(date, monthDay));
}
