/**
 * How the matcher reads characters. Text is never rewritten: offsets always point into
 * the original string, and folding happens as characters are read.
 */
export const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
/** Separators allowed between the tokens of one name: space, NBSP, hyphens and dashes, . _ / : · */
export const JOINER = 3;
/** Invisible characters read through as if absent: soft hyphen, zero-width space/joiners, BOM. */
export const IGNORABLE = 4;

export type CharClass = typeof OTHER | typeof LETTER | typeof DIGIT | typeof JOINER | typeof IGNORABLE;

/** Class of a code unit not yet looked at; `classOf` fills it in on first sight. */
export const UNKNOWN = 255;
/** Read directly in hot loops (with `classOf` for UNKNOWN): a function call per character costs. */
export const CHAR_CLASSES = new Uint8Array(0x10000).fill(UNKNOWN);
const classes = CHAR_CLASSES;
/** Lower-case code units, valid once `classOf` has seen the code. */
export const LOWER_CODES = new Uint16Array(0x10000);
const lowerCodes = LOWER_CODES;

for (let code = 0; code < 128; code += 1) {
  classes[code] = OTHER;
  lowerCodes[code] = code;
}
for (let code = 0x61; code <= 0x7a; code += 1) classes[code] = LETTER;
for (let code = 0x41; code <= 0x5a; code += 1) {
  classes[code] = LETTER;
  lowerCodes[code] = code | 0x20;
}
for (let code = 0x30; code <= 0x39; code += 1) classes[code] = DIGIT;
for (const char of ' \t\n\r-._/:') classes[char.charCodeAt(0)] = JOINER;
for (const code of [0x00a0, 0x00b7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x202f, 0x2009, 0x2007, 0x30fb, 0xff0d]) {
  classes[code] = JOINER;
}
for (const code of [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) classes[code] = IGNORABLE;

const LETTER_PATTERN = /\p{L}/u;
const DIGIT_PATTERN = /\p{Nd}/u;

export function classOf(code: number): CharClass {
  const known = classes[code]!;
  if (known !== UNKNOWN) return known as CharClass;
  const char = String.fromCharCode(code);
  // Lone surrogates (emoji halves) and everything else unlisted break names apart.
  const found: CharClass = LETTER_PATTERN.test(char) ? LETTER : DIGIT_PATTERN.test(char) ? DIGIT : OTHER;
  classes[code] = found;
  lowerCodes[code] = found === LETTER ? char.toLowerCase().charCodeAt(0) : code;
  return found;
}

/** Lower-case code of a letter (after `classOf` has seen it). */
export function lowerOf(code: number): number {
  return lowerCodes[code]!;
}

const PLUS = 0x2b;

/**
 * Reads one token (a run of letters, or of digits) from `start`: returns where it ends and
 * leaves its hash in `tokenHash`. Invisible characters inside are read through. A plus right
 * after a single letter belongs to the token: "Command R+" is not "Command R".
 */
export let tokenHash = 0;
export function readToken(text: string, start: number): number {
  const length = text.length;
  const first = text.charCodeAt(start);
  let cls = classes[first]!;
  if (cls === UNKNOWN) cls = classOf(first);
  let hash = HASH_SEED;
  let letters = 0;
  let i = start;
  for (; i < length; i += 1) {
    const code = text.charCodeAt(i);
    let k = classes[code]!;
    if (k === UNKNOWN) k = classOf(code);
    if (k === IGNORABLE) continue;
    if (k !== cls) {
      // Not in "70B+" (a size and "or more"): only a letter standing alone takes the plus.
      if (code === PLUS && cls === LETTER && letters === 1 && classOf(text.charCodeAt(start - 1)) !== DIGIT) {
        hash = Math.imul(hash ^ PLUS, 0x01000193) >>> 0;
        i += 1;
      }
      break;
    }
    hash = Math.imul(hash ^ lowerCodes[code]!, 0x01000193) >>> 0;
    letters += 1;
  }
  tokenHash = hash;
  return i;
}

/** Whether the tokens between `start` and `end` are exactly `tokens` (no strings made). */
export function tokensEqual(text: string, start: number, end: number, tokens: readonly string[]): boolean {
  let i = start;
  for (const token of tokens) {
    // Skip separators up to the next token.
    while (i < end) {
      const k = classOf(text.charCodeAt(i));
      if (k === LETTER || k === DIGIT) break;
      i += 1;
    }
    // A token may be cut at `end` where a rendered table runs the next cell into it ("turbo|OpenAI").
    let tokenEnd = Math.min(readToken(text, i), end);
    if (isVersionFiller(text, i, tokenEnd) && token !== String.fromCharCode(lowerCodes[text.charCodeAt(i)]!)) {
      i = tokenEnd;
      tokenEnd = Math.min(readToken(text, i), end);
    }
    let t = 0;
    for (let j = i; j < tokenEnd; j += 1) {
      const code = text.charCodeAt(j);
      if (classOf(code) === IGNORABLE) continue;
      const folded = code === PLUS ? PLUS : lowerCodes[code]!;
      if (t >= token.length || token.charCodeAt(t) !== folded) return false;
      t += 1;
    }
    if (t !== token.length) return false;
    i = tokenEnd;
  }
  return true;
}

/**
 * A letter that only marks a version, as some providers write one: the "v" of "Claude-V3.5" and
 * "llama-v3p1", and the "p" standing for the dot in "v3p1". The name reads as if it were absent.
 */
export function isVersionFiller(text: string, start: number, end: number): boolean {
  if (end !== start + 1 || classOf(text.charCodeAt(end)) !== DIGIT) return false;
  const letter = text.charCodeAt(start) | 0x20;
  return letter === 0x76 || (letter === 0x70 && classOf(text.charCodeAt(start - 1)) === DIGIT);
}

/** A name's tokens as the matcher reads them: lower-cased runs of letters or of digits. */
export function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const cls = classOf(text.charCodeAt(i));
    if (cls !== LETTER && cls !== DIGIT) {
      i += 1;
      continue;
    }
    const end = readToken(text, i);
    let token = '';
    for (let j = i; j < end; j += 1) {
      const code = text.charCodeAt(j);
      if (classOf(code) !== IGNORABLE) token += String.fromCharCode(code === PLUS ? PLUS : lowerOf(code));
    }
    tokens.push(token);
    i = end;
  }
  return tokens;
}

/** FNV-1a over lower-cased code units: tokens are looked up by number, no strings made while scanning. */
export const HASH_SEED = 0x811c9dc5;
export function hashStep(hash: number, lowerCode: number): number {
  return Math.imul(hash ^ lowerCode, 0x01000193) >>> 0;
}

export function hashToken(token: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < token.length; i += 1) hash = hashStep(hash, token.charCodeAt(i));
  return hash;
}
