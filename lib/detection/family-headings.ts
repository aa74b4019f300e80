/**
 * "### DeepSeek-R1 Models", "**Qwen3 family**": a heading that names a model with a plural or a
 * collective noun heads a section on its family of checkpoints (R1-Zero and R1, the distills), not
 * on the one model the name alone opens. Only a line of its own counts: in running text
 * "GPT-4o and GPT-4o mini models" names the models themselves.
 */
export function headsFamilySection(text: string, start: number, end: number): boolean {
  // Cheap test first: most names are followed by anything but a space and one of these nouns.
  const next = text.charCodeAt(end);
  if ((next !== 0x20 && next !== 0xa0) || !FAMILY_NOUN_INITIALS.includes(String.fromCharCode(text.charCodeAt(end + 1) | 0x20))) return false;
  if (!FAMILY_NOUN_ENDS_LINE.test(text.slice(end, end + 24))) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return HEADING_MARKS_ONLY.test(text.slice(lineStart, start));
}
const FAMILY_NOUN_INITIALS = 'mcvfs';
const FAMILY_NOUN_ENDS_LINE = /^[ \u00a0]+(?:models|checkpoints|variants|family|series)[ \t*_:]*(?:\r?\n|$)/i;
const HEADING_MARKS_ONLY = /^[ \t]*(?:#{1,6}[ \t]+)?[*_]{0,2}$/;
