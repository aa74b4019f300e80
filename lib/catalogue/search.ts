import type { CatalogueModel } from './catalogue';

/**
 * Finds models as the user types: every word typed must start a word of the model's name or
 * ids ("son 4" finds "Claude Sonnet 4", "gpt4o" finds "GPT-4o"); closer matches first, then
 * better-ranked models.
 */
export interface SearchIndex {
  search(query: string, limit: number): CatalogueModel[];
}

interface Entry {
  model: CatalogueModel;
  /** Lower-cased words of names and ids, and the same text with separators squeezed out. */
  words: string[];
  squeezed: string;
  name: string;
}

export function createSearchIndex(models: readonly CatalogueModel[]): SearchIndex {
  const entries: Entry[] = models.map((model) => {
    const texts = [model.name, ...model.names, model.id, ...model.ids.openrouter, ...(model.ids.huggingFace ? [model.ids.huggingFace] : [])];
    const words = [...new Set(texts.flatMap(wordsOf))];
    return { model, words, squeezed: texts.map(squeeze).join(' '), name: model.name.toLowerCase() };
  });

  return {
    search(query, limit) {
      const terms = wordsOf(query);
      if (terms.length === 0) return [];
      const squeezedQuery = squeeze(query);
      const scored: { entry: Entry; score: number }[] = [];
      for (const entry of entries) {
        const score = matchScore(entry, terms, squeezedQuery);
        if (score > 0) scored.push({ entry, score });
      }
      scored.sort((a, b) => b.score - a.score || a.entry.model.rank.position - b.entry.model.rank.position);
      return scored.slice(0, limit).map((s) => s.entry.model);
    },
  };
}

function matchScore(entry: Entry, terms: readonly string[], squeezedQuery: string): number {
  if (entry.name === terms.join(' ')) return 100;
  const wordMatch = terms.every((term) => entry.words.some((word) => word.startsWith(term)));
  if (wordMatch) return entry.name.startsWith(terms[0]!) ? 60 : 40;
  // "gpt4o" against "gpt-4o": compare with separators removed.
  return squeezedQuery.length >= 3 && entry.squeezed.includes(squeezedQuery) ? 20 : 0;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function squeeze(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
