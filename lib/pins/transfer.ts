import { isRecord, ownProperty } from './own-property';
import { emptyPins, MAX_PINS, type Pin, type PinsData } from './pin';
import { readPinList } from './read-pin-like';

export const PINS_EXPORT_FORMAT = 'model-lens-pins';
export const PINS_EXPORT_VERSION = 1;
// Bounds the work an untrusted file can cause. An export with places takes about 260 bytes
// a pin, so this holds about 4,000 such pins (7,000 without places).
// A full list of 5,000 pins with the longest ids, names, urls and titles exports to about
// 17 MB; anything bigger is not an export of ours.
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const IMPORT_TOO_LARGE = 'The file is larger than 20 MB, the most Model Lens reads as a pins export.';

export type ImportResult = { ok: true; pins: Pin[]; skipped: number } | { ok: false; error: string };

export interface MergeResult {
  data: PinsData;
  /** Imported models that were not pinned before. */
  added: number;
  /** Imported models not added because the list holds MAX_PINS already. */
  leftOut: number;
}

export function exportPins(data: PinsData, now: Date): string {
  const file = { format: PINS_EXPORT_FORMAT, version: PINS_EXPORT_VERSION, exportedAt: now.toISOString(), pins: data.pins };
  return JSON.stringify(file, null, 2);
}

/**
 * Reads a pins export. Errors are sentences for the user and never quote the file, whose
 * text may be hostile. Pins are read one by one: unreadable ones are skipped and counted,
 * names and titles are cleaned, unsafe urls dropped, and a model listed twice is one pin.
 */
export function parseImport(text: string): ImportResult {
  if (utf8Length(text) > MAX_IMPORT_BYTES) {
    return failure(IMPORT_TOO_LARGE);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return failure('The file is not JSON, so it is not a Model Lens pins export.');
  }
  if (!isRecord(json) || ownProperty(json, 'format') !== PINS_EXPORT_FORMAT) {
    return failure(`The file is not a Model Lens pins export: it lacks "format": "${PINS_EXPORT_FORMAT}".`);
  }
  const version = ownProperty(json, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return failure('The pins export has no valid version number.');
  }
  if (version > PINS_EXPORT_VERSION) {
    return failure(
      `The pins export was made by a newer version of Model Lens (file version ${version}, this one reads up to ` +
        `${PINS_EXPORT_VERSION}). Update Model Lens, then import it again.`,
    );
  }
  const items = ownProperty(json, 'pins');
  if (!Array.isArray(items)) return failure('The pins export has no list of pins.');
  if (items.length > MAX_PINS) {
    return failure(`The file lists ${items.length.toLocaleString('en')} pins; at most ${MAX_PINS.toLocaleString('en')} can be kept.`);
  }
  const { pins, unreadable } = readPinList(items);
  return { ok: true, pins: mergePins(emptyPins(), pins).data.pins, skipped: unreadable };
}

/**
 * Union by model: every existing pin stays. A model on both sides keeps its local name and
 * the earlier time, with the place it was first pinned at when that is known. Newest first.
 */
export function mergePins(existing: PinsData, imported: readonly Pin[]): MergeResult {
  const byModel = new Map(existing.pins.map((pinned) => [pinned.modelId, pinned]));
  let added = 0;
  const leftOut = new Set<string>();
  // Newest first, so that when the list fills up it is the oldest imports that wait.
  for (const candidate of newestFirst(imported)) {
    const current = byModel.get(candidate.modelId);
    if (current) {
      byModel.set(candidate.modelId, withEarlierPinning(current, candidate));
    } else if (byModel.size < MAX_PINS) {
      byModel.set(candidate.modelId, candidate);
      added += 1;
    } else {
      leftOut.add(candidate.modelId);
    }
  }
  return { data: { pins: newestFirst([...byModel.values()]) }, added, leftOut: leftOut.size };
}

function withEarlierPinning(kept: Pin, other: Pin): Pin {
  if (other.pinnedAt >= kept.pinnedAt) return kept;
  const page = other.page ?? kept.page;
  return { modelId: kept.modelId, name: kept.name, pinnedAt: other.pinnedAt, ...(page && { page }) };
}

// Stable: pins pinned at the same time (all those of unknown time) keep their order.
function newestFirst(pins: readonly Pin[]): Pin[] {
  return [...pins].sort((a, b) => (a.pinnedAt === b.pinnedAt ? 0 : a.pinnedAt < b.pinnedAt ? 1 : -1));
}

function utf8Length(text: string): number {
  // Every UTF-16 unit takes at least one byte, so a long text is rejected without encoding it.
  return text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).byteLength;
}

function failure(error: string): ImportResult {
  return { ok: false, error };
}
