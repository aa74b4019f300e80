/**
 * "GPT-5 128000": a number after a space is a number of its own, and no version runs into it.
 * A rendered leaderboard row is the exception: the score, its interval and the votes run on as
 * one long number ("Mistral Medium 3|1369|1388|1202|18439" reads "Mistral Medium
 * 313691388120218439"), longer than any one figure written after a name, a full date included.
 * A hyphen or a dot before the digits joins them to the name ("Exp-01-21|1398…", "4.7|1503.0").
 */
export function isSpacedNumber(text: string, end: number, nextStart: number, tokenEnd: number): boolean {
  let spaced = false;
  for (let i = end; i < nextStart; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0xa0 || code === 0x09 || code === 0x0a) spaced = true;
  }
  return spaced && tokenEnd - nextStart < CELL_ROW_DIGITS && !runsIntoDateCell(text, nextStart, tokenEnd);
}

/**
 * "Mistral Medium 32025-05-07$0.40": a version run into the release-date cell after it. One or
 * two digits after a word, then a year that goes on as a full date: the year is the next cell.
 * After a number ("GPT-5 12025-08-07", a rank between) the digits are a cell of their own.
 */
function runsIntoDateCell(text: string, start: number, end: number): boolean {
  const versionDigits = end - start - 4;
  if (versionDigits < 1 || versionDigits > 2 || !DATE_CELL.test(text.slice(end - 4, end + 6))) return false;
  let before = start - 1;
  while (before > 0 && /\s/.test(text[before]!)) before -= 1;
  return /\p{L}/u.test(text[before] ?? '');
}
const DATE_CELL = /^(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])$/;
// A full date is 8 digits; a version's one or two digits leave 8 or more for the cells after it.
const CELL_ROW_DIGITS = 10;
