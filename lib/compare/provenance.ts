import type { Catalogue, Field, SourceRef } from '@/lib/catalogue/catalogue';
import { formatAge } from './format';
import type { Cell } from './types';
import { SOURCE_NAMES } from '../catalogue/sources';

/** What a cell needs to say where a figure came from and how old it is. */
export interface ProvenanceContext {
  now: Date;
  sources: Catalogue['sources'];
}

const MODELS_DEV_PREFIX = 'models.dev/';

/** "OpenRouter", "Hugging Face", "models.dev (anthropic)". */
export function sourceName(ref: SourceRef): string {
  if (ref.startsWith(MODELS_DEV_PREFIX)) return `models.dev (${ref.slice(MODELS_DEV_PREFIX.length)})`;
  return (SOURCE_NAMES as Record<string, string>)[ref] ?? ref;
}

/** The age of the fetch a figure came from; every models.dev provider shares one fetch. */
function sourceAge(ref: SourceRef, context: ProvenanceContext): string | undefined {
  const key = ref.startsWith(MODELS_DEV_PREFIX) ? 'models.dev' : ref;
  const status = isSourceKey(key) ? context.sources[key] : undefined;
  return status ? formatAge(status.fetchedAt, context.now) : undefined;
}

/**
 * A cell for one sourced figure, with its source, age and what other trusted sources say
 * instead. A missing figure shows `unknownText` and has the value null.
 */
export function sourcedCell<T extends string | number | boolean>(
  figure: Field<T> | undefined,
  show: (value: T) => string,
  context: ProvenanceContext,
  unknownText = '—',
): Cell {
  if (!figure) return { text: unknownText, value: null };
  return provenanceOf({ text: show(figure.value), value: figure.value }, figure, show, context);
}

/** Adds the source, age and disagreement of `figure` to a cell that shows it. */
export function provenanceOf<T>(
  cell: Cell,
  figure: Field<T>,
  show: (value: T) => string,
  context: ProvenanceContext,
): Cell {
  const others = figure.others ?? [];
  return {
    ...cell,
    ...attribution(figure.source, context),
    ...(others.length
      ? { disagreement: others.map((other) => `${sourceName(other.source)} says ${show(other.value)}`).join('; ') }
      : {}),
  };
}

/** The source's name and, when its fetch time is known, its age. */
export function attribution(ref: SourceRef, context: ProvenanceContext): Pick<Cell, 'source' | 'age'> {
  const age = sourceAge(ref, context);
  return { source: sourceName(ref), ...(age === undefined ? {} : { age }) };
}

function isSourceKey(key: string): key is keyof Catalogue['sources'] {
  return key === 'openrouter' || key === 'models.dev' || key === 'huggingface';
}
