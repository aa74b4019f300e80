import { tokensOf } from './characters';
import { normaliseDate, splitDate } from './snapshots';

/**
 * "Command R+" is the undated model, not the 08-2024 snapshot that also goes by it: resellers
 * give a snapshot its model's plain name ("Command R+ (08-2024)" is "Command R+" to Azure), and
 * OpenRouter's display names put the date in brackets that come off. Where the catalogue lists
 * the undated model the snapshot's id extends, a name without a date is that model's.
 * Returns each such snapshot with its undated model, from the snapshot table.
 */
export function undatedModelsOfSnapshots(snapshots: readonly [number, string, number][]): Map<number, number> {
  const undated = new Map<number, number>();
  for (const [base, , snapshot] of snapshots) undated.set(snapshot, base);
  return undated;
}

/** Whether a name or id states a date: "Kimi K2 0905", "command-r-08-2024", "kimi-k2-0711-preview". */
export function carriesDate(form: string): boolean {
  return dateIn(form) !== undefined;
}

/** The date a name or id states, at its end or before a build word ("kimi-k2-0711-preview"), in comparable form. */
export function dateIn(form: string): string | undefined {
  const atEnd = splitDate(form)?.date;
  if (atEnd !== undefined) return atEnd;
  const token = tokensOf(form).find(isDateToken);
  return token === undefined ? undefined : normaliseDate(token)!;
}

function isDateToken(token: string): boolean {
  return (token.length === 4 || token.length === 8) && normaliseDate(token) !== null;
}

/**
 * The ids an undated model may have: the dated id without its date, or, as Azure and GitHub
 * Models write a maker's ids, with the maker's name again in front ("cohere/cohere-command-r-plus"
 * for "cohere/command-r-plus-08-2024").
 */
export function undatedIds(undatedId: string): string[] {
  const slash = undatedId.indexOf('/');
  const maker = undatedId.slice(0, slash);
  const slug = undatedId.slice(slash + 1);
  return slug.startsWith(`${maker}-`) ? [undatedId] : [undatedId, `${maker}/${maker}-${slug}`];
}
