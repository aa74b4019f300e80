/** Catalogue dates are ISO "YYYY-MM-DD" or, where a source gives only the month, "YYYY-MM". */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface CalendarDate {
  year: number;
  month: number;
  day?: number;
}

/** "22 May 2025", or "May 2025" for a month-only date; anything unparseable as given. */
export function formatDate(date: string): string {
  const parsed = parseDate(date);
  if (!parsed) return date;
  const monthYear = `${MONTHS[parsed.month - 1]} ${parsed.year}`;
  return parsed.day === undefined ? monthYear : `${parsed.day} ${monthYear}`;
}

/**
 * Orderable numbers for a set of dates (higher is later), at the precision they all share:
 * "2025-05" and "2025-05-22" are the same month, and calling one newer would invent a
 * difference the data does not have. Unparseable dates get no number.
 */
export function dateOrder(dates: readonly (string | undefined)[]): (number | undefined)[] {
  const parsed = dates.map((date) => (date === undefined ? undefined : parseDate(date)));
  const byMonth = parsed.some((date) => date && date.day === undefined);
  return parsed.map((date) => {
    if (!date) return undefined;
    const months = date.year * 12 + (date.month - 1);
    return byMonth ? months : months * 31 + (date.day ?? 1);
  });
}

/** True when `date` is before `now` (a month-only date counts as its first day). */
export function isPast(date: string, now: Date): boolean {
  const parsed = parseDate(date);
  if (!parsed) return false;
  return Date.UTC(parsed.year, parsed.month - 1, parsed.day ?? 1) < now.getTime();
}

function parseDate(date: string): CalendarDate | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const parsed = { year: Number(year), month: Number(month), ...(day === undefined ? {} : { day: Number(day) }) };
  if (parsed.month < 1 || parsed.month > 12) return undefined;
  return parsed;
}
