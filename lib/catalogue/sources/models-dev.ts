import { z } from '../../zod';
import { cleanText, isoDate, MAX_NAME_LENGTH } from '../clean-text';
import { describeTopLevel, dropUndefined, idField, lenient, parseItems, PayloadError, unusable, type ItemsReport } from '../parse-items';
import { perMillion, pricesFromUnits, withoutImpossibleCacheReads } from '../price';
import { positive, typeFromModalities, type ModelType, type PricePer, type Prices, type SourceModel, type UnitPrice } from '../source-model';

const flag = lenient(z.boolean());

const ModelsDevItem = z.object({
  id: z.string().min(1).max(300),
  name: z.string().min(1),
  family: lenient(z.string()),
  attachment: flag,
  reasoning: flag,
  tool_call: flag,
  structured_output: flag,
  open_weights: flag,
  knowledge: lenient(z.string()),
  release_date: lenient(z.string()),
  last_updated: lenient(z.string()),
  status: lenient(z.string()),
  modalities: lenient(
    z.object({ input: lenient(z.array(z.string())), output: lenient(z.array(z.string())) }),
  ),
  // A missing cost means unknown, not free; a bad number inside it is unknown too.
  cost: lenient(z.record(z.string(), z.unknown())),
  limit: lenient(z.object({ context: lenient(z.number()), output: lenient(z.number()) })),
});
type ModelsDevItem = z.output<typeof ModelsDevItem>;

const ProviderShape = z.object({
  // Taken as it is, not copied as a record: a copy skips a model keyed "__proto__" without counting it.
  models: z.custom<Record<string, unknown>>((value) => value !== null && typeof value === 'object' && !Array.isArray(value)),
  name: lenient(z.string()),
});

export interface ModelsDevParseResult {
  models: SourceModel[];
  report: ItemsReport & { providers: number; droppedProviders: string[]; newestDate?: string };
}

/** Parses models.dev `api.json`: `{ [providerId]: { name, models: { [modelId]: Model } } }`. */
export function parseModelsDev(json: unknown, fetchedAt: string): ModelsDevParseResult {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new PayloadError(`models.dev payload is not a map of providers (${describeTopLevel(json)})`);
  }
  const models: SourceModel[] = [];
  const droppedProviders: string[] = [];
  const report: ItemsReport = { total: 0, kept: 0, dropped: [] };
  let newestDate: string | undefined;

  for (const [providerId, rawProvider] of Object.entries(json)) {
    const provider = ProviderShape.safeParse(rawProvider);
    if (!provider.success || !/^[\w.-]{1,80}$/.test(providerId)) {
      droppedProviders.push(providerId.slice(0, 80));
      continue;
    }
    const entries = Object.values(provider.data.models);
    const parsed = parseItems(entries, ModelsDevItem, (item, i) => `${providerId}/${idField(item, i)}`);
    report.total += parsed.report.total;
    report.kept += parsed.report.kept;
    report.dropped.push(...parsed.report.dropped);
    for (const item of parsed.items) {
      const model = toSourceModel(providerId, item, fetchedAt);
      models.push(model);
      const updated = isoDate(item.last_updated) ?? model.releaseDate;
      if (updated && (!newestDate || updated > newestDate)) newestDate = updated;
    }
  }
  if (models.length === 0) {
    throw new PayloadError(
      report.total === 0 ? 'models.dev payload lists no providers with models' : `models.dev payload lists no usable models (${unusable(report)})`,
    );
  }
  return {
    models,
    report: { ...report, providers: Object.keys(json).length - droppedProviders.length, droppedProviders, newestDate },
  };
}

function toSourceModel(providerId: string, item: ModelsDevItem, fetchedAt: string): SourceModel {
  const input = item.modalities?.input ?? ['text'];
  const output = item.modalities?.output ?? ['text'];
  const slash = item.id.indexOf('/');
  const saysFree = /(?:[:-]free$|\(free\))/i.test(`${item.id} ${item.name}`.trim());
  const prices = item.cost ? readPrices(item.cost, saysFree) : undefined;
  return {
    source: 'models.dev',
    provider: providerId,
    sourceId: `${providerId}/${item.id}`,
    otherIds: [],
    name: cleanText(item.name, MAX_NAME_LENGTH),
    author: slash > 0 ? item.id.slice(0, slash) : undefined,
    family: item.family ?? undefined,
    type: typeOf(item.family ?? '', output, input),
    prices,
    freeVariant: saysFree || undefined,
    contextWindow: positive(item.limit?.context),
    maxOutput: positive(item.limit?.output),
    inputModalities: input,
    outputModalities: output,
    capabilities: dropUndefined({
      tools: item.tool_call ?? undefined,
      reasoning: item.reasoning ?? undefined,
      structuredOutput: item.structured_output ?? undefined,
      vision: input.includes('image'),
      attachments: item.attachment ?? undefined,
      openWeights: item.open_weights ?? undefined,
      promptCaching: item.cost ? prices?.cacheRead !== undefined : undefined,
    }),
    releaseDate: isoDate(item.release_date),
    knowledgeCutoff: isoDate(item.knowledge),
    deprecated: item.status === 'deprecated' || undefined,
    fetchedAt,
  };
}

function typeOf(family: string, output: readonly string[], input: readonly string[]): ModelType {
  if (/embed/i.test(family)) return 'embedding';
  if (/rerank/i.test(family)) return 'rerank';
  return typeFromModalities(output, input);
}

// models.dev's cost fields, all in USD per 1M tokens.
const COST_FIELDS: readonly { field: string; per: PricePer }[] = [
  { field: 'input', per: '1M input tokens' },
  { field: 'output', per: '1M output tokens' },
  { field: 'cache_read', per: '1M cache-read tokens' },
  { field: 'cache_write', per: '1M cache-write tokens' },
  { field: 'reasoning', per: '1M reasoning tokens' },
  { field: 'input_audio', per: '1M audio tokens' },
  { field: 'output_audio', per: '1M audio output tokens' },
];

/**
 * A 0 is a price only where the listing says it is free; a subscription plan, a local
 * runtime or a catalogue gap also writes 0, and none of those is a list price.
 */
function readPrices(cost: Record<string, unknown>, saysFree: boolean): Prices {
  const read = (costs: Record<string, unknown>, when?: string): UnitPrice[] =>
    COST_FIELDS.flatMap(({ field, per }) => {
      const usd = perMillion(costs[field]);
      if (usd === undefined || (usd === 0 && !saysFree)) return [];
      return [when ? { usd, per, when } : { usd, per }];
    });
  const stated = read(cost);
  const over200k = cost.context_over_200k;
  if (over200k && typeof over200k === 'object' && !Array.isArray(over200k)) {
    stated.push(...read(over200k as Record<string, unknown>, 'prompts over 200K tokens'));
  }
  const units = withoutImpossibleCacheReads(stated);
  return dropUndefined({ ...pricesFromUnits(units), units: units.length ? units : undefined });
}
