/** A plain object (not null, not a list): the only shape whose fields are read. */
export function isRecord(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a field the object itself holds. Stored and imported data is read field by field,
 * so an inherited key (from a polluted prototype) must never pass for data.
 */
export function ownProperty(value: object, key: string): unknown {
  return Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
}
