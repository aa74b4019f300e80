import { z } from '../../zod';
import { cleanText, isoDate, MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH, unixSecondsToIsoDate } from '../clean-text';
import { describeTopLevel, dropUndefined, idField, lenient, parseItems, PayloadError, unusable, type ItemsReport } from '../parse-items';
import { pricesFromUnits, perTokenToPerMillion, perUnit, withoutImpossibleCacheReads } from '../price';
import { positive, typeFromModalities, type ModelType, type PricePer, type Prices, type SourceModel, type UnitPrice } from '../source-model';

const strings = lenient(z.array(z.string()));

const OpenRouterItem = z.object({
  id: z
    .string()
    .max(300)
    .regex(/^~?[\w.-]+\/[\w.:+-]+$/, 'not an author/slug id'),
  name: z.string().min(1),
  canonical_slug: lenient(z.string()),
  hugging_face_id: lenient(z.string()),
  created: lenient(z.number()),
  description: lenient(z.string()),
  context_length: lenient(z.number()),
  architecture: lenient(
    z.object({ input_modalities: strings, output_modalities: strings, modality: lenient(z.string()) }),
  ),
  // Each price is read on its own: a bad one is unknown, the rest stand ("overrides" is an array).
  pricing: lenient(z.record(z.string(), z.unknown())),
  top_provider: lenient(
    z.object({ context_length: lenient(z.number()), max_completion_tokens: lenient(z.number()) }),
  ),
  supported_parameters: strings,
  knowledge_cutoff: lenient(z.string()),
  expiration_date: lenient(z.string()),
  alias_target: lenient(z.object({ slug: z.string() })),
  benchmarks: lenient(
    z.object({
      design_arena: lenient(z.array(lenient(z.object({ category: z.string(), elo: z.number() })))),
      artificial_analysis: lenient(
        z.object({
          intelligence_index: lenient(z.number()),
          coding_index: lenient(z.number()),
          agentic_index: lenient(z.number()),
        }),
      ),
    }),
  ),
});
type OpenRouterItem = z.output<typeof OpenRouterItem>;

const OpenRouterPayload = z.object({ data: z.array(z.unknown()) });

export interface OpenRouterParseResult {
  models: SourceModel[];
  report: ItemsReport & { variants: number; aliases: number; unknownPrices: number };
}

/** Parses `GET /api/v1/models` (with or without `output_modalities=all`). */
export function parseOpenRouter(json: unknown, fetchedAt: string): OpenRouterParseResult {
  const payload = OpenRouterPayload.safeParse(json);
  if (!payload.success) {
    throw new PayloadError(`OpenRouter payload has no "data" list (${describeTopLevel(json)})`);
  }
  const { items, report } = parseItems(payload.data.data, OpenRouterItem, (item, i) => idField(item, i));

  const groups = new Map<string, OpenRouterItem[]>();
  const movingAliases: OpenRouterItem[] = [];
  for (const item of items) {
    if (item.id.startsWith('~')) {
      movingAliases.push(item);
      continue;
    }
    const base = baseId(item.id);
    const group = groups.get(base);
    if (group) group.push(item);
    else groups.set(base, [item]);
  }

  let unknownPrices = 0;
  const models = new Map<string, SourceModel>();
  for (const [base, group] of groups) {
    const model = toSourceModel(base, group, fetchedAt);
    if (model.type !== 'router' && (model.prices?.input === undefined || model.prices.output === undefined)) {
      unknownPrices += 1;
    }
    models.set(base, model);
  }

  // `~author/…-latest` ids move with their target: they are names of it, not models.
  let aliases = 0;
  for (const alias of movingAliases) {
    const target = alias.alias_target ? models.get(baseId(alias.alias_target.slug)) : newestInFamily(alias.id, groups, models);
    if (target) {
      target.otherIds.push(alias.id);
      aliases += 1;
    } else {
      report.dropped.push({ id: alias.id, reason: 'moving alias without a listed target' });
      report.kept -= 1;
    }
  }

  // An empty list, or every item in a shape we do not know, is an upstream fault, not a catalogue.
  if (models.size === 0) {
    throw new PayloadError(`OpenRouter payload lists no usable models (${unusable(report)})`);
  }

  return {
    models: [...models.values()],
    report: { ...report, variants: items.length - movingAliases.length - groups.size, aliases, unknownPrices },
  };
}

