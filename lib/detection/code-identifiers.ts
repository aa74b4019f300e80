/**
 * In code, a variable named after the model it holds is no mention of it: `const gpt4o =
 * initChatModel("openai:gpt-4o")`, `o3_mini = init_chat_model(…)`, `o3_mini.invoke(…)`. The string
 * the variable is given names the model; the name on the left is the programmer's. Only names
 * written as identifiers count (letters and digits run together, or joined by `_`), so "GPT-4o = 88%"
 * or "Claude 3.5 Sonnet = best" in prose stay mentions.
 */

// Assigned a call, a constructed object, a string, a list or a dict ("= init_chat_model(", "= new
// Agent(", "= 'openai:gpt-4o'"), or its method called (".invoke(").
const AFTER = /^(?:[ \t]*=[ \t]*(?:[A-Za-z_$][\w$.]*[ \t]*\(|new[ \t]|["'`[{])|\.[A-Za-z_$][\w$]*\()/;
// The identifier may go on past the name: "Mini" in "gpt4oMini".
const IDENTIFIER_CHAR = /[A-Za-z0-9_$]/;

/** Whether the name from `start` to `end` is a variable's name in code rather than a model's. */
export function namesCodeVariable(text: string, start: number, end: number): boolean {
  // Most names are followed by something other than "=" or ".": no slicing.
  let after = end;
  while (after < text.length && IDENTIFIER_CHAR.test(text[after]!)) after++;
  let probe = after;
  while (text.charCodeAt(probe) === 0x20 || text.charCodeAt(probe) === 0x09) probe++;
  const next = text.charCodeAt(probe);
  if (next !== 0x3d && !(next === 0x2e && probe === after)) return false;
  const before = text[start - 1];
  if (before !== undefined && (IDENTIFIER_CHAR.test(before) || before === '-' || before === '.' || before === '/' || before === ':')) return false;
  const written = text.slice(start, after);
  // An identifier: no spaces, dots or slashes; a hyphen only beside an underscore-joined name.
  if (!/^[A-Za-z_$][\w$-]*$/.test(written)) return false;
  if (written.includes('-') && !written.includes('_')) return false;
  return AFTER.test(text.slice(after, after + 40));
}
