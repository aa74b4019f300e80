import type { IndexableModel } from './alias-index';
import { normaliseDate } from './snapshots';

/**
 * "google/gemini-2.5-flash-lite-preview-09-2025": a dated preview or experimental build of a
 * released model, where the catalogue lists no undated preview line it would belong to, is the
 * release's build of that date. A date written after the release's name ("Gemini 2.5 Flash-Lite
 * (09-2025)", "(Sep '25)") opens it, not the release. Only dates written after a name use this:
 * the build's names without a date stay its own.
 * Returns [release, date, build] rows in the shape of the snapshot table.
 */
export function previewBuildSnapshots(models: readonly IndexableModel[], isListed: (model: IndexableModel) => boolean): [number, string, number][] {
  const builds: { release: string; line: string; date: string; index: number }[] = [];
  models.forEach((model, index) => {
    const match = DATED_BUILD.exec(model.id);
    const date = match && normaliseDate(match[3]!);
    if (date && isListed(model)) builds.push({ release: match[1]!, line: `${match[1]}-${match[2]}`, date, index });
  });
  if (builds.length === 0) return [];
  const byId = new Map<string, number>();
  models.forEach((model, index) => byId.set(model.id, index));
  return builds.flatMap(({ release, line, date, index }): [number, string, number][] => {
    const released = byId.get(release);
    return released === undefined || byId.has(line) ? [] : [[released, date, index]];
  });
}
// "…-preview-09-2025", "…-preview-05-20", "…-exp-03-25", "…-preview-2025-06-17".
const DATED_BUILD = /^(.+)-(preview|exp)-(\d\d-20\d\d|\d\d-\d\d|\d{4}|20\d\d-\d\d-\d\d)$/;
