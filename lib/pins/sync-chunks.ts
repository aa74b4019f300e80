import { ModelIdSchema, PinnedAtSchema, PinSchema, type Pin, type PinsData } from './pin';

/**
 * Chrome's storage.sync limits. An item's size is its key's length plus its value's JSON
 * length; the total is over every item.
 */
export const SYNC_QUOTA = { bytesPerItem: 8_192, totalBytes: 102_400, maxItems: 512 } as const;

export const SYNC_KEY_PREFIX = 'pins.';
const FORMAT_TAG = 'v1';
// Model ids never contain these, so entries need no quoting, and JSON escapes none of
// them, so a value's JSON length is its length plus two quotes.
const HEADER_SEPARATOR = ';';
const ENTRY_SEPARATOR = ',';
const FIELD_SEPARATOR = ' ';
// Marks an unpin record; never the first character of a model id, so older readers skip it.
const UNPIN_MARK = '!';
// The chunk count is only known at the end; reserve room for the widest one.
const RESERVED_HEADER_LENGTH = chunkHeader(SYNC_QUOTA.maxItems).length;

export interface SyncItems {
  items: Record<string, string>;
  /** The oldest pins, left out because the rest fill the quota. */
  omitted: number;
}

/** A model unpinned on some device, and when: another device holding an older pin drops it. */
export interface Unpinned {
  modelId: string;
  /** ISO time, UTC. */
  unpinnedAt: string;
}

/** What the sync copy says: the pins, and the unpins other devices have to hear about. */
export interface SyncedPins {
  pins: Pin[];
  unpinned: Unpinned[];
}

/**
 * A compact copy of the pins for storage.sync: model id and time only (names come back from
 * the catalogue; places stay on this device), in chunks `pins.0`, `pins.1`, … Each chunk is
 * `v1;<chunk count>;<id> <time>,<id> <time>…`, times in base-36 milliseconds; an unpin is
 * `!<id> <time>`. The newest pins that fit are kept, then the newest unpins that fit.
 */
export function toSyncItems(data: PinsData, unpinned: readonly Unpinned[] = []): SyncItems {
  const entries = [...newestFirst(data.pins).map(encodeEntry), ...newestUnpinsFirst(unpinned).map(encodeUnpin)];
  // The chunk being filled has index chunks.length.
  const chunks: string[][] = [];
  let open: string[] = [];
  let openLength = 0;
  let closedBytes = 0;
  let kept = 0;
  for (const entry of entries) {
    let length = open.length === 0 ? entry.length : openLength + ENTRY_SEPARATOR.length + entry.length;
    if (open.length > 0 && itemBytes(chunks.length, length) > SYNC_QUOTA.bytesPerItem) {
      if (chunks.length + 1 === SYNC_QUOTA.maxItems) break;
      closedBytes += itemBytes(chunks.length, openLength);
      chunks.push(open);
      open = [];
      length = entry.length;
    }
    if (closedBytes + itemBytes(chunks.length, length) > SYNC_QUOTA.totalBytes) break;
    open.push(entry);
    openLength = length;
    kept += 1;
  }
  chunks.push(open);
  const items: Record<string, string> = {};
  chunks.forEach((entries, index) => {
    items[syncKey(index)] = chunkHeader(chunks.length) + entries.join(ENTRY_SEPARATOR);
  });
  return { items, omitted: Math.max(0, data.pins.length - kept) };
}

// Ties broken by id: every device orders (and so encodes) the same pins the same way, so two
// browsers that agree write the same sync copy, which the browser then does not pass on.
export function newestFirst(pins: readonly Pin[]): Pin[] {
  return [...pins].sort((a, b) => compareNewestFirst(a.pinnedAt, b.pinnedAt) || compareIds(a.modelId, b.modelId));
}

export function newestUnpinsFirst(unpinned: readonly Unpinned[]): Unpinned[] {
  return [...unpinned].sort((a, b) => compareNewestFirst(a.unpinnedAt, b.unpinnedAt) || compareIds(a.modelId, b.modelId));
}

function compareNewestFirst(a: string, b: string): number {
  return a === b ? 0 : a < b ? 1 : -1;
}

