import { tokensOf } from './characters';

/**
 * Where a list item may cut the name before it. "Llama 3.1 8B, 70B": a size replaces the size
 * and keeps the whole version ("Llama 3.1 70B", never "Llama 3 70B"); "Qwen3 32B and 72B" is
 * not the first Qwen's 72B. "Llama 4 Scout and Maverick", "GPT-4.1 mini/nano": a tier keeps the
 * version too ("Gemini 2.5 Flash and Pro" is not Gemini Pro 1.0). A tail with a version of its own
 * ("Claude Sonnet 4 and 4.5", "DeepSeek V3.1 and R1") may cut anywhere.
 */
export function cutKeepsFamily(previous: readonly string[], kept: number, tail: readonly string[], sizeAt: number): boolean {
  if (startsWithSize(tail)) return kept === sizeAt;
  if (tail.some(isNumber)) return true;
  for (let i = kept; i < previous.length; i += 1) if (isNumber(previous[i]!) && !(sizeAt >= 0 && i >= sizeAt)) return false;
  return true;
}

/** Where the size starts in a candidate name cut after `kept` tokens and continued by `tail`, or -1. */
export function sizeAtAfterCut(kept: number, tail: readonly string[], sizeAt: number): number {
  if (startsWithSize(tail)) return kept;
  const inTail = sizeStartIn(tail);
  if (inTail >= 0) return kept + inTail;
  return sizeAt < kept ? sizeAt : -1;
}

/** The token where a size starts in tokens of a written name ("8" in "llama 3 1 8 b"), or -1. */
export function sizeStartIn(tokens: readonly string[]): number {
  return tokens.findIndex((token, i) => isNumber(token) && isSizeUnit(tokens[i + 1]));
}

/** The token where a written name's size starts, read from its text so that "Qwen3-0.6B" starts at "0", "Llama 3.1 8B" at "8"; -1 for none. */
export function sizeStartInName(written: string): number {
  const at = written.search(SIZE_IN_NAME);
  return at < 0 ? -1 : tokensOf(written.slice(0, at)).length;
}
// "0.6B" in "Qwen3-0.6B", "8B" in "Llama 3.1 8B", not the "3.1" before it.
const SIZE_IN_NAME = /(?<![\p{L}\p{N}.])\d+(?:\.\d+)?[BbMm](?![\p{L}\p{N}])/u;

/** "70 b", "1 5 b", "30 b a 3 b": the tail is a size. */
function startsWithSize(tail: readonly string[]): boolean {
  return isNumber(tail[0] ?? '') && (isSizeUnit(tail[1]) || (isNumber(tail[1] ?? '') && isSizeUnit(tail[2])));
}

function isNumber(token: string): boolean {
  return /^\d+$/.test(token);
}

function isSizeUnit(token: string | undefined): boolean {
  return token === 'b' || token === 'm';
}
