import type { IndexableModel } from './alias-index';
import { tokensOf } from './characters';
import { carriesDate } from './undated-names';

/**
 * Resellers file earlier builds under the released model: "Qwen QwQ 32B Preview" and
 * "qwq-32b-preview" under QwQ 32B, "o1-preview" under o1, "DeepSeek-V3.2-Exp" under DeepSeek
 * V3.2. A build word that the model's own name and ids, and its maker's own listing, lack names
 * that other build, which the catalogue does not list: the form is not this model's. A dated
 * build ("kimi-k2-0905-preview") is the snapshot of that date, whatever it is called, and keeps
 * its model.
 */
export function namesAnotherBuild(form: string, model: Pick<IndexableModel, 'id' | 'name' | 'ids' | 'author'>): boolean {
  // Cheap test first: most forms have no build word.
  if (!BUILD_WORD_INSIDE.test(form)) return false;
  const tokens = tokensOf(form);
  const words = tokens.filter((token) => BUILD_WORDS.has(token));
  if (words.length === 0 || carriesDate(form)) return false;
  // The maker's own API ("openai/o1-preview" under o1) says which builds the model is.
  const makers = model.ids.modelsDev.filter((id) => id.startsWith(`${model.author}/`));
  const own = new Set([model.id, model.name, ...model.ids.openrouter, ...makers].flatMap((written) => tokensOf(written)));
  return words.some((word) => !own.has(word));
}

const BUILD_WORDS: ReadonlySet<string> = new Set(['preview', 'exp', 'experimental', 'beta', 'alpha']);
const BUILD_WORD_INSIDE = /preview|exp|beta|alpha/i;
