/**
 * A "+" after a one-letter name spelled out: "Command R+" is written "Command R Plus" or
 * "command-r-plus" in threads and config files. `aliases` are the index's alias keys (tokens
 * joined by spaces; a letter keeps its plus, "r+") with their model; the answer is each
 * spelled-out form with the model its "+" form names.
 */
export function spelledPlusForms(aliases: Iterable<[key: string, target: number]>): { form: string; target: number; written: string }[] {
  const forms: { form: string; target: number; written: string }[] = [];
  for (const [key, target] of aliases) {
    if (target < 0 || !LETTER_PLUS.test(key)) continue;
    forms.push({ form: key.replace(LETTER_PLUS, '$1$2 plus$3'), target, written: key });
  }
  return forms;
}
const LETTER_PLUS = /(^| )([a-z])\+( |$)/;
