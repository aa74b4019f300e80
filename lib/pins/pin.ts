import { cleanText, MAX_NAME_LENGTH } from '../catalogue/clean-text';
import { z } from '../zod';

/** A model kept for later, with where and when it was pinned. */
export interface Pin {
  modelId: string;
  name: string;
  /** ISO time, UTC (`toISOString()`), so times compare as strings. */
  pinnedAt: string;
  page?: PinPage;
}

export interface PinPage {
  url: string;
  title: string;
}

/** Newest pin first. */
export interface PinsData {
  pins: Pin[];
}

export const MAX_PINS = 5_000;
const MAX_MODEL_ID_LENGTH = 300;
const MAX_PAGE_TITLE_LENGTH = 200;
// The practical limit browsers and servers share. A longer url is dropped rather than cut,
// since a cut url opens a different page.
const MAX_PAGE_URL_LENGTH = 2_048;

/** Pins kept from before pin times were recorded: the time is unknown, not invented. */
export const UNKNOWN_PINNED_AT = '1970-01-01T00:00:00.000Z';

// Every catalogue id uses only these (`anthropic/claude-sonnet-4:beta`, `~vendor/model`,
// `model@20250929`, `org/model+variant`); nothing here needs escaping anywhere it is shown.
const MODEL_ID_PATTERN = /^[A-Za-z0-9._\-:/~@+]+$/;

export const ModelIdSchema = z.string().trim().min(1).max(MAX_MODEL_ID_LENGTH).regex(MODEL_ID_PATTERN, 'not a model id');

/** Any ISO date-time with a zone, normalised to UTC milliseconds. */
export const PinnedAtSchema = z.iso
  .datetime({ offset: true })
  .transform((text, context) => {
    const time = Date.parse(text);
    if (Number.isNaN(time)) {
      context.issues.push({ code: 'custom', message: 'not a real time', input: text });
      return z.NEVER;
    }
    return new Date(time).toISOString();
  })
  // An offset can push a time past year 9999, where toISOString() stops being ISO.
  .pipe(z.iso.datetime());

// Only places that can be opened safely are kept: never javascript:, data: or file:. The
// normalised href percent-encodes controls and bidi characters, so a url is inert text too.
const PageUrlSchema = z.url({ protocol: /^https?$/, normalize: true }).max(MAX_PAGE_URL_LENGTH);

const PageSchema = z.object({
  url: PageUrlSchema,
  title: z
    .string()
    .catch('')
    .transform((title) => cleanText(title, MAX_PAGE_TITLE_LENGTH)),
});

export const PinSchema: z.ZodType<Pin> = z
  .object({
    modelId: ModelIdSchema,
    name: z.string(),
    pinnedAt: PinnedAtSchema,
    // A place that cannot be kept safely is forgotten; the pin itself stays.
    page: PageSchema.optional().catch(undefined),
  })
  .transform(({ modelId, name, pinnedAt, page }) => ({
    modelId,
    name: cleanText(name, MAX_NAME_LENGTH) || cleanText(modelId, MAX_NAME_LENGTH),
    pinnedAt,
    ...(page && { page }),
  }));

export const PinsDataSchema: z.ZodType<PinsData> = z.object({ pins: z.array(PinSchema).max(MAX_PINS) });

export function emptyPins(): PinsData {
  return { pins: [] };
}
