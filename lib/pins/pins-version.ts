/** The stored pins' format version (PINS_SPEC's), apart from the schema so the content script can read it without zod. */
export const PINS_VERSION = 1;
