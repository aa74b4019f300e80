/**
 * What a Hugging Face repo is, read from the Hub's own metadata: its `base_model:<relation>:<repo>`
 * tags and `cardData.base_model`, never from words inside its name.
 */
export type HubRelation = 'self' | 'quantized' | 'finetune' | 'adapter' | 'merge';

export interface HubLineage {
  relation: HubRelation;
  /** The repos it derives from (a merge has several), first the one the relation names. */
  bases: string[];
  /** Why some of the metadata was not used, in words for the card. */
  note?: string;
}

/** The fields of a Hub `/api/models` item that lineage reads; anything may be missing or wrong. */
export interface LineageSource {
  id: string;
  tags?: unknown;
  cardData?: unknown;
}

export const HUB_REPO_ID = /^[\w.-]{1,96}\/[\w.-]{1,96}$/;
const RELATIONS = ['quantized', 'adapter', 'merge', 'finetune'] as const;
/** A tag like `base_model:quantized:Qwen/Qwen3.6-27B`; the relation-less `base_model:Qwen/…` names the same bases. */
const RELATION_TAG = /^base_model:(quantized|adapter|merge|finetune):(.+)$/;
const BASE_TAG = /^base_model:(.+)$/;

/** The relation and bases the Hub states for a repo; a repo that states none is its own model. */
export function readLineage(item: LineageSource): HubLineage {
  const self = item.id.toLowerCase();
  const tags = Array.isArray(item.tags) ? item.tags.filter((t): t is string => typeof t === 'string') : [];
  const byRelation = new Map<HubRelation, string[]>();
  const stated: string[] = [];
  let malformed = 0;
  let selfReference = false;
  const accept = (raw: string, into: string[]) => {
    const repo = raw.trim();
    if (!HUB_REPO_ID.test(repo)) malformed += 1;
    else if (repo.toLowerCase() === self) selfReference = true;
    else if (!into.some((r) => r.toLowerCase() === repo.toLowerCase())) into.push(repo);
  };
  for (const tag of tags) {
    const related = RELATION_TAG.exec(tag);
    if (related) {
      const relation = related[1] as HubRelation;
      const list = byRelation.get(relation) ?? [];
      byRelation.set(relation, list);
      accept(related[2]!, list);
      continue;
    }
    const plain = BASE_TAG.exec(tag);
    if (plain) accept(plain[1]!, stated);
  }
  for (const raw of cardBaseModels(item.cardData)) accept(raw, stated);

  const notes: string[] = [];
  if (malformed) notes.push(`ignored ${malformed} base model value${malformed === 1 ? '' : 's'} that ${malformed === 1 ? 'is' : 'are'} not a repo id`);
  if (selfReference) notes.push('names itself as its base');
  // The strongest stated relation wins: a quantization is the same weights whatever else it says.
  const relation = RELATIONS.find((r) => byRelation.get(r)?.length);
  const note = notes.length ? notes.join('; ') : undefined;
  if (relation) {
    const bases = [...byRelation.get(relation)!];
    for (const repo of stated) if (!bases.some((b) => b.toLowerCase() === repo.toLowerCase())) bases.push(repo);
    return withNote<HubLineage>({ relation, bases }, note);
  }
  // A base stated without a relation: the Hub itself files such repos as fine-tunes.
  if (stated.length) return withNote<HubLineage>({ relation: stated.length > 1 ? 'merge' : 'finetune', bases: stated }, note);
  return withNote<HubLineage>({ relation: 'self', bases: [] }, note);
}

function cardBaseModels(cardData: unknown): string[] {
  if (!cardData || typeof cardData !== 'object') return [];
  const value = (cardData as Record<string, unknown>)['base_model'];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function withNote<T extends { note?: string }>(value: T, note: string | undefined): T {
  return note ? { ...value, note } : value;
}

export const MAX_LINEAGE_HOPS = 3;

export interface HubResolution {
  repo: string;
  relation: HubRelation;
  /** The repo it derives from directly, or null. */
  base: string | null;
  /** The catalogue model whose card it shows: itself, or the base it quantizes. */
  model: string | null;
  /** The catalogue model its lineage leads to, within three hops. */
  baseModel: string | null;
  /** Repos walked from the base to `baseModel` (or as far as the lineage was known). */
  path: string[];
  note?: string;
}

export interface LineageLookups {
  /** The Hub's record of a repo, when it is known. */
  lineageOf: (repo: string) => HubLineage | undefined;
  /** The catalogue model a repo id names exactly, by the catalogue's own repo ids. */
  modelOf: (repo: string) => string | undefined;
}

/**
 * Resolves a repo to the catalogue by its lineage. A quantization is the same weights as its
 * base, so it takes the base's model; a fine-tune, adapter or merge is a model of its own,
 * "based on" the base, and never takes the base's figures.
 */
export function resolveLineage(repo: string, lookups: LineageLookups): HubResolution {
  const lineage = lookups.lineageOf(repo) ?? { relation: 'self' as const, bases: [] };
  const base = lineage.bases[0] ?? null;
  if (lineage.relation === 'self' || base === null) {
    return withNote<HubResolution>({ repo, relation: 'self', base: null, model: lookups.modelOf(repo) ?? null, baseModel: null, path: [] }, lineage.note);
  }
  const walk = walkLineage(repo, base, lookups);
  const model = lineage.relation === 'quantized' && walk.sameWeights ? walk.model : null;
  const notes = [lineage.note, walk.note].filter(Boolean).join('; ');
  return withNote<HubResolution>({ repo, relation: lineage.relation, base, model, baseModel: walk.model, path: walk.path }, notes || undefined);
}

interface Walk {
  model: string | null;
  /** Every hop from the base to the model was a quantization: the same weights. */
  sameWeights: boolean;
  path: string[];
  note?: string;
}

function walkLineage(start: string, base: string, lookups: LineageLookups): Walk {
  const seen = new Set([start.toLowerCase()]);
  const path: string[] = [];
  let current = base;
  let sameWeights = true;
  for (let hop = 1; hop <= MAX_LINEAGE_HOPS; hop += 1) {
    if (seen.has(current.toLowerCase())) {
      return { model: null, sameWeights: false, path, note: `its base models form a cycle (${[...path, current].join(' → ')})` };
    }
    seen.add(current.toLowerCase());
    path.push(current);
    const model = lookups.modelOf(current);
    if (model) return { model, sameWeights, path };
    const next = lookups.lineageOf(current);
    if (!next || next.relation === 'self' || !next.bases[0]) return { model: null, sameWeights, path };
    if (next.relation !== 'quantized') sameWeights = false;
    current = next.bases[0];
  }
  return { model: null, sameWeights: false, path, note: `its lineage goes deeper than ${MAX_LINEAGE_HOPS} hops` };
}
