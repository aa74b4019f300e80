import { errorMessage } from '../../../error-message';
import { storage } from 'wxt/utils/storage';
import { envelope, readVersioned, type ReadOutcome, type VersionedSchema } from '../../../user-data/versioned';
import { serialQueue } from '../serial-queue';

/**
 * One user-data key in `storage.local`, kept as `{ version, data }`; the envelope never leaves
 * this item. Every context reads and watches through it; only the background writes.
 */
export interface VersionedItem<T> {
  /** What the stored value means now, without writing anything: for pages and content scripts. */
  read(): Promise<ReadOutcome<T>>;
  /**
   * Reads as `read` does and settles the outcome in storage (the background's reads): a
   * migrated value is saved after a backup of the old one; one that cannot be read is copied
   * aside and left in place, never overwritten unasked.
   */
  load(): Promise<ReadOutcome<T>>;
  /** Validates and writes; a rejected write (quota) propagates, in words a user can act on. */
  save(data: T): Promise<T>;
  /** Reads, changes and saves in one step, so changes asked for at the same time all land. */
  update(change: (current: T) => T): Promise<T>;
  /** Calls back with what each newly stored value means. */
  watch(onChange: (outcome: ReadOutcome<T>) => void): () => void;
}

// WXT's own `version`/`migrations` options (of `storage.defineItem`) are not used: they keep the
// version in a separate `key$` entry (not the envelope existing installs hold), run from
// whichever context defines the item first (a content script too), and on a failed migration
// log and carry on, with no copy kept aside. See plain-item.ts for why items are not defined.
export function defineVersionedItem<T>(name: string, spec: VersionedSchema<T>): VersionedItem<T> {
  const key = `local:${name}` as const;
  const stored = {
    getValue: () => storage.getItem<unknown>(key),
    setValue: (value: unknown) => storage.setItem(key, value),
    watch: (onChange: (value: unknown) => void) => storage.watch<unknown>(key, onChange),
  };
  // A load that migrates writes too: loads and saves of this key run one at a time, so a
  // migration of what was read before a save can never land after that save.
  const oneAtATime = serialQueue();

  async function load(): Promise<ReadOutcome<T>> {
    const value = await stored.getValue();
    const outcome = readVersioned(value, spec);
    if (outcome.kind === 'migrated') {
      await write(name, () => storage.setItem(`local:${backupKey(name, outcome.from)}`, value));
      await write(name, () => stored.setValue(envelope(spec, outcome.data)));
    } else if (outcome.kind === 'unreadable') {
      const aside = `local:${unreadableKey(name)}` as const;
      if ((await storage.getItem(aside)) === null) await storage.setItem(aside, value);
    }
    return outcome;
  }

  async function save(data: T): Promise<T> {
    const parsed = spec.schema.parse(data);
    await write(name, () => stored.setValue(envelope(spec, parsed)));
    return parsed;
  }

  return {
    read: async () => readVersioned(await stored.getValue(), spec),
    load: () => oneAtATime(load),
    save: (data) => oneAtATime(() => save(data)),
    update: (change) => oneAtATime(async () => save(change((await load()).data))),
    watch: (onChange) => stored.watch((value) => onChange(readVersioned(value, spec))),
  };
}

export function backupKey(name: string, fromVersion: number): string {
  return `${name}.backup.v${fromVersion}`;
}

export function unreadableKey(name: string): string {
  return `${name}.unreadable`;
}

/** The browser's reason for refusing a write ("QUOTA_BYTES quota exceeded") means little to a user on its own. */
async function write(name: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const reason = errorMessage(error);
    throw new Error(`Your ${name} could not be saved, so nothing was changed (the browser refused: ${reason}).`, { cause: error });
  }
}
