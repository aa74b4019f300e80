import type { CatalogueModel } from './catalogue';

/**
 * Every id a model can be named by (pins, links, permalinks): its catalogue id, then any
 * OpenRouter id of it. A model's own catalogue id wins over another model's OpenRouter id.
 */
export function modelsById(models: readonly CatalogueModel[]): Map<string, CatalogueModel> {
  const byId = new Map<string, CatalogueModel>();
  for (const model of models) {
    byId.set(model.id, model);
    for (const id of model.ids.openrouter) if (!byId.has(id)) byId.set(id, model);
  }
  return byId;
}
