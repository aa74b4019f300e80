import type { Benchmarks, Capability, HubStats, ModelType, UnitPrice } from './source-model';

/**
 * Where a figure came from: "openrouter", "huggingface", or "models.dev/<provider>".
 * The fetch time of each source is in `Catalogue.sources`.
 */
export type SourceRef = string;

export interface Sourced<T> {
  value: T;
  source: SourceRef;
}

/** A model's Hub figures, from the listing a refresh asked for at `fetchedAt`. */
export interface HubFigures extends Sourced<HubStats> {
  fetchedAt?: string;
}

/** A figure with its source, and the differing figures other trusted sources give. */
export interface Field<T> extends Sourced<T> {
  others?: Sourced<T>[];
}

export interface PriceFields {
  input?: Field<number>;
  output?: Field<number>;
  cacheRead?: Field<number>;
  cacheWrite?: Field<number>;
  image?: Field<number>;
  request?: Field<number>;
  /** Every price the headline listing publishes, each in its own unit. */
  units?: (UnitPrice & { source: SourceRef })[];
  /** The lowest paid token prices another provider lists, where they are below the headline. */
  lowest?: { input: number; output: number; source: SourceRef };
}

export interface SubScores {
  quality: number | null;
  adoption: number | null;
  ecosystem: number | null;
  value: number | null;
  freshness: number | null;
}
export type SubScoreName = keyof SubScores;

export interface Rank {
  /** 0–100. */
  score: number;
  /** 1-based position among the models of its kind. */
  position: number;
  /** How many models of its kind there are. */
  of: number;
  /**
   * The kind it is ranked among: image models are ranked with image models, not with LLMs.
   * Always set by `rankModels`; optional so that ranks made by hand elsewhere stay valid.
   */
  among?: ModelType;
  subScores: SubScores;
  /**
   * Quality was inferred from capabilities and price because no benchmark covers the (text)
   * model. Other kinds are never estimated: without evidence their quality is null, "not measured".
   */
  qualityEstimated: boolean;
}

export interface CatalogueModel {
  /** Canonical id, an OpenRouter-style `author/slug` where one exists. */
  id: string;
  name: string;
  /** Maker slug (`anthropic`, `meta-llama`). */
  author: string;
  authorName?: string;
  type: ModelType;
  family?: string;
  /**
   * `hubRepos`: every Hub repo id (lower-cased) that names the model, by `hubRepoKeys`, stored
   * with the catalogue so a fresh install resolves repo links without deriving them again.
   */
  ids: { openrouter: string[]; modelsDev: string[]; huggingFace?: string; hubRepos?: string[] };
  /** Every display name the sources use for it. */
  names: string[];
  description?: Sourced<string>;
  price: PriceFields;
  /** Lowest and highest list price across every provider that quotes one. */
  priceRange?: { input: [number, number]; output: [number, number]; quotes: number };
  free?: Sourced<boolean>;
  contextWindow?: Field<number>;
  maxOutput?: Field<number>;
  modalities: { input: string[]; output: string[] };
  /** The capabilities it has, each with the source that says so. */
  capabilities: Partial<Record<Capability, SourceRef>>;
  releaseDate?: Field<string>;
  knowledgeCutoff?: Field<string>;
  deprecated?: Sourced<boolean>;
  expiresAt?: Sourced<string>;
  /** Who serves it: models.dev provider ids and "openrouter". */
  providers: string[];
  benchmarks?: Sourced<Benchmarks>;
  hub?: HubFigures;
  rank: Rank;
}

export interface SourceStatus {
  fetchedAt: string;
  /** The date the data describes, where it differs from the fetch (a packaged snapshot). */
  dataAsOf?: string;
  url?: string;
  total: number;
  kept: number;
  dropped: number;
}

// 2: prices in units, zero prices dropped unless free, rank within a kind (`among`).
export const CATALOGUE_SCHEMA_VERSION = 2;

export interface Catalogue {
  schemaVersion: typeof CATALOGUE_SCHEMA_VERSION;
  /** "bundled": built at build time from a packaged snapshot; "live": refreshed from the APIs. */
  origin: 'bundled' | 'live';
  builtAt: string;
  /** The newest date of the data it holds (oldest source date where several are merged). */
  dataAsOf: string;
  sources: Partial<Record<'openrouter' | 'models.dev' | 'huggingface', SourceStatus>>;
  models: CatalogueModel[];
}
