import { readRuntimeSuffixes } from './runtime-forms';

/**
 * A provider lists some models under its own id, which the catalogue keeps as a model of its own:
 * Bedrock's "openai.gpt-oss-120b-1:0" is OpenRouter's "openai/gpt-oss-120b". Where a model no
 * OpenRouter id names has an id that is an OpenRouter id of the same maker written in a provider's
 * dialect (the maker's name and a dot before it, a version or format decoration after it), that
 * OpenRouter-listed model, which takes its names.
 */
export function providerDialectTwins(models: readonly { id: string; ids: { openrouter: readonly string[] } }[]): Map<number, number> {
  const listed = new Map<string, number>();
  models.forEach((model, index) => {
    for (const id of model.ids.openrouter) if (!listed.has(id.toLowerCase())) listed.set(id.toLowerCase(), index);
  });
  const twins = new Map<number, number>();
  models.forEach((model, index) => {
    if (model.ids.openrouter.length > 0) return;
    const id = model.id.toLowerCase();
    const owner = id.slice(0, id.indexOf('/'));
    let slug = id.slice(owner.length + 1);
    if (slug.startsWith(`${owner}.`)) slug = slug.slice(owner.length + 1);
    for (let cut = slug.indexOf('-'); cut > 0; cut = slug.indexOf('-', cut + 1)) {
      const twin = listed.get(`${owner}/${slug.slice(0, cut)}`);
      if (twin !== undefined && readRuntimeSuffixes(slug, cut).end === slug.length) {
        twins.set(index, twin);
        return;
      }
    }
  });
  return twins;
}
