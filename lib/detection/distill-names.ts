/**
 * A distilled model named without the word "Distill": threads and issue titles write
 * "DeepSeek-R1-Distill-Qwen-32B" as "deepseek-r1-qwen-32B" or "DeepSeek R1 Llama 8B" — the
 * teacher, then the student's base and size. Nothing else is named by a teacher run into another
 * maker's base, so the shorter writing names the distill the full one does. `aliases` are the
 * index's alias keys (tokens joined by spaces) with their model; the answer is each form without
 * "distill" with the model and the key it comes from.
 */
export function undistilledForms(aliases: Iterable<[key: string, target: number]>): { form: string; target: number; written: string }[] {
  const forms: { form: string; target: number; written: string }[] = [];
  for (const [key, target] of aliases) {
    if (target < 0 || !DISTILL_BETWEEN.test(key)) continue;
    forms.push({ form: key.replace(DISTILL_BETWEEN, ' '), target, written: key });
  }
  return forms;
}
// "distill" between the teacher and the student, never first or last.
const DISTILL_BETWEEN = / distill /;
