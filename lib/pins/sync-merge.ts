import { MAX_PINS, type Pin, type PinsData } from './pin';
import { newestFirst, newestUnpinsFirst, type SyncedPins, type Unpinned } from './sync-chunks';

/** Unpin records older than the newest this many are forgotten: the sync quota is small. */
export const MAX_UNPIN_RECORDS = 500;

export interface SyncMerge {
  /** This device's pins after hearing from the others; also the pins the sync copy should hold. */
  data: PinsData;
  /** The unpins the sync copy should hold. */
  unpinned: Unpinned[];
}

/** What the user just changed on this device, on top of the pins it holds. */
export interface LocalChange {
  unpinned: readonly Unpinned[];
  /** Models the user just pinned (or imported): they stay, whatever the sync copy says. */
  pinned: readonly string[];
}

export const NO_LOCAL_CHANGE: LocalChange = { unpinned: [], pinned: [] };

/**
 * Merges this device's pins with the sync copy so that no pin is lost: the union by model,
 * and per model the newest event wins — a pin at its time, an unpin at its. An unpin wins only
 * over an older pin (a tie keeps the pin); a model only absent from one side is never taken
 * as unpinned, and a model the user has just pinned here stays. A pin kept here keeps its name
 * and place (the sync copy has neither) and takes the newer time; pins from elsewhere join by
 * time, and a full list (MAX_PINS) takes none.
 */
export function mergeSynced(local: PinsData, change: LocalChange, remote: SyncedPins): SyncMerge {
  const unpinnedAt = new Map<string, string>();
  for (const record of [...remote.unpinned, ...change.unpinned]) {
    const known = unpinnedAt.get(record.modelId);
    if (known === undefined || record.unpinnedAt > known) unpinnedAt.set(record.modelId, record.unpinnedAt);
  }
  for (const modelId of change.pinned) unpinnedAt.delete(modelId);
  const byModel = new Map<string, Pin>(local.pins.map((pinned) => [pinned.modelId, pinned]));
  const arriving = new Map<string, Pin>();
  for (const candidate of remote.pins) {
    const current = byModel.get(candidate.modelId);
    if (current && candidate.pinnedAt > current.pinnedAt) byModel.set(candidate.modelId, { ...current, pinnedAt: candidate.pinnedAt });
    else if (!current && !arriving.has(candidate.modelId)) arriving.set(candidate.modelId, candidate);
  }
  const survives = (pinned: Pin) => {
    const unpinned = unpinnedAt.get(pinned.modelId);
    if (unpinned !== undefined && unpinned > pinned.pinnedAt) return false;
    // A newer pin makes the unpin moot.
    unpinnedAt.delete(pinned.modelId);
    return true;
  };
  const kept = [...byModel.values()].filter(survives);
  // A full list takes no more from other browsers: no pin here is pushed out to make room.
  const added = newestFirst([...arriving.values()].filter(survives)).slice(0, Math.max(0, MAX_PINS - kept.length));
  const unpinned = newestUnpinsFirst([...unpinnedAt].map(([modelId, at]) => ({ modelId, unpinnedAt: at }))).slice(0, MAX_UNPIN_RECORDS);
  return { data: { pins: insertByTime(kept, added) }, unpinned };
}

/** This device's order stays as it is; each arriving pin goes before the first pin older than it. */
function insertByTime(kept: readonly Pin[], arriving: readonly Pin[]): Pin[] {
  const pins: Pin[] = [];
  let next = 0;
  for (const pinned of kept) {
    while (next < arriving.length && arriving[next]!.pinnedAt > pinned.pinnedAt) pins.push(arriving[next++]!);
    pins.push(pinned);
  }
  return [...pins, ...arriving.slice(next)];
}

/** What a change to the pins did: the models gone (unpinned now) and the models new. */
export function changeBetween(before: PinsData, after: PinsData, now: Date): LocalChange {
  const had = new Set(before.pins.map((pinned) => pinned.modelId));
  const has = new Set(after.pins.map((pinned) => pinned.modelId));
  return {
    unpinned: [...had].filter((modelId) => !has.has(modelId)).map((modelId) => ({ modelId, unpinnedAt: now.toISOString() })),
    pinned: [...has].filter((modelId) => !had.has(modelId)),
  };
}

