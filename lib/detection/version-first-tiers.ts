import { tokensOf } from './characters';

/**
 * Changelogs and threads drop the brand of a name stated with its version before its tier:
 * "Claude 3.5 Sonnet" is written "3.5 Sonnet" ("image support for 3.5 Sonnet and for GPT-4o").
 * Read only for a name the sources state in that order ("Claude Opus 4.5" is not written
 * "4.5 Opus"), with a point version, which no count is written as ("3 haiku" are poems), and a
 * tier word that is one brand's product line.
 */
export function versionFirstForms(names: readonly string[], lines: ReadonlySet<string>): string[] {
  const forms: string[] = [];
  for (const name of names) {
    const [, ...rest] = tokensOf(name);
    const tier = rest.pop();
    if (tier === undefined || !lines.has(tier) || rest.length < 2 || !rest.every((token) => /^\d+$/.test(token))) continue;
    forms.push(`${rest.join('.')} ${tier}`);
  }
  return forms;
}

/**
 * Product lines: a word that follows one brand, and only that brand, as the second word of
 * several models' names ("sonnet" in "Claude Sonnet 4", "Claude Sonnet 4.5", "Claude Sonnet 3.7").
 * A word one model's name happens to have there ("Thinking", "Build", "Realtime") is no line.
 */
export function productLines(namesOfModels: readonly (readonly string[])[]): Set<string> {
  const brands = new Map<string, Set<string>>();
  const models = new Map<string, number>();
  for (const names of namesOfModels) {
    const seconds = new Set<string>();
    for (const name of names) {
      const [brand, second] = tokensOf(name);
      if (brand === undefined || second === undefined || !/^[a-z]{4,}$/.test(second)) continue;
      brands.set(second, (brands.get(second) ?? new Set()).add(brand));
      seconds.add(second);
    }
    for (const second of seconds) models.set(second, (models.get(second) ?? 0) + 1);
  }
  return new Set([...models].filter(([word, count]) => count >= MIN_LINE_MODELS && brands.get(word)!.size === 1).map(([word]) => word));
}
const MIN_LINE_MODELS = 3;
