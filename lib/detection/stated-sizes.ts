import { tokensOf } from './characters';

/**
 * Runtimes name a model by its family and version and let the size pick the build: Ollama's
 * "llama3.2-vision:90b", a library table's "| Llama 3.3 | 70B | 43GB | `ollama run llama3.3` |",
 * a list's "`qwen3.5:cloud` — 397B". Docs say the size of a bare name in the next breath:
 * "ollama pull qwen3-coder … Qwen 3 coder is a 30B parameter model". These read the size a
 * text gives a name; the matcher turns it into the one model of that size, or into nothing.
 */

// Right after a name (past its tag and closing quote): " is a 30B parameter model", " — 397B;";
// not the first of several sizes (" — 8B, 70B and 405B").
const STATED_AFTER = /^[`*"'’”]*\s*(?:is an? |[—–] )(\d+(?:\.\d+)?)B(?![\p{L}\p{N}])(?!\s*(?:[,/&]|and |or )\s*\d)/u;

/** The size (lower-case, "30b") the text states right after `end`, or null. */
export function sizeStatedAfter(text: string, end: number): string | null {
  const code = text.charCodeAt(end);
  // Cheap test first: most names are followed by something else.
  if (code !== 0x20 && code !== 0x60 && code !== 0x2a && code !== 0x22 && code !== 0x27 && code !== 0x2019 && code !== 0x201d) return null;
  const match = STATED_AFTER.exec(text.slice(end, end + 32));
  return match ? `${match[1]}b` : null;
}

const SIZE_IN_ROW = /(?<![\p{L}\p{N}.])(\d+(?:\.\d+)?)B(?![\p{L}\p{N}])/gu;

/** The one parameter size a Markdown table row around the name states ("| Llama 3.3 | 70B | 43GB |"), or null. */
export function sizeOfRow(text: string, start: number, end: number): string | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.charCodeAt(lineStart) !== 0x7c) return null;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const sizes = new Set([...line.matchAll(SIZE_IN_ROW)].map((match) => `${match[1]}b`));
  return sizes.size === 1 ? [...sizes][0]! : null;
}

// After a family and version written as a runtime id: "-vision" in "llama3.2-vision:90b".
const VARIANT_AFTER = /^-([a-z]{3,})(?![\p{L}\p{N}])/u;

/** The variant word written after a family and version ("vision"), with where it ends. */
export function variantAfter(text: string, end: number): { word: string; end: number } | null {
  if (text.charCodeAt(end) !== 0x2d) return null;
  const match = VARIANT_AFTER.exec(text.slice(end, end + 24));
  return match ? { word: match[1]!, end: end + match[0].length } : null;
}

/** The token sequences a family, a variant and a size may be listed under: "Llama 3.2 90B Vision", "Llama 3.2 Vision 90B". */
export function sizedNames(family: readonly string[], variant: string | undefined, size: string): string[][] {
  const sizeTokens = tokensOf(size);
  if (!variant) return [[...family, ...sizeTokens]];
  return [
    [...family, ...sizeTokens, variant],
    [...family, variant, ...sizeTokens],
  ];
}

// Right after a name: "-30B" in "Qwen3-Coder-30B", " 30b" in "qwen 3 coder 30b".
const SIZE_WRITTEN_AFTER = /^[-_ ](\d+(?:\.\d+)?)[Bb](?![\p{L}\p{N}])/u;

/** The size written right after a name ("30b") and where it ends, or null. */
export function sizeWrittenAfter(text: string, end: number): { size: string; end: number } | null {
  const code = text.charCodeAt(end);
  if (code !== 0x2d && code !== 0x5f && code !== 0x20) return null;
  const match = SIZE_WRITTEN_AFTER.exec(text.slice(end, end + 10));
  return match ? { size: `${match[1]}b`, end: end + match[0].length } : null;
}