/**
 * Listings before mid-2026 have no `alias_target`: `~anthropic/claude-sonnet-latest` then
 * means the newest `anthropic/claude-sonnet…` model, which is what OpenRouter resolves it to.
 */
function newestInFamily(
  aliasId: string,
  groups: ReadonlyMap<string, OpenRouterItem[]>,
  models: ReadonlyMap<string, SourceModel>,
): SourceModel | undefined {
  const stem = aliasId.slice(1).replace(/-latest$/, '');
  let newest: { id: string; created: number } | undefined;
  for (const [id, group] of groups) {
    if (!id.startsWith(stem)) continue;
    const created = Math.max(...group.map((item) => item.created ?? 0));
    if (!newest || created > newest.created) newest = { id, created };
  }
  return newest && models.get(newest.id);
}

/** `openai/gpt-4o:free` and `openai/gpt-4o:batch` are variants of `openai/gpt-4o`. */
export function baseId(id: string): string {
  const colon = id.indexOf(':');
  return colon === -1 ? id : id.slice(0, colon);
}

function toSourceModel(base: string, group: OpenRouterItem[], fetchedAt: string): SourceModel {
  // The plain id carries the list price; a :free variant alone still describes the model.
  const main =
    group.find((item) => item.id === base) ?? group.find((item) => !item.id.endsWith(':free')) ?? group[0]!;
  const { name, authorName } = splitAuthorName(main.name);
  const inputModalities = main.architecture?.input_modalities ?? ['text'];
  const outputModalities = main.architecture?.output_modalities ?? ['text'];
  const prices = readPrices(main.pricing, main.id.endsWith(':free'));
  const parameters = new Set(main.supported_parameters ?? []);
  const isRouter = main.pricing?.prompt === '-1' || main.pricing?.completion === '-1';
  const aa = main.benchmarks?.artificial_analysis;
  const type = isRouter ? 'router' : typeFromModalities(outputModalities, inputModalities);
  const arena = arenaEntry(main.benchmarks?.design_arena, type);
  const contextWindow = positive(main.context_length) ?? positive(main.top_provider?.context_length);

  return {
    source: 'openrouter',
    provider: 'openrouter',
    sourceId: base,
    otherIds: group
      .map((item) => item.id)
      .concat(main.canonical_slug ? [main.canonical_slug] : [])
      .filter((id, i, all) => id !== base && all.indexOf(id) === i),
    name,
    author: base.slice(0, base.indexOf('/')),
    authorName,
    type,
    description: main.description ? cleanText(main.description, MAX_DESCRIPTION_LENGTH) : undefined,
    prices,
    // Free only where OpenRouter says so: a 0/0 listing of an image or video model means
    // "not priced per token", not "free".
    freeVariant: !isRouter && group.some((item) => item.id.endsWith(':free')),
    contextWindow,
    maxOutput: positive(main.top_provider?.max_completion_tokens),
    inputModalities,
    outputModalities,
    capabilities: {
      tools: parameters.has('tools'),
      reasoning: parameters.has('reasoning') || parameters.has('include_reasoning'),
      structuredOutput: parameters.has('structured_outputs') || parameters.has('response_format'),
      vision: inputModalities.includes('image'),
      attachments: inputModalities.includes('file'),
      webSearch: parameters.has('web_search_options') || (prices.webSearch ?? 0) > 0,
      promptCaching: prices.cacheRead !== undefined,
    },
    releaseDate: unixSecondsToIsoDate(main.created),
    knowledgeCutoff: isoDate(main.knowledge_cutoff),
    expiresAt: realExpiry(main.expiration_date),
    huggingFaceId: main.hugging_face_id?.trim() || undefined,
    benchmarks:
      (aa && (aa.intelligence_index != null || aa.coding_index != null || aa.agentic_index != null)) || arena
        ? dropUndefined({
            intelligence: aa?.intelligence_index ?? undefined,
            coding: aa?.coding_index ?? undefined,
            agentic: aa?.agentic_index ?? undefined,
            arenaElo: arena?.elo,
            arenaCategory: arena?.category,
          })
        : undefined,
    fetchedAt,
  };
}

