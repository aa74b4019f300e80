import { onlyModelDated } from './snapshots';

/**
 * "Gemini 2.5 Flash-Lite (Sep '25)", "GPT-4o (Nov '24)": a snapshot named by its month in
 * brackets, as benchmark sites and the posts that copy their tables write it. The date is kept
 * as YYYYMM, the form a listed "(09-2025)" snapshot has. It counts only where it names a listed
 * snapshot: "Nano-Banana Pro (November 2025)" is more often the release date than a snapshot.
 */
export function readMonthDateAfter(text: string, end: number): { end: number; date: string; written: string } | null {
  // Only " (" or "(" can start one: most names are followed by neither.
  const open = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  if (text.charCodeAt(open) !== 0x28) return null;
  const match = MONTH_IN_BRACKETS.exec(text.slice(open, open + 20));
  if (!match) return null;
  const month = monthNumber(match[1]!);
  if (month === null) return null;
  const year = match[2] !== undefined ? `20${match[2]}` : match[3]!;
  return { end: open + match[0].length, date: `${year}${month}`, written: match[0].slice(1, -1) };
}
// "(Sep '25)", "(Sept. 2025)", "(September 2025)", "(Nov ’24)".
const MONTH_IN_BRACKETS = /^\(([A-Za-z]{3,9})\.? (?:['’](\d\d)|(20\d\d))\)/;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "09" for "Sep", "Sept" or "September"; null for any other word. */
function monthNumber(word: string): string | null {
  const lower = word.toLowerCase();
  const index = MONTHS.findIndex((month) => month === lower || month.slice(0, 3) === lower || (month === 'september' && lower === 'sept'));
  return index < 0 ? null : String(index + 1).padStart(2, '0');
}

/**
 * A month names a snapshot listed with a full date ("GPT-4o (Nov '24)" is gpt-4o-2024-11-20) when
 * it is the only one of that model listed in that month; two in one month leave it unsaid.
 * `listed` holds the model's listed snapshots as [date (YYYYMMDD, MMDD or YYYYMM), model].
 */
export function snapshotInMonth(listed: readonly (readonly [string, number])[] | undefined, month: string): number | undefined {
  if (month.length !== 6) return undefined;
  return onlyModelDated(listed, (date) => date.length === 8 && date.startsWith(month));
}
