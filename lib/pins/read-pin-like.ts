import { isRecord, ownProperty } from './own-property';
import { ModelIdSchema, PinnedAtSchema, PinSchema, UNKNOWN_PINNED_AT, type Pin } from './pin';

/**
 * Reads one pin from a looser shape than the stored one — unversioned data from before
 * envelopes, or an import file: a bare model id, or an object with `modelId` (or `id`) and
 * optional `name`, `pinnedAt`, `page` (or top-level `url` and `title`). What is missing or
 * unreadable besides the id gets a safe stand-in, so the pin is kept; without an id there
 * is nothing to keep.
 */
export function readPinLike(item: unknown): Pin | undefined {
  if (typeof item === 'string') return parsePin({ modelId: item, name: item, pinnedAt: UNKNOWN_PINNED_AT });
  if (!isRecord(item)) return undefined;
  const modelId = [ownProperty(item, 'modelId'), ownProperty(item, 'id')].find(isModelId);
  if (modelId === undefined) return undefined;
  const name = ownProperty(item, 'name');
  const pinnedAt = ownProperty(item, 'pinnedAt');
  const page = ownProperty(item, 'page');
  const place = isRecord(page) ? page : item;
  return parsePin({
    modelId,
    name: typeof name === 'string' ? name : modelId,
    pinnedAt: PinnedAtSchema.safeParse(pinnedAt).success ? pinnedAt : UNKNOWN_PINNED_AT,
    page: { url: ownProperty(place, 'url'), title: ownProperty(place, 'title') },
  });
}

/** Reads a list item by item: one bad item costs that item, and is counted. */
export function readPinList(items: readonly unknown[]): { pins: Pin[]; unreadable: number } {
  const pins: Pin[] = [];
  for (const item of items) {
    const pin = readPinLike(item);
    if (pin) pins.push(pin);
  }
  return { pins, unreadable: items.length - pins.length };
}

function isModelId(value: unknown): value is string {
  return ModelIdSchema.safeParse(value).success;
}

function parsePin(candidate: Partial<Record<keyof Pin, unknown>>): Pin | undefined {
  const result = PinSchema.safeParse(candidate);
  return result.success ? result.data : undefined;
}
