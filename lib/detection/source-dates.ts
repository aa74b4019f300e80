import type { IndexableModel } from './alias-index';
import { tokensOf } from './characters';
import { normaliseDate, sameDate, splitDate } from './snapshots';

/**
 * A release the catalogue keeps as an entry of its own may have an undated id
 * ("anthropic/claude-3.5-sonnet-v2") while its sources' ids state its date
 * ("anthropic/claude-3-5-sonnet-20241022"). That date, written after the name the dated id
 * starts with ("Claude-3.5-Sonnet-1022", "claude-3-5-sonnet-20241022-v2:0"), names that entry,
 * not the entry the bare name opens; a date the bare name's own entry states is its own, with no
 * snapshot note. An entry whose own id states another date does not take a date a reseller
 * files under it ("kimi-k2-0711-preview" under the 0905 entry).
 * `targetOf` gives the model the alias of a token sequence opens; `isListed`, whether a model
 * is hunted in text. Returns [model the name opens, date, entry of that date] rows in the
 * shape of the snapshot table, for dates `known` rows do not already place.
 */
export function sourceDateSnapshots(
  models: readonly IndexableModel[],
  targetOf: (tokens: readonly string[]) => number | undefined,
  isListed: (index: number) => boolean,
  known: readonly [number, string, number][],
): [number, string, number][] {
  const claims = new Map<string, Set<number>>();
  models.forEach((model, index) => {
    if (!isListed(index)) return;
    const ownDate = splitDate(model.id)?.date;
    for (const id of sourceIds(model)) {
      const dated = datedSlug(id);
      if (!dated || (ownDate !== undefined && !sameDate(ownDate, dated.date))) continue;
      const base = targetOf(dated.base);
      if (base === undefined || base < 0) continue;
      const key = `${base} ${dated.date}`;
      claims.set(key, (claims.get(key) ?? new Set()).add(index));
    }
  });
  const rows: [number, string, number][] = [];
  for (const [key, claimants] of claims) {
    const [base, date] = key.split(' ') as [string, string];
    const baseIndex = Number(base);
    // A date two entries state names no one entry: the bare name's model keeps it as a snapshot note.
    if (claimants.size !== 1) continue;
    if (known.some(([listed, knownDate]) => listed === baseIndex && sameDate(knownDate, date))) continue;
    rows.push([baseIndex, date, [...claimants][0]!]);
  }
  return rows;
}

function sourceIds(model: IndexableModel): string[] {
  return [model.id, ...model.ids.openrouter, ...model.ids.modelsDev, ...(model.ids.huggingFace ? [model.ids.huggingFace] : [])];
}

/**
 * The name tokens before the date an id's last segment states, and that date:
 * "claude-3-5-sonnet-20241022" → claude 3 5 sonnet, 20241022; "gpt-4-1106-preview" → gpt 4, 1106.
 */
function datedSlug(id: string): { base: string[]; date: string } | null {
  const slug = id.slice(id.lastIndexOf('/') + 1);
  const atEnd = splitDate(slug);
  if (atEnd) return atEnd.base ? { base: tokensOf(atEnd.base), date: atEnd.date } : null;
  const tokens = tokensOf(slug);
  const at = tokens.findIndex((token) => (token.length === 4 || token.length === 8) && normaliseDate(token) !== null);
  return at > 0 ? { base: tokens.slice(0, at), date: normaliseDate(tokens[at]!)! } : null;
}
