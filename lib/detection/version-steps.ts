/**
 * A move from one release to the next, in changelogs and migration notes: "Claude Opus 4.5 to
 * 4.6", "GPT-4o → 4.1". The bare version after the step continues the name as a list item does
 * (the rules of `followList` decide what it names), so only a space-separated "to" or arrow links.
 */
export function stepLinkAt(text: string, at: number): RegExpExecArray | null {
  if (text.charCodeAt(at) !== SPACE) return null;
  return STEP_LINK.exec(text.slice(at, at + 6));
}
const SPACE = 0x20;
const STEP_LINK = /^ (?:to|→|->) (?=[\p{L}\p{N}])/u;
