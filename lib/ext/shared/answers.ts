import { z } from '../../zod-mini';
import type { RequestType } from './messages';

/*
 * What the background answers, checked where the answer arrives (pages, the card, the content
 * script). The background builds these from its own validated data; the check is for the
 * boundary itself: an older background after an update, a half-delivered reply. Objects are
 * loose: the fields each caller relies on are checked, any others pass through.
 */

const Text = z.string();
const Count = z.number().check(z.int(), z.minimum(0));
const NamedModel = z.looseObject({ id: Text, name: Text });

const Status = z.looseObject({
  catalogue: z.optional(z.looseObject({ origin: z.enum(['bundled', 'live']), dataAsOf: Text, builtAt: Text, modelCount: Count, sources: z.array(Text) })),
  refresh: z.looseObject({ state: z.enum(['never', 'ok', 'failed']), consecutiveFailures: Count }),
});
const Settings = z.looseObject({
  theme: Text,
  trigger: Text,
  disabledSites: z.array(Text),
  extraSites: z.array(Text),
  recordSightings: z.boolean(),
});
const Pins = z.looseObject({ pins: z.array(z.looseObject({ modelId: Text, name: Text, pinnedAt: Text })) });
const ModelDetails = z.looseObject({
  model: NamedModel,
  sources: z.looseObject({}),
  pinned: z.boolean(),
  comparePending: z.optional(NamedModel),
  settings: z.looseObject({ theme: Text }),
});
const HubDetails = z.union([
  z.looseObject({ ok: z.literal(true), repoId: Text, stats: z.looseObject({}), fetchedAt: Text, sameWeightsAs: z.optional(ModelDetails) }),
  z.looseObject({ ok: z.literal(false), repoId: Text, error: Text }),
]);
const Nothing = z.undefined();

export const ANSWER_SCHEMAS = {
  getStatus: Status,
  refreshNow: Status,
  getSettings: Settings,
  updateSettings: Settings,
  getModel: z.nullable(ModelDetails),
  getHubModel: HubDetails,
  changePins: Pins,
  importPins: z.object({ added: Count, skipped: Count, leftOut: Count }),
  exportPins: Text,
  pageMentions: Nothing,
  hovered: Nothing,
  compareWith: z.object({ opened: z.boolean(), pending: z.optional(NamedModel) }),
  openComparison: Nothing,
  loadCard: Nothing,
  enableSite: Settings,
  disableSite: Settings,
  startInTab: Nothing,
  clearSightings: Nothing,
} satisfies Record<RequestType, z.ZodMiniType>;

/** Errors cross the message boundary as data, so the caller can show them. */
export const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.optional(z.unknown()) }),
  z.object({ ok: z.literal(false), error: Text }),
]);
