import { storage } from 'wxt/utils/storage';

/*
 * Items are WXT storage keys read and written with `storage.getItem`/`setItem`/`watch`, not
 * `storage.defineItem`: a defined item reads its value once as soon as it is defined (its
 * init step runs even without `init`), so defining the catalogue's item would deserialize the
 * whole catalogue in every content script on every page, and in every page that never reads it.
 */

/**
 * A key in `storage.local` that is not user data (caches, state the extension rebuilds): read
 * through `parse`, which turns anything stored, or nothing, into a value the caller can use.
 */
export interface PlainItem<T> {
  read(): Promise<T>;
  write(value: T): Promise<void>;
  watch(onChange: (value: T) => void): () => void;
  /** For writing several items in one `set`, so they never disagree in storage. */
  entry(value: T): StorageEntry;
}

export interface StorageEntry {
  key: `local:${string}`;
  value: unknown;
}

/** `serialize` turns a value into what is stored (the detection index is kept as JSON text). */
export function definePlainItem<T>(name: string, parse: (stored: unknown) => T, serialize: (value: T) => unknown = (value) => value): PlainItem<T> {
  const key = `local:${name}` as const;
  return {
    read: async () => parse(await storage.getItem(key)),
    write: (value) => storage.setItem(key, serialize(value)),
    watch: (onChange) => storage.watch<unknown>(key, (value) => onChange(parse(value))),
    entry: (value) => ({ key, value: serialize(value) }),
  };
}

/** Writes several items in one `set`: the catalogue and what is derived from it, for one. */
export function writeTogether(entries: readonly StorageEntry[]): Promise<void> {
  return storage.setItems([...entries]);
}
