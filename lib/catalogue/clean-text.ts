// Bidi overrides/isolates and other format controls let a hostile name reorder what the
// user reads (U+202E); C0/C1 controls have no business in a label.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Text from a source, made inert for display: unsafe controls removed, whitespace collapsed, length clamped. */
export function cleanText(raw: string, maxLength: number): string {
  const text = raw.replace(UNSAFE_CHARACTERS, '').replace(/\s+/g, ' ').trim();
  if (text.length <= maxLength) return text;
  // Do not cut a surrogate pair in half.
  let end = maxLength - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

export const MAX_NAME_LENGTH = 120;
export const MAX_DESCRIPTION_LENGTH = 600;

/** An ISO date (YYYY-MM-DD or YYYY-MM) from a source's date-ish string, or undefined. */
export function isoDate(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(raw.trim());
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (Number(month) < 1 || Number(month) > 12) return undefined;
  if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return undefined;
  return day === undefined ? `${year}-${month}` : `${year}-${month}-${day}`;
}

export function unixSecondsToIsoDate(seconds: unknown): string | undefined {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
}
