import type { Catalogue, CatalogueModel } from '../../catalogue/catalogue';
import { modelsById } from '../../catalogue/models-by-id';
import { catalogueItem } from '../shared/storage/items';

/**
 * The background keeps the catalogue in memory once read (a hover must not deserialize
 * megabytes), and drops it whenever storage changes. A restarted service worker reads again.
 */
let cached: Promise<{ catalogue: Catalogue; byId: Map<string, CatalogueModel> } | undefined> | undefined;

catalogueItem.watch(() => {
  cached = undefined;
});

function load() {
  cached ??= catalogueItem.read().then((catalogue) => {
    if (!catalogue) return undefined;
    return { catalogue, byId: modelsById(catalogue.models) };
  });
  return cached;
}

export async function cachedCatalogue(): Promise<Catalogue | undefined> {
  return (await load())?.catalogue;
}

export async function modelById(id: string): Promise<{ model: CatalogueModel; catalogue: Catalogue } | undefined> {
  const loaded = await load();
  const model = loaded?.byId.get(id);
  return model && loaded ? { model, catalogue: loaded.catalogue } : undefined;
}
