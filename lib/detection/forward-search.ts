/**
 * Where a global `pattern` first matches at or after a position, for a rule that asks after each
 * mention of one text in turn: the answer is kept until a later position passes it, so the regex
 * engine reads the text about once in all. A `charCodeAt` loop over each mention's region read
 * most of the scanned text again, several times slower than the engine.
 */
export function forwardSearch(text: string, pattern: RegExp): (from: number) => number {
  // Only a global pattern searches from `lastIndex`.
  if (!pattern.global) throw new Error(`forwardSearch needs a global pattern, not ${pattern}`);
  let searchedFrom = Infinity;
  // The first index at or after `searchedFrom` where the pattern matches, or -1.
  let found = -1;
  return (from) => {
    if (from < searchedFrom || (found >= 0 && found < from)) {
      searchedFrom = from;
      pattern.lastIndex = from;
      found = pattern.exec(text)?.index ?? -1;
    }
    return found;
  };
}
