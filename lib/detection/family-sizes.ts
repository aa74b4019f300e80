import { tokensOf } from './characters';
import { forwardSearch } from './forward-search';
import { sizeStartInName } from './list-cuts';
import { LIST_LINK, type Mention } from './matcher';
import { LAST_PARAGRAPH_BREAK, PARAGRAPH_BREAK } from './paragraphs';

/**
 * "The Llama 3.1 instruction tuned text only models (8B, 70B, 405B)", "128K tokens for the
 * 27B/12B/4B sizes", "the 405B version": a bare size that a paragraph writes after naming a
 * family and version is that family's model of the size. The family in force is the nearest
 * mention before it in the same paragraph (and close by) whose name with the size is a catalogue
 * name; a size is read only where the text shows it names a model (a list of sizes, or "size",
 * "version", "model", "variant" after it, led by "the", "as", "(" …), never where it counts
 * something ("70B parameters", "a 3B dense model", "the same 24B base"), and never where the
 * paragraph applies the family to both pretrained and instruct checkpoints.
 */
export function familySizes(text: string, mentions: readonly Mention[], modelNamedBy: (tokens: readonly string[]) => number | null): Mention[] {
  const found: Mention[] = [];
  // Per mention position, the family and version it writes, read once it is needed.
  const families = new Map<number, readonly string[] | null>();
  const sizeShapeAt = forwardSearch(text, SIZE_SHAPE);
  mentions.forEach((mention, position) => {
    const regionEnd = Math.min(mentions[position + 1]?.start ?? text.length, mention.end + MAX_DISTANCE);
    if (!hasSize(sizeShapeAt, mention.end, regionEnd)) return;
    for (const list of sizeLists(text.slice(mention.end, regionEnd), mention.end)) {
      found.push(...resolveList(text, list, mentions, position, families, modelNamedBy));
    }
  });
  return found;
}

/** Whether a digit followed by B or M ("27B", "8x7B", "1.5B") occurs in the range: most text has none. */
function hasSize(sizeShapeAt: (from: number) => number, start: number, end: number): boolean {
  const digit = sizeShapeAt(start);
  return digit >= 0 && digit + 1 < end;
}
// A digit and the B or M after it: where `hasSize` looks.
const SIZE_SHAPE = /[0-9][BbMm]/g;

interface SizeItem {
  start: number;
  end: number;
  tokens: string[];
}

/** The lists of sizes in `region` (at `offset` in the text) that read as naming models. */
function sizeLists(region: string, offset: number): SizeItem[][] {
  const lists: SizeItem[][] = [];
  SIZE_START.lastIndex = 0;
  for (let match = SIZE_START.exec(region); match; match = SIZE_START.exec(region)) {
    const items: SizeItem[] = [];
    let at = match.index;
    let item = readSize(region, at);
    while (item) {
      items.push({ start: offset + item.start, end: offset + item.end, tokens: tokensOf(region.slice(item.start, item.end)) });
      at = item.end;
      // "70B (largest, slowest, most capable), 8B (medium speed and quality)": a gloss after an item.
      at += GLOSS_AFTER.exec(region.slice(at, at + 64))?.[0].length ?? 0;
      if (COUNTED.test(region.slice(at, at + 12))) {
        items.length = 0;
        break;
      }
      const link = LIST_LINK.exec(region.slice(at, at + 12));
      item = link ? readSize(region, at + link[0].length) : null;
    }
    SIZE_START.lastIndex = Math.max(at, match.index + 1);
    if (items.length === 0) continue;
    const leadIn = region.slice(Math.max(0, match.index - 12), match.index);
    if (!LEAD_IN.test(leadIn)) continue;
    const after = region.slice(at, at + 40);
    if (items.length === 1 && !NAMES_A_MODEL.test(after)) continue;
    // "the 8B version of Llama 3.1": the family is named after the size, not before it.
    if (OF_A_NAME_AFTER.test(after)) continue;
    lists.push(items);
  }
  return lists;
}

/** The size written at `at` ("27B", "35B-A3B", "8x7B", "1.5B"), if one starts there. */
function readSize(region: string, at: number): { start: number; end: number } | null {
  const match = SIZE.exec(region.slice(at, at + 24));
  return match ? { start: at, end: at + match[0].length } : null;
}

/** The list's models, read with the nearest mention (at or before `last`) whose family has a model of one of its sizes. */
function resolveList(
  text: string,
  items: readonly SizeItem[],
  mentions: readonly Mention[],
  last: number,
  families: Map<number, readonly string[] | null>,
  modelNamedBy: (tokens: readonly string[]) => number | null,
): Mention[] {
  const listStart = items[0]!.start;
  const passedBrands = new Set<string>();
  for (let position = last; position >= 0; position -= 1) {
    const mention = mentions[position]!;
    if (listStart - mention.end > MAX_DISTANCE || PARAGRAPH_BREAK.test(text.slice(mention.end, listStart))) return [];
    const written = text.slice(mention.start, mention.end);
    if (!families.has(position)) families.set(position, familyTokensOf(written));
    const family = families.get(position);
    const targets = family ? items.map((item) => modelNamedBy([...family, ...item.tokens])) : [];
    if (!family || targets.every((target) => target === null)) {
      passedBrands.add(brandOf(written));
      continue;
    }
    // "Llama 3.1 8B … Mistral: the 70B model": a nearer name of another brand is as likely meant.
    if ([...passedBrands].some((brand) => brand !== family[0])) return [];
    // "Llama-3.1-70B-Instruct … Olmo 3 is …: the 7B version": a versioned name the catalogue does not know is nearer.
    if (UNKNOWN_VERSIONED_NAME.test(withoutMentions(text, mentions.slice(position, last + 1), listStart))) return [];
    if (coversPretrained(text, mention, items)) return [];
    return items.flatMap((item, i) => (targets[i] === null ? [] : [{ start: item.start, end: item.end, target: targets[i]!, kind: 'specific' as const }]));
  }
  return [];
}

