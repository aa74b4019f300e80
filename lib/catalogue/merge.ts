import type { CatalogueModel, Field, PriceFields, SourceRef, Sourced } from './catalogue';
import { modelKey, sameMaker } from './model-key';
import { dropUndefined } from './parse-items';
import { baseId } from './sources/openrouter';
import { CAPABILITIES, type Capability, type Prices, type SourceModel } from './source-model';

export type MergedModel = Omit<CatalogueModel, 'rank'>;

/**
 * Groups source records that describe the same model into one record each.
 *
 * Records are joined when any of their ids or names fold to the same key
 * (see `modelKey`), strongest evidence first (Hugging Face ids, then ids, then names),
 * but a group never holds two different OpenRouter models (OpenRouter ids are distinct
 * models by definition, and that stops a loose name from chaining two models together)
 * nor two dates of a model that one provider lists apart (see `DatedReleases`).
 * Hugging Face records only enrich the model they join.
 */
export function mergeSources(records: readonly SourceModel[]): MergedModel[] {
  const keyOf = memoise((text) => modelKey(text));
  const exactKeyOf = memoise((text) => modelKey(text, 'exact'));
  const releaseKeyOf = memoise((text) => modelKey(text, 'release'));
  // models.dev copies OpenRouter's moving `~…-latest` aliases (under OpenRouter and resellers) as if they were models.
  const servable = records.filter((record) => record.source !== 'huggingface' && !isMovingAliasListing(record));
  const releases = new DatedReleases(servable, keyOf, releaseKeyOf);
  const latest = new LatestIds(servable, keyOf);
  const groups = new Groups(servable.map((record) => identityOf(record, releases)));

  // Ids folded step by step: "kimi-k2" joins "moonshotai/kimi-k2" and "kimi-k2-0905-preview"
  // joins "kimi-k2-0905" before either could fall into the loose key "kimi k 2" they all share.
  const passes = [
    anchorKeys,
    hubKeys,
    idKeysWith(exactKeyOf, 'exact', releases, latest),
    idKeysWith(releaseKeyOf, 'release', releases, latest),
    idKeysWith(keyOf, 'id', releases, latest),
    nameKeysFor(servable, releases),
  ];
  for (const keysOf of passes) {
    const firstWithKey = new Map<string, number>();
    servable.forEach((record, index) => {
      for (const key of keysOf(record)) {
        const first = firstWithKey.get(key);
        if (first === undefined) firstWithKey.set(key, index);
        else groups.union(first, index);
      }
    });
  }

  const hubRecords = new HubIndex(records.filter((r) => r.source === 'huggingface'));

  const makers = new Makers(servable, keyOf);
  return claimIds(groups.members().map((indexes) => toMergedModel(indexes.map((i) => servable[i]!), hubRecords, makers)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The OpenRouter model a record is, if it is one (from OpenRouter itself or models.dev's OpenRouter listing). */
function anchorOf(record: SourceModel): string | undefined {
  if (record.source === 'openrouter') return record.sourceId;
  if (record.source === 'models.dev' && record.provider === 'openrouter') {
    return baseId(record.sourceId.slice('openrouter/'.length));
  }
  return undefined;
}

/** Any provider's copy of an OpenRouter `~…-latest` alias, priced as whatever it pointed at when copied. */
function isMovingAliasListing(record: SourceModel): boolean {
  return record.source === 'models.dev' && record.sourceId.startsWith(`${record.provider}/~`);
}

/** The same OpenRouter model, whichever source lists it, joins first. */
function anchorKeys(record: SourceModel): string[] {
  const anchor = anchorOf(record);
  return anchor ? [`anchor:${anchor}`] : [];
}

function hubKeys(record: SourceModel): string[] {
  const keys: string[] = [];
  if (record.huggingFaceId) keys.push(`hf:${record.huggingFaceId.toLowerCase()}`);
  return keys;
}

function idKeysWith(
  keyOf: (text: string) => string,
  kind: string,
  releases: DatedReleases,
  latest: LatestIds,
): (record: SourceModel) => string[] {
  return (record) => {
    const ids = [record.sourceId, ...record.otherIds].filter((id) => !latest.moves(id, record));
    const keys = ids.map((id) => [id, keyOf(id)] as const).filter(([id, key]) => key && releases.identifies(id, key));
    return unique(keys.map(([, key]) => `${kind}:${key}`));
  };
}

/**
 * "~openai/gpt-latest", "mistral-medium-latest": ids that move from model to model over time
 * would chain every model they ever pointed at into one group. A "-latest" id still joins its
 * copies at other providers where it names one model: where the listing's name states the id's
 * own version and no other ("chatgpt-4o-latest", "OpenAI ChatGPT-4o"), not a versioned model it
 * points at ("Mistral Medium 3.1"), or where every listing of the id gives the same name.
 */
class LatestIds {
  private readonly namesById = new Map<string, Set<string>>();

  constructor(
    records: readonly SourceModel[],
    private readonly keyOf: (text: string) => string,
  ) {
    for (const record of records) {
      if (!LATEST_END.test(record.sourceId)) continue;
      const id = keyOf(record.sourceId);
      this.namesById.set(id, (this.namesById.get(id) ?? new Set<string>()).add(keyOf(record.name)));
    }
  }

  moves(id: string, record: SourceModel): boolean {
    if (id.startsWith('~')) return true;
    if (!LATEST_END.test(id)) return false;
    if (id !== record.sourceId) return true;
    const key = this.keyOf(id);
    return versionOf(key) !== versionOf(this.keyOf(record.name)) && this.namesById.get(key)!.size > 1;
  }
}

const LATEST_END = /[-_.]latest$/;

// The numbers of a key, in order: "gpt 5 1 chat latest" → "5 1".
function versionOf(key: string): string {
  return key.match(/\p{N}+/gu)?.join(' ') ?? '';
}

/**
 * Names join records across sources, except where one provider gives the same name to
 * two different ids (then the name does not identify a model).
 */
function nameKeysFor(records: readonly SourceModel[], releases: DatedReleases): (record: SourceModel) => string[] {
  const idKeysByProviderName = new Map<string, Set<string>>();
  for (const record of records) {
    const slot = `${record.provider}\u0000${releases.keyOf(record.name)}`;
    const set = idKeysByProviderName.get(slot) ?? new Set<string>();
    set.add(releases.keyOf(record.sourceId));
    idKeysByProviderName.set(slot, set);
  }
  return (record) => {
    const key = releases.keyOf(record.name);
    if (!key) return [];
    const ambiguous = (idKeysByProviderName.get(`${record.provider}\u0000${key}`)?.size ?? 0) > 1;
    return ambiguous ? [] : [`id:${key}`];
  };
}

/** What a group may hold only one of: its OpenRouter model, and each provider's dated release. */
function identityOf(record: SourceModel, releases: DatedReleases): Map<string, string> {
  const identity = new Map<string, string>();
  const anchor = anchorOf(record);
  if (anchor) identity.set('openrouter', anchor);
  const release = releases.slotOf(record);
  if (release) identity.set(release.slot, release.date);
  return identity;
}

/**
 * A provider that lists two dates of one model ("claude-3-5-sonnet-20240620" and
 * "claude-3-5-sonnet-20241022") says they are different releases: a group holds one of that
 * provider's dates at most, and wherever that model is listed, neither an id with its date
 * folded away nor an undated id ("claude-3.5-sonnet" at a reseller) joins by id, since it does
 * not say which release it is (names still can: "Claude Sonnet 3.5 v2", "Kimi K2 0711"). An undated id
 * that OpenRouter lists as a model ("openai/gpt-3.5-turbo") names that model.
 */
class DatedReleases {
  private readonly ambiguous = new Set<string>();
  private readonly modelsOfTheirOwn = new Set<string>();

  constructor(
    records: readonly SourceModel[],
    private readonly looseKeyOf: (text: string) => string,
    private readonly releaseKeyOf: (text: string) => string,
  ) {
    const datesByProviderKey = new Map<string, { key: string; dates: Set<string> }>();
    for (const record of records) {
      const key = looseKeyOf(record.sourceId);
      const date = this.dateOf(record.sourceId);
      if (date === undefined) {
        if (anchorOf(record)) this.modelsOfTheirOwn.add(key);
        continue;
      }
      const slot = `${record.provider}\u0000${key}`;
      const entry = datesByProviderKey.get(slot) ?? { key, dates: new Set<string>() };
      entry.dates.add(date);
      datesByProviderKey.set(slot, entry);
    }
    for (const { key, dates } of datesByProviderKey.values()) if (dates.size > 1) this.ambiguous.add(key);
  }

  /** The release a record's own id states, where its provider lists other dates of the model. */
  slotOf(record: SourceModel): { slot: string; date: string } | undefined {
    const key = this.looseKeyOf(record.sourceId);
    const date = this.dateOf(record.sourceId);
    if (date === undefined || !this.ambiguous.has(key)) return undefined;
    return { slot: `dated:${record.provider}\u0000${key}`, date };
  }

  /** The loose key of a name or id, but with its date where dates tell a provider's releases apart ("Kimi K2 0711"). */
  keyOf(text: string): string {
    const key = this.looseKeyOf(text);
    return this.ambiguous.has(key) ? this.releaseKeyOf(text) : key;
  }

  /** Whether `passKey`, the key of `id` in one of the id passes, points at one release. */
  identifies(id: string, passKey: string): boolean {
    const key = this.looseKeyOf(id);
    if (!this.ambiguous.has(key)) return true;
    if (this.dateOf(id) !== undefined) return passKey !== key;
    return this.modelsOfTheirOwn.has(key);
  }

  // The dated part of an id's key ("20241022"), if the id has one.
  private dateOf(id: string): string | undefined {
    const key = this.looseKeyOf(id);
    const release = this.releaseKeyOf(id);
    return release === key ? undefined : release;
  }
}

/**
 * Hugging Face records by repo id and, because repos get renamed (OpenRouter still names
 * `meta-llama/Meta-Llama-3.1-8B-Instruct`, now `meta-llama/Llama-3.1-8B-Instruct`), by
 * owner plus repo name with punctuation and a "Meta-" prefix folded away. Not by `modelKey`:
 * on the Hub a base model and its instruct build are different repos.
 */
class HubIndex {
  private readonly byId = new Map<string, SourceModel>();
  private readonly byOwnerKey = new Map<string, SourceModel>();

  constructor(records: readonly SourceModel[]) {
    for (const record of records) {
      this.byId.set(record.sourceId.toLowerCase(), record);
      this.byOwnerKey.set(this.ownerKey(record.sourceId), record);
    }
  }

  find(repoId: string): SourceModel | undefined {
    return this.byId.get(repoId.toLowerCase()) ?? this.byOwnerKey.get(this.ownerKey(repoId));
  }

  private ownerKey(repoId: string): string {
    const [owner = '', name = ''] = repoId.toLowerCase().split('/');
    return `${owner}/${name.replace(/[^a-z0-9]/g, '').replace(/^metallama/, 'llama')}`;
  }
}

/**
 * Makers are whoever appears as the author of an `author/slug` id somewhere; each is also
 * known by the first word of its models' names ("whisper" → openai, "flux" → black-forest-labs),
 * which names the maker of a model a host lists under a bare id.
 */
class Makers {
  readonly slugs: ReadonlySet<string>;
  private readonly byFirstWord = new Map<string, string[]>();

  constructor(
    records: readonly SourceModel[],
    private readonly keyOf: (text: string) => string,
  ) {
    const slugs = new Set<string>();
    for (const record of records) {
      const author = record.author?.toLowerCase();
      const named = author ?? makerInPathName(record.name);
      if (!named) continue;
      if (author) slugs.add(author);
      const word = this.firstWord(record.name);
      if (word) this.byFirstWord.set(word, [...(this.byFirstWord.get(word) ?? []), named]);
    }
    this.slugs = slugs;
  }

  ofName(name: string): string | undefined {
    const word = this.firstWord(name);
    return word ? mostCommon(this.byFirstWord.get(word) ?? []) : undefined;
  }

  private firstWord(name: string): string | undefined {
    const word = this.keyOf(name).split(' ')[0];
    // A number or a letter ("4", "o") is no family.
    return word && /^[a-z]{3,}$/.test(word) ? word : undefined;
  }
}

/** A host that names models by path says whose they are: "@cf/openai/whisper" → openai. */
function makerInPathName(name: string): string | undefined {
  return /^@[\w.-]+\/([\w.-]+)\/[\w.-]+$/.exec(name)?.[1]?.toLowerCase();
}

/** Union-find where a group may hold one value at most for each slot of its members' identities. */
class Groups {
  private readonly parent: number[];
  private readonly identity: Map<string, string>[];

  constructor(identities: Map<string, string>[]) {
    this.parent = identities.map((_, i) => i);
    this.identity = identities;
  }

  private find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    const identityA = this.identity[rootA]!;
    const identityB = this.identity[rootB]!;
    for (const [slot, value] of identityB) {
      const held = identityA.get(slot);
      if (held !== undefined && held !== value) return;
    }
    this.parent[rootB] = rootA;
    for (const [slot, value] of identityB) identityA.set(slot, value);
  }

  members(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const root = this.find(i);
      const list = byRoot.get(root);
      if (list) list.push(i);
      else byRoot.set(root, [i]);
    });
    return [...byRoot.values()];
  }
}

/** A merged model before it has its id, with the ids it could go by, best first. */
interface Draft {
  model: MergedModel;
  idCandidates: string[];
  isOpenRouterModel: boolean;
}

function toMergedModel(members: SourceModel[], hubRecords: HubIndex, makers: Makers): Draft {
  const live = members.find((m) => m.source === 'openrouter');
  // A free variant's limits are the free tier's (Kimi K2 at 32.8K free, 131K paid): the paid listing describes the model.
  const openrouterCopies = members.filter((m) => m.source === 'models.dev' && m.provider === 'openrouter');
  const listed = openrouterCopies.find((m) => !isFreeListing(m)) ?? openrouterCopies[0];
  const author = live?.author ?? authorOf(members, listed, makers);
  const firstParty = members.filter((m) => m.source === 'models.dev' && sameMaker(m.provider, author));
  // Most trusted first: the maker's own API, OpenRouter's live listing, models.dev's copy of
  // OpenRouter, then every other provider; free variants after the paid listings.
  const ordered = unique([
    ...firstParty,
    ...(live ? [live] : []),
    ...(listed ? [listed] : []),
    ...members.filter((m) => !isFreeListing(m)),
    ...members,
  ]);
  const trusted = ordered.filter((m) => m === live || m === listed || firstParty.includes(m));
  const primary = ordered[0]!;

  const openrouterIds = unique(
    members.flatMap((m) => {
      if (m.source === 'openrouter') return [m.sourceId, ...m.otherIds];
      if (m.source === 'models.dev' && m.provider === 'openrouter') return [m.sourceId.slice('openrouter/'.length)];
      return [];
    }),
  );
  const statedHubId = members.find((m) => m.huggingFaceId)?.huggingFaceId ?? hubIdFromModelsDev(members);
  const hubRecord = statedHubId ? hubRecords.find(statedHubId) : undefined;
  // The Hub's own id is current; a source may still name the repo by an old name.
  const huggingFaceId = hubRecord?.sourceId ?? statedHubId;

  const idCandidates = canonicalIds(members, author, openrouterIds);
  // OpenRouter's names are the cleanest ("Kimi K2", where the maker's API says "Kimi K2 0711").
  const name = displayName(live ?? listed ?? firstParty[0], members);

  const model: MergedModel = dropUndefined({
    id: '',
    name,
    author,
    authorName: live?.authorName,
    type: live?.type ?? mostCommon(members.map((m) => m.type))!,
    family: members.find((m) => m.family)?.family,
    ids: {
      openrouter: openrouterIds,
      modelsDev: members.filter((m) => m.source === 'models.dev').map((m) => m.sourceId),
      ...(huggingFaceId ? { huggingFace: huggingFaceId } : {}),
    },
    names: unique([name, ...members.map((m) => m.name)]),
    description: firstSourced(ordered, (m) => m.description),
    price: priceFields(headlineListing(members, [...firstParty, live, listed]), ordered, trusted.filter((m) => !isFreeListing(m)), members),
    priceRange: priceRange(members),
    free: firstSourced(ordered, (m) => (m.freeVariant ? true : undefined)),
    contextWindow: field(ordered, trusted, (m) => m.contextWindow),
    maxOutput: field(ordered, trusted, (m) => m.maxOutput),
    modalities: { input: primary.inputModalities, output: primary.outputModalities },
    capabilities: capabilities(ordered, trusted, hubRecord),
    releaseDate: releaseDate(firstParty, live, listed, members),
    knowledgeCutoff: field(ordered, trusted, (m) => m.knowledgeCutoff),
    deprecated: deprecation(firstParty, members),
    expiresAt: firstSourced(ordered, (m) => m.expiresAt),
    providers: unique(members.map((m) => m.provider)).sort(),
    benchmarks: firstSourced(ordered, (m) => m.benchmarks),
    hub: hubRecord?.hub ? { value: hubRecord.hub, source: 'huggingface' } : undefined,
  });
  return { model, idCandidates, isOpenRouterModel: openrouterIds.some((id) => idCandidates.includes(id)) };
}

export function sourceRef(model: SourceModel): SourceRef {
  return model.source === 'models.dev' ? `models.dev/${model.provider}` : model.source;
}

function firstSourced<T>(ordered: readonly SourceModel[], pick: (m: SourceModel) => T | undefined): Sourced<T> | undefined {
  for (const model of ordered) {
    const value = pick(model);
    if (value !== undefined) return { value, source: sourceRef(model) };
  }
  return undefined;
}

/** The first figure in trust order, plus the different figures that the trusted sources give. */
function field<T extends string | number>(
  ordered: readonly SourceModel[],
  trusted: readonly SourceModel[],
  pick: (m: SourceModel) => T | undefined,
): Field<T> | undefined {
  const chosen = firstSourced(ordered, pick);
  if (!chosen) return undefined;
  const others: Sourced<T>[] = [];
  for (const model of trusted) {
    const value = pick(model);
    if (value !== undefined && value !== chosen.value && !others.some((o) => o.value === value)) {
      others.push({ value, source: sourceRef(model) });
    }
  }
  return others.length ? { ...chosen, others } : chosen;
}

const PRICE_KEYS = ['input', 'output', 'cacheRead', 'cacheWrite', 'image', 'request'] as const satisfies readonly (keyof Prices)[];

/**
 * The listing whose prices head the card: the maker's own API, else OpenRouter, else the
 * median of the providers that sell it. A free listing heads only where nobody sells it.
 */
function headlineListing(members: readonly SourceModel[], preferred: readonly (SourceModel | undefined)[]): SourceModel | undefined {
  const priced = (m: SourceModel | undefined): m is SourceModel => !!m?.prices?.units?.length;
  const paid = (m: SourceModel | undefined): m is SourceModel => priced(m) && !isFreeListing(m);
  const first = preferred.find(paid);
  if (first) return first;
  const sellers = members.filter(paid).sort((a, b) => blendedPrice(a) - blendedPrice(b));
  if (sellers.length) return sellers[Math.floor((sellers.length - 1) / 2)];
  return preferred.find(priced) ?? members.find(priced);
}

/**
 * The listing of a free tier itself (`…:free` at $0), not a paid listing that merely has a
 * free variant beside it (OpenRouter's record of a model with a `:free` id).
 */
function isFreeListing(model: SourceModel): boolean {
  return !!model.freeVariant && !model.prices?.units?.some((unit) => unit.usd > 0);
}

// Three input tokens to one output, as in the rank's value score; a listing without token
// prices compares by its first price.
function blendedPrice(model: SourceModel): number {
  const { input, output, units } = model.prices ?? {};
  if (input !== undefined && output !== undefined) return (3 * input + output) / 4;
  return input ?? output ?? units?.[0]?.usd ?? Infinity;
}

function priceFields(
  head: SourceModel | undefined,
  ordered: readonly SourceModel[],
  trusted: readonly SourceModel[],
  members: readonly SourceModel[],
): PriceFields {
  // Prices come as a set from one listing: never mix one source's input with another's output.
  if (!head) return {};
  const headFirst = [head, ...ordered.filter((m) => m !== head)];
  const result: PriceFields = {};
  for (const key of PRICE_KEYS) {
    if (head.prices?.[key] === undefined) continue;
    const value = field(headFirst, trusted, (m) => m.prices?.[key]);
    if (value) result[key] = value;
  }
  const source = sourceRef(head);
  if (head.prices?.units) result.units = head.prices.units.map((unit) => ({ ...unit, source }));
  const lowest = lowestSeller(members, head);
  if (lowest) result.lowest = lowest;
  return result;
}

function lowestSeller(members: readonly SourceModel[], head: SourceModel): PriceFields['lowest'] {
  const sellers = members.filter((m) => (m.prices?.input ?? 0) > 0 && (m.prices?.output ?? 0) > 0);
  const cheapest = sellers.sort((a, b) => blendedPrice(a) - blendedPrice(b))[0];
  if (!cheapest || blendedPrice(cheapest) >= blendedPrice(head)) return undefined;
  return { input: cheapest.prices!.input!, output: cheapest.prices!.output!, source: sourceRef(cheapest) };
}

function priceRange(members: readonly SourceModel[]): MergedModel['priceRange'] {
  // Zero from a subscription or local runtime is not a list price.
  const quotes = members.filter((m) => (m.prices?.input ?? 0) > 0 && (m.prices?.output ?? 0) > 0);
  if (quotes.length < 2) return undefined;
  const inputs = quotes.map((m) => m.prices!.input!);
  const outputs = quotes.map((m) => m.prices!.output!);
  return {
    input: [Math.min(...inputs), Math.max(...inputs)],
    output: [Math.min(...outputs), Math.max(...outputs)],
    quotes: quotes.length,
  };
}

/**
 * A flag the maker or OpenRouter states is theirs to state; only where neither says either way
 * does a majority of the other hosts decide (one host's "reasoning" on Llama 3.3 is not enough).
 */
function capabilities(
  ordered: readonly SourceModel[],
  trusted: readonly SourceModel[],
  hub: SourceModel | undefined,
): Partial<Record<Capability, SourceRef>> {
  const result: Partial<Record<Capability, SourceRef>> = {};
  const hosts = ordered.filter((m) => !trusted.includes(m));
  for (const capability of CAPABILITIES) {
    const stating = trusted.filter((m) => m.capabilities[capability] !== undefined);
    const voters = stating.length ? stating : hosts.filter((m) => m.capabilities[capability] !== undefined);
    const holders = voters.filter((m) => m.capabilities[capability] === true);
    const says = stating.length ? holders.length > 0 : holders.length * 2 > voters.length;
    if (says) result[capability] = sourceRef(holders[0]!);
  }
  if (!result.openWeights && hub) result.openWeights = 'huggingface';
  return result;
}

/**
 * The maker's earliest date; else models.dev's date for the OpenRouter model; else the middle
 * of the dates other hosts state (one host's wrong date does not move it); OpenRouter's own
 * `created` is when it listed the model, so it comes last. The other first-party and
 * OpenRouter dates stay as disagreements.
 */
function releaseDate(
  firstParty: readonly SourceModel[],
  live: SourceModel | undefined,
  listed: SourceModel | undefined,
  members: readonly SourceModel[],
): Field<string> | undefined {
  const dated = (models: readonly (SourceModel | undefined)[]) =>
    models.filter((m): m is SourceModel => !!m?.releaseDate).sort((a, b) => (a.releaseDate! < b.releaseDate! ? -1 : 1));
  const makers = dated(firstParty);
  const hosts = dated(members.filter((m) => m !== live && m !== listed && !firstParty.includes(m)));
  const chosen = makers[0] ?? dated([listed])[0] ?? hosts[Math.floor((hosts.length - 1) / 2)] ?? dated([live])[0];
  if (!chosen) return undefined;
  const others: Sourced<string>[] = [];
  for (const model of dated([...makers, listed])) {
    if (model.releaseDate !== chosen.releaseDate && !others.some((o) => o.value === model.releaseDate)) {
      others.push({ value: model.releaseDate!, source: sourceRef(model) });
    }
  }
  const value = { value: chosen.releaseDate!, source: sourceRef(chosen) };
  return others.length ? { ...value, others } : value;
}

/** models.dev's "deprecated" is unreliable from resellers: trust the maker, else a majority. */
function deprecation(firstParty: readonly SourceModel[], members: readonly SourceModel[]): Sourced<boolean> | undefined {
  const maker = firstParty.find((m) => m.deprecated);
  if (maker) return { value: true, source: sourceRef(maker) };
  if (firstParty.length) return undefined;
  const listings = members.filter((m) => m.source === 'models.dev');
  const flagged = listings.filter((m) => m.deprecated);
  return flagged.length * 2 > listings.length ? { value: true, source: sourceRef(flagged[0]!) } : undefined;
}

function authorOf(members: readonly SourceModel[], listed: SourceModel | undefined, makers: Makers): string {
  if (listed?.author) return listed.author;
  const fromIds = mostCommon(members.map((m) => m.author).filter((a): a is string => !!a));
  if (fromIds) return fromIds.toLowerCase();
  const fromPath = mostCommon(members.map((m) => makerInPathName(m.name)).filter((a): a is string => !!a));
  if (fromPath) return fromPath;
  // Served by its maker's own API ("anthropic" among the providers): that is the author, unless
  // the family says otherwise: a host is not the maker of what it serves (FLUX.1-dev on NVIDIA's API).
  const fromFamily = mostCommon(members.map((m) => makers.ofName(m.name)).filter((a): a is string => !!a));
  const makerProvider = members.find((m) => makers.slugs.has(m.provider))?.provider;
  if (makerProvider && (!fromFamily || sameMaker(makerProvider, fromFamily))) return makerProvider;
  return fromFamily ?? makerProvider ?? members[0]!.provider;
}

/** The ids a model could go by, best first. */
function canonicalIds(members: readonly SourceModel[], author: string, openrouterIds: readonly string[]): string[] {
  const anchor = openrouterIds.find((id) => !id.startsWith('~') && !id.includes(':'));
  if (anchor) return [anchor];
  const slugs = members
    .filter((m) => m.source === 'models.dev')
    .map((m) => m.sourceId.slice(m.sourceId.lastIndexOf('/') + 1).toLowerCase());
  // The maker's own, shortest (undated) id reads best: "claude-sonnet-4-5" over "…-20250929".
  const sorted = unique(slugs).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const fallback = modelKey(members[0]!.name).replace(/ /g, '-');
  return (sorted.length ? sorted : [fallback]).map((slug) => `${author.toLowerCase()}/${slug}`);
}

/**
 * Each model takes the first of its ids that no other model holds (a reseller's undated slug
 * may name two releases), else its best one numbered. OpenRouter models claim first, their ids
 * being theirs by definition; then the earlier release takes the plainer id, so which entry
 * `anthropic/claude-3.5-sonnet` is does not depend on the order of the listings.
 */
function claimIds(drafts: readonly Draft[]): MergedModel[] {
  const released = (draft: Draft) => draft.model.releaseDate?.value ?? '\uffff';
  const order = [...drafts].sort(
    (a, b) => Number(b.isOpenRouterModel) - Number(a.isOpenRouterModel) || (released(a) < released(b) ? -1 : released(a) > released(b) ? 1 : 0),
  );
  const used = new Set<string>();
  for (const { model, idCandidates } of order) {
    let claimed = idCandidates.find((id) => !used.has(id));
    for (let n = 2; claimed === undefined; n += 1) if (!used.has(`${idCandidates[0]}~${n}`)) claimed = `${idCandidates[0]}~${n}`;
    used.add(claimed);
    model.id = claimed;
  }
  return drafts.map((draft) => draft.model);
}

function displayName(preferred: SourceModel | undefined, members: readonly SourceModel[]): string {
  const clean = (name: string) => name.replace(/\s*\((?:latest|free|batch)\)$/i, '').trim();
  if (preferred) return clean(preferred.name);
  // Prefer a written name ("Claude Sonnet 4.5") over an id-like one ("claude-sonnet-4-5").
  const written = members.map((m) => clean(m.name)).filter((n) => /\s/.test(n));
  return mostCommon(written.length ? written : members.map((m) => clean(m.name)))!;
}

function hubIdFromModelsDev(members: readonly SourceModel[]): string | undefined {
  // Some providers serve Hugging Face repos under their repo id ("Qwen/Qwen2.5-72B-Instruct").
  const repo = members
    .filter((m) => m.source === 'models.dev' && m.provider !== 'openrouter')
    .map((m) => m.sourceId.slice(m.provider.length + 1))
    .find((id) => /^[\w.-]+\/[\w.-]+$/.test(id) && /[A-Z]/.test(id));
  return repo;
}

function memoise(fn: (text: string) => string): (text: string) => string {
  const cache = new Map<string, string>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      value = fn(text);
      cache.set(text, value);
    }
    return value;
  };
}

function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  let best: T | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
