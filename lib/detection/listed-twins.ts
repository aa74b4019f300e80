import type { IndexableModel } from './alias-index';
import { tokensOf } from './characters';

/**
 * Resellers list some models under a shorter name than OpenRouter does: models.dev's
 * "Mistral Small 3.2" is OpenRouter's "Mistral Small 3.2 24B". Both become catalogue entries, and
 * the one OpenRouter lists is the model a page means. For each name that, with a trailing size and
 * "Instruct" left off, is exactly one OpenRouter-listed model's name, that model.
 */
export function openRouterTwinsByName(models: readonly IndexableModel[]): Map<string, number> {
  const twins = new Map<string, number | null>();
  models.forEach((model, index) => {
    if (model.ids.openrouter.length === 0) return;
    const tokens = tokensOf(model.name);
    const shortened = withoutSizeAndInstruct(tokens);
    if (shortened.length === tokens.length || shortened.length < 2) return;
    const key = shortened.join(' ');
    // Two OpenRouter models shortening to one name ("… 8B", "… 70B"): the short name is neither.
    twins.set(key, twins.has(key) && twins.get(key) !== index ? null : index);
  });
  return new Map([...twins].filter((entry): entry is [string, number] => entry[1] !== null));
}

/**
 * The other way round: a reseller lists under a longer name a model OpenRouter names shorter
 * (models.dev's "Mistral Small 4 119B", OpenRouter's "Mistral Small 4"). For each model no
 * OpenRouter id names whose name, with its size and "Instruct" left off, is exactly one
 * OpenRouter-listed model's name: that model, which takes its names.
 */
export function openRouterTwinsOfModels(models: readonly IndexableModel[]): Map<number, number> {
  const listedByName = new Map<string, number | null>();
  models.forEach((model, index) => {
    if (model.ids.openrouter.length === 0) return;
    const key = tokensOf(model.name).join(' ');
    listedByName.set(key, listedByName.has(key) && listedByName.get(key) !== index ? null : index);
  });
  const twins = new Map<number, number>();
  models.forEach((model, index) => {
    if (model.ids.openrouter.length > 0) return;
    const tokens = tokensOf(model.name);
    const shortened = withoutSizeAndInstruct(tokens);
    if (shortened.length === tokens.length || shortened.length < 2) return;
    const twin = listedByName.get(shortened.join(' '));
    if (twin !== undefined && twin !== null) twins.set(index, twin);
  });
  return twins;
}

// "mistral small 3 2 24 b instruct" → "mistral small 3 2".
function withoutSizeAndInstruct(tokens: readonly string[]): readonly string[] {
  let end = tokens.length;
  if (end > 0 && /^(?:instruct|it)$/.test(tokens[end - 1]!)) end -= 1;
  if (end > 1 && /^[bm]$/.test(tokens[end - 1]!) && /^\d+$/.test(tokens[end - 2]!)) end -= 2;
  return tokens.slice(0, end);
}
