import type { CatalogueModel } from './catalogue';

/**
 * Finds models as the user types, one entry per catalogue model whichever of its names or ids
 * matched. Every word typed must start a word of the model's names or ids ("son 4" finds
 * "Claude Sonnet 4"); version numbers are whole words compared as numbers ("3.3" finds 3.3,
 * never 3.1 or 3.30; "3" finds 3 and 3.3). An exact name comes first, then names that start
 * with what was typed, then the rest; within each, better-ranked models first.
 */
export interface SearchIndex {
  search(query: string, limit: number): CatalogueModel[];
}

interface Entry {
  model: CatalogueModel;
  /** The words of each display name, in order. */
  names: string[][];
  /** The words of every name and id. */
  words: string[];
  /** Names and ids with separators squeezed out ("gpt4o" against "GPT-4o"). */
  squeezed: string;
}

const EXACT = 100;
const NAME_PREFIX = 80;
const ONE_NAME = 60;
const ANY_NAME_OR_ID = 40;
const SQUEEZED = 20;

export function createSearchIndex(models: readonly CatalogueModel[]): SearchIndex {
  const entries: Entry[] = models.map((model) => {
    const names = [model.name, ...model.names].filter((name) => !isRawId(name));
    const texts = [model.name, ...model.names, model.id, ...model.ids.openrouter, ...(model.ids.huggingFace ? [model.ids.huggingFace] : [])];
    return {
      model,
      names: [...new Set(names)].map(wordsOf),
      words: [...new Set(texts.flatMap(wordsOf))],
      squeezed: texts.map(squeeze).join(' '),
    };
  });

  return {
    search(query, limit) {
      const terms = wordsOf(query);
      if (terms.length === 0) return [];
      const squeezedQuery = squeeze(query);
      const scored: { entry: Entry; score: number; closeness: number }[] = [];
      for (const entry of entries) {
        const score = matchScore(entry, terms, squeezedQuery);
        if (score > 0) scored.push({ entry, score, closeness: closeness(entry, terms) });
      }
      scored.sort((a, b) => b.score - a.score || b.closeness - a.closeness || a.entry.model.rank.position - b.entry.model.rank.position);
      return scored.slice(0, limit).map((s) => s.entry.model);
    },
  };
}

function matchScore(entry: Entry, terms: readonly string[], squeezedQuery: string): number {
  if (entry.names.some((name) => name.length === terms.length && terms.every((term, i) => name[i] === term))) return EXACT;
  if (entry.names.some((name) => startsWithTerms(name, terms))) return NAME_PREFIX;
  if (entry.names.some((name) => terms.every((term) => name.some((word) => wordMatches(word, term))))) return ONE_NAME;
  if (terms.every((term) => entry.words.some((word) => wordMatches(word, term)))) return ANY_NAME_OR_ID;
  // Only for one run-together word: squeezed, "llama 3.3" would also find "llama-3.30".
  return terms.length === 1 && squeezedQuery.length >= 3 && entry.squeezed.includes(squeezedQuery) ? SQUEEZED : 0;
}

/**
 * Among equal matches, the name closest to what was typed: more words typed in full ("4" is
 * Sonnet 4, not only the start of 4.5), then fewer words left over ("DeepSeek V3" before
 * "DeepSeek V3 0324").
 */
function closeness(entry: Entry, terms: readonly string[]): number {
  let best = -Infinity;
  for (const name of entry.names) {
    const whole = terms.filter((term) => name.includes(term)).length;
    best = Math.max(best, whole * 100 - name.length);
  }
  return best;
}

/** The name begins with the typed words: all but the last whole, the last at least begun. */
function startsWithTerms(name: readonly string[], terms: readonly string[]): boolean {
  if (name.length < terms.length) return false;
  const last = terms.length - 1;
  return terms.every((term, i) => (i < last ? name[i] === term : wordMatches(name[i]!, term)));
}

/** A typed word matches the start of a word; a number only a whole number ("3" is not the start of "30b", nor "3.3" of "3.30"). */
function wordMatches(word: string, term: string): boolean {
  if (!word.startsWith(term)) return false;
  if (word.length === term.length || !/\d$/.test(term)) return true;
  const next = word[term.length]!;
  return next === '.' ? /^\d/.test(word.slice(term.length + 1)) : !/\d/.test(next);
}

/** Words, with a version number ("3.3", "1.5") one word. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\d+(?:\.\d+)+|[\p{L}\p{N}]+/gu) ?? [];
}

function squeeze(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** A provider's id used as a display name (`@cf/meta/llama-3.3-70b-instruct-fp8-fast`). */
function isRawId(name: string): boolean {
  return name.startsWith('@') || name.includes('/');
}

/**
 * The name to show for a model: its own name, another display name the sources give when
 * that one is a raw id, and otherwise the id's last part in words ("llama 3.3 70b instruct fp8 fast").
 */
export function readableName(model: Pick<CatalogueModel, 'name' | 'names'>): string {
  if (!isRawId(model.name)) return model.name;
  const other = model.names.find((name) => !isRawId(name));
  if (other) return other;
  const lastPart = model.name.split('/').pop() ?? model.name;
  const words = lastPart.split(/[-_]+/).filter(Boolean);
  return words.map((word, i) => (i === 0 ? word[0]!.toUpperCase() + word.slice(1) : word)).join(' ');
}
