import type { IndexableModel } from './alias-index';

/**
 * A preview listed beside its release ("google/gemini-3.1-flash-image-preview" and
 * "google/gemini-3.1-flash-image"): where both state a name equally surely ("Nano Banana 2"),
 * it is the release's, the newer entry. The preview keeps the names that say "preview", and
 * those it states more surely. Returns the previews' indices.
 */
export function previewsOfListedReleases(models: readonly IndexableModel[], isListed: (model: IndexableModel) => boolean): Set<number> {
  const listedIds = new Set<string>();
  for (const model of models) if (isListed(model)) listedIds.add(model.id);
  const previews = new Set<number>();
  models.forEach((model, index) => {
    if (model.id.endsWith(PREVIEW_SUFFIX) && listedIds.has(model.id.slice(0, -PREVIEW_SUFFIX.length))) previews.add(index);
  });
  return previews;
}
const PREVIEW_SUFFIX = '-preview';

/** How much less sure a preview's form is than the same form of its release: enough to lose a tie, never a stronger claim. */
export function previewTieBreak(form: string, isPreviewOfRelease: boolean): number {
  return isPreviewOfRelease && !/preview/i.test(form) ? RELEASE_FIRST : 0;
}
const RELEASE_FIRST = 0.25;
