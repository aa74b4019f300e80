import { tokensOf } from './characters';

/**
 * Where else chat summaries and forum posts put a name's version:
 * - after the first tier word, when more tier words follow: "GPT-5.1 Codex Max" is written
 *   "GPT Codex 5.1 Max", "Gemini 3 Pro Preview" "Gemini Pro 3 Preview" (a name with one tier
 *   word is already read in both orders);
 * - before the brand, when the version carries its own letter: "MiniMax M2.1" is written "M2.1 Minimax".
 * Each form keeps the brand, the whole version and every tier word, so it never reads as an
 * ordinary phrase, nor as a model of another generation or tier.
 */
export function movedVersionForms(name: string): string[] {
  const tokens = tokensOf(name);
  const [brand] = tokens;
  if (brand === undefined || !isWord(brand)) return [];
  const forms: string[] = [];
  const versionEnd = tokens.findIndex((token, i) => i > 0 && !isNumber(token));
  const tiers = versionEnd > 1 ? tokens.slice(versionEnd) : [];
  if (tiers.length >= 2 && tiers.every(isWord)) {
    forms.push([brand, tiers[0], tokens.slice(1, versionEnd).join('.'), ...tiers.slice(1)].join(' '));
  }
  const [, letter, ...numbers] = tokens;
  if (letter !== undefined && /^[a-z]$/.test(letter) && numbers.length > 0 && numbers.every(isNumber)) {
    forms.push(`${letter}${numbers.join('.')} ${brand}`);
  }
  return forms;
}

function isNumber(token: string): boolean {
  return /^\d+$/.test(token);
}

/** A tier or brand word: letters only, long enough not to be a unit or a size letter. */
function isWord(token: string): boolean {
  return token.length >= 3 && /^[a-z]+$/.test(token);
}
