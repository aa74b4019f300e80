import { tokensOf } from './characters';

/**
 * A lettered version run into the brand: threads write "DeepSeek V3.1" as "deepseekv3.1" or
 * "DeepSeekV3", "DeepSeek R1" as "deepseekr1", "MiniMax M2" as "MiniMaxM2" (a model path or a
 * shell argument, typed without a space). The joined writing names the model the spaced one
 * does. Only the version letter right after the brand is joined, the first word must be the
 * brand the model's id starts with (as for the dropped "V", "DeepSeek 3.1"), and a spaced form
 * that counts only as written gives no joined one.
 *
 * `aliases` are the index's alias keys (tokens joined by spaces) with their model and whether
 * they count only as written; the answer is each joined form with the spaced key it comes from.
 */
export function gluedVersionForms(
  aliases: Iterable<[key: string, target: number, asWritten: boolean]>,
  idOf: (target: number) => string,
): { form: string; spaced: string; target: number }[] {
  const forms: { form: string; spaced: string; target: number }[] = [];
  for (const [key, target, asWritten] of aliases) {
    if (target < 0 || asWritten) continue;
    const match = BRAND_THEN_LETTERED_VERSION.exec(key);
    if (!match) continue;
    const id = idOf(target);
    if (tokensOf(id.slice(id.lastIndexOf('/') + 1))[0] !== match[1]) continue;
    forms.push({ form: `${match[1]}${match[2]} ${match[3]}`, spaced: key, target });
  }
  return forms;
}
// brand (3+ letters), one letter, then a number: "deepseek v 3 1", "minimax m 2 5".
const BRAND_THEN_LETTERED_VERSION = /^([a-z]{3,}) ([a-z]) (\d.*)$/;