// The Design Arena category that measures what a kind of model makes; text models' arenas
// (websites, games, slides) measure coding, which the benchmark indices already cover.
const ARENA_CATEGORY: Partial<Record<ModelType, string>> = { image: 'image', video: 'video', speech: 'text-to-speech' };

function arenaEntry(
  entries: readonly ({ category: string; elo: number } | null | undefined)[] | null | undefined,
  type: ModelType,
): { category: string; elo: number } | undefined {
  const category = ARENA_CATEGORY[type];
  for (const entry of entries ?? []) {
    if (entry && entry.category === category && Number.isFinite(entry.elo)) return entry;
  }
  return undefined;
}

// Each OpenRouter pricing field and the unit it is sold in; token prices come per token.
const PRICE_FIELDS: readonly { field: string; per: PricePer; perToken: boolean }[] = [
  { field: 'prompt', per: '1M input tokens', perToken: true },
  { field: 'completion', per: '1M output tokens', perToken: true },
  { field: 'input_cache_read', per: '1M cache-read tokens', perToken: true },
  { field: 'input_cache_write', per: '1M cache-write tokens', perToken: true },
  { field: 'input_cache_write_1h', per: '1M cache-write tokens (1h)', perToken: true },
  { field: 'internal_reasoning', per: '1M reasoning tokens', perToken: true },
  { field: 'image_token', per: '1M image tokens', perToken: true },
  { field: 'image_output', per: '1M image output tokens', perToken: true },
  { field: 'audio', per: '1M audio tokens', perToken: true },
  { field: 'audio_output', per: '1M audio output tokens', perToken: true },
  { field: 'input_audio_cache', per: '1M audio cache tokens', perToken: true },
  { field: 'image', per: 'image', perToken: false },
  { field: 'request', per: 'request', perToken: false },
  { field: 'web_search', per: 'web search', perToken: false },
];

const Override = z.object({ min_prompt_tokens: z.number().positive() }).passthrough();

/**
 * Every price the listing publishes, in its own unit. A 0 is a price only in a listing that
 * says it is free (a `:free` variant); elsewhere it means "not sold this way" and is dropped.
 */
export function readPrices(pricing: Record<string, unknown> | null | undefined, saysFree: boolean): Prices & { webSearch?: number } {
  if (!pricing) return {};
  const stated = unitPrices(pricing, saysFree);
  const overrides = Array.isArray(pricing.overrides) ? pricing.overrides : [];
  for (const raw of overrides) {
    const override = Override.safeParse(raw);
    if (!override.success) continue;
    const when = `prompts over ${formatThousands(override.data.min_prompt_tokens)} tokens`;
    stated.push(...unitPrices(override.data, saysFree).map((unit) => ({ ...unit, when })));
  }
  const units = withoutImpossibleCacheReads(stated);
  return dropUndefined({
    ...pricesFromUnits(units),
    units: units.length ? units : undefined,
    webSearch: units.find((u) => u.per === 'web search')?.usd,
  });
}

function unitPrices(pricing: Record<string, unknown>, saysFree: boolean): UnitPrice[] {
  return PRICE_FIELDS.flatMap(({ field, per, perToken }) => {
    const usd = perToken ? perTokenToPerMillion(pricing[field]) : perUnit(pricing[field]);
    return usd === undefined || (usd === 0 && !saysFree) ? [] : [{ usd, per }];
  });
}

function formatThousands(tokens: number): string {
  return tokens % 1000 === 0 ? `${tokens / 1000}K` : String(tokens);
}

/** "Anthropic: Claude Sonnet 4" → name "Claude Sonnet 4", author "Anthropic"; variant tags dropped. */
export function splitAuthorName(raw: string): { name: string; authorName?: string } {
  const text = cleanText(raw, MAX_NAME_LENGTH);
  const match = /^([^:]{1,40}):\s+(.+)$/.exec(text);
  const name = (match ? match[2]! : text).replace(/\s*\((?:free|batch|thinking|extended|beta)\)$/i, '');
  return match ? { name, authorName: match[1] } : { name };
}



// OpenRouter writes 2098-12-31 for "no planned expiry".
function realExpiry(raw: string | null | undefined): string | undefined {
  const date = isoDate(raw);
  return date && Number(date.slice(0, 4)) < 2090 ? date : undefined;
}

