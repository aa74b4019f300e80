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
  return spaced && tokenEnd - nextStart < CELL_ROW_DIGITS;
}
// A full date is 8 digits; a version's one or two digits leave 8 or more for the cells after it.
const CELL_ROW_DIGITS = 10;
