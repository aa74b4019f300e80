import { tokensOf } from './characters';

/**
 * "GPT Codex 5.1 Max" is a shorthand followed by a tier word, naming another model; "sonnet-4 max
 * output tokens" is a shorthand followed by an ordinary word, for no Claude is a "Max". A tier
 * word counts as one only after a brand some of whose models' names carry it: the tier words each
 * brand (the first word of a display name, past a "Maker: " prefix) uses.
 */
export function tierWordsByBrand(names: Iterable<string>, isTierWord: (word: string) => boolean): Map<string, Set<string>> {
  const byBrand = new Map<string, Set<string>>();
  for (const name of names) {
    const [brand, ...rest] = tokensOf(withoutMaker(name));
    if (brand === undefined) continue;
    for (const word of rest) {
      if (!isTierWord(word)) continue;
      const tiers = byBrand.get(brand) ?? new Set<string>();
      tiers.add(word);
      byBrand.set(brand, tiers);
    }
  }
  return byBrand;
}

/** The brand a display name starts with ("claude" of "Anthropic: Claude Sonnet 4"). */
export function brandOfName(name: string): string | undefined {
  return tokensOf(withoutMaker(name))[0];
}

function withoutMaker(name: string): string {
  return name.replace(/^[^:]{1,40}:\s+/, '');
}