function compareIds(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/**
 * Reads back what it can: a missing or corrupt chunk costs its own pins only. Chunks at or
 * past the count that the first readable chunk gives are left over from a longer list
 * whose removal failed, and are ignored.
 */
export function fromSyncItems(items: Record<string, unknown>): SyncedPins {
  const chunks = Object.entries(items)
    .map(([key, value]) => readChunk(key, value))
    .filter((chunk) => chunk !== undefined)
    .sort((a, b) => a.index - b.index);
  const chunkCount = chunks[0]?.chunkCount ?? 0;
  const pins: Pin[] = [];
  const unpinned: Unpinned[] = [];
  const seen = new Set<string>();
  const seenUnpinned = new Set<string>();
  for (const chunk of chunks) {
    if (chunk.index >= chunkCount) break;
    for (const entry of chunk.entries) {
      if (entry.startsWith(UNPIN_MARK)) {
        const record = decodeUnpin(entry.slice(UNPIN_MARK.length));
        if (record && !seenUnpinned.has(record.modelId)) {
          seenUnpinned.add(record.modelId);
          unpinned.push(record);
        }
        continue;
      }
      const pinned = decodeEntry(entry);
      if (pinned && !seen.has(pinned.modelId)) {
        seen.add(pinned.modelId);
        pins.push(pinned);
      }
    }
  }
  return { pins, unpinned };
}

interface Chunk {
  index: number;
  chunkCount: number;
  entries: string[];
}

const CHUNK_NUMBER = /^(0|[1-9]\d{0,2})$/;

function readChunk(key: string, value: unknown): Chunk | undefined {
  if (!key.startsWith(SYNC_KEY_PREFIX) || typeof value !== 'string') return undefined;
  const index = key.slice(SYNC_KEY_PREFIX.length);
  const [tag, chunkCount, body, ...rest] = value.split(HEADER_SEPARATOR);
  if (!CHUNK_NUMBER.test(index) || tag !== FORMAT_TAG || chunkCount === undefined || !CHUNK_NUMBER.test(chunkCount)) return undefined;
  if (body === undefined || rest.length > 0) return undefined;
  return { index: Number(index), chunkCount: Number(chunkCount), entries: body === '' ? [] : body.split(ENTRY_SEPARATOR) };
}

function encodeEntry(pinned: Pin): string {
  return `${pinned.modelId}${FIELD_SEPARATOR}${Date.parse(pinned.pinnedAt).toString(36)}`;
}

function encodeUnpin(record: Unpinned): string {
  return `${UNPIN_MARK}${record.modelId}${FIELD_SEPARATOR}${Date.parse(record.unpinnedAt).toString(36)}`;
}

const TIME_PATTERN = /^-?[0-9a-z]{1,12}$/;

/** A model id and a time, both checked; anything else is not an entry. */
function decodeIdAndTime(entry: string): { modelId: string; time: string } | undefined {
  const [modelId, time, ...rest] = entry.split(FIELD_SEPARATOR);
  if (rest.length > 0 || time === undefined || !TIME_PATTERN.test(time) || !ModelIdSchema.safeParse(modelId).success) {
    return undefined;
  }
  const date = new Date(parseInt(time, 36));
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = PinnedAtSchema.safeParse(date.toISOString());
  return iso.success ? { modelId: modelId!, time: iso.data } : undefined;
}

function decodeEntry(entry: string): Pin | undefined {
  const decoded = decodeIdAndTime(entry);
  if (!decoded) return undefined;
  const result = PinSchema.safeParse({ modelId: decoded.modelId, name: decoded.modelId, pinnedAt: decoded.time });
  return result.success ? result.data : undefined;
}

function decodeUnpin(entry: string): Unpinned | undefined {
  const decoded = decodeIdAndTime(entry);
  return decoded && { modelId: decoded.modelId, unpinnedAt: decoded.time };
}

function chunkHeader(chunkCount: number): string {
  return `${FORMAT_TAG}${HEADER_SEPARATOR}${chunkCount}${HEADER_SEPARATOR}`;
}

function syncKey(index: number): string {
  return `${SYNC_KEY_PREFIX}${index}`;
}

function itemBytes(index: number, entriesLength: number): number {
  return syncKey(index).length + RESERVED_HEADER_LENGTH + entriesLength + '""'.length;
}
