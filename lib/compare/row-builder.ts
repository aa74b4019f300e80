import type { Cell, Row, Section } from './types';

export type Better = 'higher' | 'lower';

export interface RowSpec {
  key: string;
  label: string;
  section: Section;
  cells: Cell[];
  /** Which way is better, when one is. */
  better?: Better;
  /** Orderable numbers per cell when the values are not plain numbers (dates); defaults to numeric values. */
  order?: readonly (number | undefined)[];
}

export function buildRow({ key, label, section, cells, better, order }: RowSpec): Row {
  const scores = order ?? cells.map((cell) => (typeof cell.value === 'number' ? cell.value : undefined));
  return { key, label, section, cells, differs: valuesDiffer(cells), best: better ? bestIndexes(scores, better) : [] };
}

/**
 * The cells with the best score. Unknown scores never win, and there is no best unless at
 * least two scores are known and they are not all equal.
 */
function bestIndexes(scores: readonly (number | undefined)[], better: Better): number[] {
  const known = scores.filter((score): score is number => score !== undefined);
  if (known.length < 2) return [];
  const top = better === 'higher' ? Math.max(...known) : Math.min(...known);
  if (known.every((score) => score === top)) return [];
  return scores.flatMap((score, index) => (score === top ? [index] : []));
}

function valuesDiffer(cells: readonly Cell[]): boolean {
  return new Set(cells.map((cell) => cell.value ?? null)).size > 1;
}
