import { storage } from 'wxt/utils/storage';

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
  const stored = storage.defineItem<unknown>(key);
  return {
    read: async () => parse(await stored.getValue()),
    write: (value) => stored.setValue(serialize(value)),
    watch: (onChange) => stored.watch((value) => onChange(parse(value))),
    entry: (value) => ({ key, value: serialize(value) }),
  };
}

/** Writes several items in one `set`: the catalogue and what is derived from it, for one. */
export function writeTogether(entries: readonly StorageEntry[]): Promise<void> {
  return storage.setItems([...entries]);
}
