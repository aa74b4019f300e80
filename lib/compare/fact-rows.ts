import type { CatalogueModel, Field } from '@/lib/catalogue/catalogue';
import type { HubStats } from '@/lib/catalogue/source-model';
import { dateOrder, formatDate, isPast } from './dates';
import { oneKind } from './kinds';
import { formatCount, formatTokens, plural } from './format';
import { attribution, type ProvenanceContext, sourcedCell } from './provenance';
import { buildRow } from './row-builder';
import type { Cell, Row } from './types';

/** Rows for what the sources state about each model: limits, modalities, availability, dates. */

export function limitRows(models: readonly CatalogueModel[], context: ProvenanceContext): Row[] {
  // An image model's 4,096-token prompt limit is no smaller "context window" than an LLM's.
  const better = oneKind(models) ? 'higher' : undefined;
  return [
    buildRow({
      key: 'contextWindow',
      label: 'Context window (tokens)',
      section: 'limits',
      better,
      cells: models.map((m) => sourcedCell(m.contextWindow, formatTokens, context)),
    }),
    buildRow({
      key: 'maxOutput',
      label: 'Max output (tokens)',
      section: 'limits',
      better,
      cells: models.map((m) => sourcedCell(m.maxOutput, formatTokens, context)),
    }),
  ];
}

export function modalityRows(models: readonly CatalogueModel[]): Row[] {
  const modalityCell = (modalities: readonly string[]): Cell =>
    modalities.length
      ? { text: modalities.join(', '), value: [...modalities].sort().join(', ') }
      : { text: '—', value: null };
  return [
    buildRow({
      key: 'modalities.input',
      label: 'Input modalities',
      section: 'modalities',
      cells: models.map((m) => modalityCell(m.modalities.input)),
    }),
    buildRow({
      key: 'modalities.output',
      label: 'Output modalities',
      section: 'modalities',
      cells: models.map((m) => modalityCell(m.modalities.output)),
    }),
  ];
}

export function availabilityRows(models: readonly CatalogueModel[], context: ProvenanceContext): Row[] {
  const hubRow = (key: HubFigureKey, label: string, better?: 'higher') => {
    const figures = models.map((m) => hubFigure(m, key));
    if (figures.every((figure) => figure === undefined)) return [];
    const show = (value: string | number) => (typeof value === 'number' ? formatCount(value) : value);
    return [
      buildRow({
        key: `hub.${key}`,
        label,
        section: 'availability',
        better,
        cells: figures.map((figure) => sourcedCell(figure, show, context)),
      }),
    ];
  };
  const statuses = models.map((m) => statusCell(m, context));
  return [
    buildRow({
      key: 'providers',
      label: 'Providers',
      section: 'availability',
      better: 'higher',
      cells: models.map((m) => ({ text: plural(m.providers.length, 'provider'), value: m.providers.length })),
    }),
    ...(statuses.some((cell) => cell.value !== null)
      ? [buildRow({ key: 'status', label: 'Deprecation', section: 'availability', cells: statuses })]
      : []),
    ...hubRow('downloads', 'Hugging Face downloads', 'higher'),
    ...hubRow('likes', 'Hugging Face likes', 'higher'),
    ...hubRow('license', 'License'),
  ];
}

export function dateRows(models: readonly CatalogueModel[], context: ProvenanceContext): Row[] {
  const dateRow = (key: string, label: string, pick: (m: CatalogueModel) => Field<string> | undefined) => {
    const figures = models.map(pick);
    return buildRow({
      key,
      label,
      section: 'dates',
      better: 'higher',
      cells: figures.map((figure) => sourcedCell(figure, formatDate, context)),
      order: dateOrder(figures.map((figure) => figure?.value)),
    });
  };
  const cutoff = dateRow('knowledgeCutoff', 'Knowledge cutoff', (m) => m.knowledgeCutoff);
  return [
    dateRow('releaseDate', 'Released', (m) => m.releaseDate),
    ...(models.some((m) => m.knowledgeCutoff) ? [cutoff] : []),
  ];
}

/** "Deprecated", "Retires 1 June 2026", "Deprecated, retired 1 June 2025"; "—" when neither is stated. */
function statusCell(model: CatalogueModel, context: ProvenanceContext): Cell {
  const deprecated = model.deprecated?.value === true ? model.deprecated : undefined;
  const expiry = model.expiresAt;
  const stated = deprecated ?? expiry;
  if (!stated) return { text: '—', value: null };
  const parts: string[] = [];
  if (deprecated) parts.push('deprecated');
  if (expiry) parts.push(`${isPast(expiry.value, context.now) ? 'retired' : 'retires'} ${formatDate(expiry.value)}`);
  const text = capitalise(parts.join(', '));
  return { text, value: text, ...attribution(stated.source, context) };
}

type HubFigureKey = 'downloads' | 'likes' | 'license';

function hubFigure<K extends HubFigureKey>(
  model: CatalogueModel,
  key: K,
): Field<NonNullable<HubStats[K]>> | undefined {
  const value = model.hub?.value[key];
  return model.hub && value !== undefined ? { value, source: model.hub.source } : undefined;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