/** The first word of a written name, past any maker or gateway path. */
function brandOf(written: string): string {
  return tokensOf(written.slice(written.lastIndexOf('/') + 1))[0] ?? '';
}

/** The text from the first of `mentions` (in text order) to `end`, with the mentions left out. */
function withoutMentions(text: string, mentions: readonly Mention[], end: number): string {
  let result = '';
  for (let i = 0; i < mentions.length; i += 1) result += ` ${text.slice(mentions[i]!.end, mentions[i + 1]?.start ?? end)}`;
  return result;
}

/**
 * The family and version a mention writes: "Gemma 3", "Qwen3.6", the "Gemma 3" of "Gemma 3 27B
 * Instruct" or "google/gemma-3-27b-it", the "gpt-oss" of "gpt-oss-120b" (a line with no version,
 * named by one of its sizes). Null for a brand alone ("Gemma"): which generation a size belongs
 * to would be a guess.
 */
function familyTokensOf(written: string): string[] | null {
  const name = written.slice(written.lastIndexOf('/') + 1);
  const tokens = tokensOf(name);
  const sizeAt = sizeStartInName(name);
  const family = sizeAt < 0 ? tokens : tokens.slice(0, sizeAt);
  return family.length > 0 && (sizeAt >= 0 || family.some((token) => /\d/.test(token))) ? family : null;
}

/**
 * "a collection of pretrained and instruction tuned generative models in 8B, 70B and 405B sizes":
 * said of both checkpoints, a size names neither. Words between the family and the sizes decide
 * ("instruction tuned text only models (8B, …)"); else the paragraph up to the sentence's end.
 */
function coversPretrained(text: string, context: Mention, items: readonly SizeItem[]): boolean {
  const between = text.slice(context.end, items[0]!.start);
  if (PRETRAINED.test(between)) return true;
  if (INSTRUCT.test(between)) return false;
  const lastEnd = items[items.length - 1]!.end;
  const before = text.slice(Math.max(0, context.start - MAX_DISTANCE), context.start);
  const paragraph = before.slice(before.search(LAST_PARAGRAPH_BREAK) + 1) + text.slice(context.start, lastEnd) + (SENTENCE_REST.exec(text.slice(lastEnd, lastEnd + MAX_DISTANCE))?.[0] ?? '');
  return PRETRAINED.test(paragraph) && INSTRUCT.test(paragraph);
}

/** How far a size may sit from the family it continues, in characters. */
const MAX_DISTANCE = 400;
const SIZE = /^(?:\d+x\d+[Bb]|\d+(?:\.\d+)?[BbMm](?:-A\d+(?:\.\d+)?[Bb])?)(?![\p{L}\p{N}]|[.,]\d|-\p{L})/u;
// A size starting a word.
const SIZE_START = /(?<![\p{L}\p{N}.,:_/-])\d+(?:x\d+)?(?:\.\d+)?[BbMm]/gu;
const GLOSS_AFTER = /^ ?\([^()\n]{1,60}\)/;
// What a number before counts: "70B parameters", "3B active", "24B base", "128B tokens".
const COUNTED = /^[\s-]*(?:parameters?|params|tokens?|active|total|base|context|of|gb|vram)\b/i;
// Right before a size that names a model: "the 27B", "available as 70B", "models (8B", "in 8B", "sizes: 4B", "sizes — 4B".
const LEAD_IN = /(?:(?:^|[\s(])(?:the|its|their|our|as|in|of|for|and|or|both|on|to|from|vs\.?|versus)\s+|[(:\u2013\u2014]\s*)$/i;
// After a single size: "the 405B version", "the 27B dense model", "the 4B size".
const NAMES_A_MODEL = /^[\s-]*(?:sizes?|versions?|models?|variants?|checkpoints?|dense|moe|instruct)\b/i;
const OF_A_NAME_AFTER = /^(?:[\s-]*(?:sizes?|versions?|models?|variants?|checkpoints?|dense|moe|instruct))*\s+(?:of|from|by)\s/i;
const PRETRAINED = /\bpre-?trained\b|\bbase (?:models?|checkpoints?|and)\b/i;
const INSTRUCT = /\binstruct|\binstruction[-\s]tuned\b|\bchat models?\b/i;
// "Olmo 3", "Phi-5", "Hermes 3": a capitalised word and a small version number (not a year such as "May 2025").
const UNKNOWN_VERSIONED_NAME = /(?<![\p{L}\p{N}])\p{Lu}\p{L}*[ -]?\d{1,2}(?:\.\d{1,2})?(?![\p{L}\p{N}]|[.,]\d)/u;
const SENTENCE_REST = /^[^\n]*?(?:[.!?](?=\s|$)|$)/;
