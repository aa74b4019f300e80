import { classOf, DIGIT } from './characters';

/**
 * "Gemini 2.5 Flash Preview (05-20)": a snapshot's month and day in brackets after its name, as
 * technical reports head their comparison tables. Kept as MMDD, like the slash form "(09/05)";
 * the caller counts it only where it names exactly one listed snapshot, since a bracketed pair of
 * numbers is as often a range ("(10-12)").
 */
export function readBracketMonthDayAfter(text: string, end: number): { end: number; date: string; written: string } | null {
  const open = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  if (text.charCodeAt(open) !== 0x28 || classOf(text.charCodeAt(open + 1)) !== DIGIT) return null;
  const match = BRACKETED_MONTH_DAY.exec(text.slice(open, open + 7));
  return match ? { end: open + match[0].length, date: `${match[1]}${match[2]}`, written: `${match[1]}-${match[2]}` } : null;
}
const BRACKETED_MONTH_DAY = /^\((0[1-9]|1[0-2])-([0-2]\d|3[01])\)/;
