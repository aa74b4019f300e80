import { onlySnapshotOn } from './slash-dates';

/**
 * "Gemini 2.5 Pro (2025-05-06)": a release with no build of the written date, whose preview line
 * ("google/gemini-2.5-pro-preview") lists one of that day as a model of its own, is named by that
 * build: results run before the release name the preview they ran on after the release's name.
 * `snapshotsOfId` gives the [date, model] snapshots listed for a model id, if any.
 */
export function previewLineSnapshot(
  releaseId: string,
  date: string,
  snapshotsOfId: (id: string) => readonly (readonly [string, number])[] | undefined,
): number | undefined {
  if (releaseId.endsWith(PREVIEW)) return undefined;
  return onlySnapshotOn(snapshotsOfId(`${releaseId}${PREVIEW}`), date);
}
const PREVIEW = '-preview';
