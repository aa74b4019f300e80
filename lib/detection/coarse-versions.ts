import type { IndexableModel } from './alias-index';
import { tokensOf } from './characters';

/**
 * A reseller's id may state a model's version less precisely than the model's own names do:
 * "mistral-large2" under the entry also named "Mistral Large 2.1", "Mistral Large 2411". The
 * coarser version names the line, and an earlier release of it ("Mistral Large 2" is the 2407
 * release), not this entry: such an id is not the model's. Only resellers' ids are judged so; the
 * names and OpenRouter ids (which may merge in a later release's name) are kept.
 */
export function statesVersionCoarsely(form: string, model: Pick<IndexableModel, 'names'>): boolean {
  const tokens = tokensOf(form);
  if (!/^\d+$/.test(tokens[tokens.length - 1] ?? '')) return false;
  return model.names.some((name) => {
    const named = tokensOf(name);
    return named.length > tokens.length && tokens.every((token, i) => token === named[i]) && MINOR_VERSION.test(named[tokens.length]!) && named[tokens.length + 1] !== 'b';
  });
}
// "2.1", not "2.0" (the same version) and not a size ("4 12B").
const MINOR_VERSION = /^[1-9]\d?$/;
