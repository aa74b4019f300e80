import { z } from '../zod';
import { errorMessage } from '../error-message';

export interface DroppedItem {
  id: string;
  reason: string;
}

export interface ItemsReport {
  total: number;
  kept: number;
  dropped: DroppedItem[];
}

/**
 * Validates a list item by item, so one bad entry costs that entry and not the whole
 * payload. The reason is kept in words for the refresh status.
 */
export function parseItems<S extends z.ZodType>(
  items: readonly unknown[],
  schema: S,
  idOf: (item: unknown, index: number) => string,
): { items: z.output<S>[]; report: ItemsReport } {
  const kept: z.output<S>[] = [];
  const dropped: DroppedItem[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) kept.push(result.data);
    else dropped.push({ id: idOf(item, index), reason: errorMessage(result.error) });
  });
  return { items: kept, report: { total: items.length, kept: kept.length, dropped } };
}

/** A printable id for an item that failed validation, without trusting its shape. */
export function idField(item: unknown, index: number, key = 'id'): string {
  if (item && typeof item === 'object' && key in item) {
    const value = (item as Record<string, unknown>)[key];
    if (typeof value === 'string') return value.slice(0, 200);
  }
  return `#${index}`;
}

export class PayloadError extends Error {
  override name = 'PayloadError';
}

/** "3 items, none usable, e.g. #0: id: …": why a payload yielded no model. */
export function unusable(report: ItemsReport): string {
  const example = report.dropped[0];
  if (report.total === 0) return 'the list is empty';
  return `${report.total} items, none usable${example ? `, e.g. ${example.id}: ${example.reason}` : ''}`;
}

/** Says what a payload's top level was, for an error a person can act on. */
export function describeTopLevel(json: unknown): string {
  if (json === null || typeof json !== 'object') return `got ${json === null ? 'null' : typeof json}`;
  if (Array.isArray(json)) return 'got a list';
  const keys = Object.keys(json).slice(0, 5);
  return keys.length ? `got keys ${keys.join(', ')}` : 'got an empty object';
}

export function dropUndefined<T extends object>(value: T): T {
  const result: Partial<T> = {};
  for (const key in value) {
    if (value[key] !== undefined) result[key] = value[key];
  }
  return result as T;
}

/** An optional field that degrades to "unknown" on a bad value instead of costing the whole item. */
export const lenient = <S extends z.ZodType>(schema: S) => schema.nullish().catch(undefined);
