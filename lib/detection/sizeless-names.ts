import { tokensOf } from './characters';

/**
 * "Mistral Small 3.2" for "Mistral Small 3.2 24B Instruct": a product line (a brand, a tier word,
 * a version) is named without its size when the catalogue's widely known models give that line
 * one size only. A brand and a version alone ("Llama 3.3" of "Llama 3.3 70B Instruct") stay a
 * family mention, and a line listed in two sizes names neither.
 */
export function sizelessLineNames(names: readonly string[]): Map<string, string> {
  const sizes = new Map<string, Set<string>>();
  for (const name of names) {
    const line = TIER_LINE_WITH_SIZE.exec(name);
    if (!line) continue;
    const key = tokensOf(line[1]!).join(' ');
    const stated = sizes.get(key) ?? new Set<string>();
    stated.add(line[2]!.toLowerCase());
    sizes.set(key, stated);
  }
  const forms = new Map<string, string>();
  for (const name of names) {
    const line = TIER_LINE_WITH_SIZE.exec(name);
    if (line && sizes.get(tokensOf(line[1]!).join(' '))!.size === 1) forms.set(name, line[1]!);
  }
  return forms;
}

// "Mistral Small 3.2 24B Instruct": a brand, tier words, a version, a size, maybe "Instruct".
const TIER_LINE_WITH_SIZE = /^(\p{L}+(?:[\s-]\p{L}{3,})+[\s-]v?\d+(?:\.\d+)?)[\s-]+(\d+(?:\.\d+)?B)(?:[\s-]+Instruct)?$/iu;
