import type { Pin, PinsData } from '@/lib/pins/pin';

/** A valid pin, pinned at the given minute of 2026-01-01 (later minute, newer pin). */
export function makePin(modelId: string, minute = 0, page?: Pin['page']): Pin {
  const pinnedAt = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  return { modelId, name: `Model ${modelId}`, pinnedAt, ...(page && { page }) };
}

export function pinsOf(...pins: Pin[]): PinsData {
  return { pins };
}

export function modelIds(data: PinsData | readonly Pin[]): string[] {
  return ('pins' in data ? data.pins : data).map((pinned) => pinned.modelId);
}
