import { SECTION_LABELS, type Comparison, type Section } from '@/lib/compare/types';

interface Props {
  comparison: Comparison;
  /** Only rows whose values differ (the popup can be short on space). */
  differencesOnly?: boolean;
}

type ShownCell = Comparison['rows'][number]['cells'][number];
const originOf = (cell: ShownCell) => [cell.source, cell.age].filter(Boolean).join(', ');

/** The source most of a column's figures come from: said once, under the model's name. */
function usualOrigin(rows: Comparison['rows'], column: number): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const origin = originOf(row.cells[column]!);
    if (origin) counts.set(origin, (counts.get(origin) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/**
 * The side-by-side table: better cells marked, differing rows highlighted. Each column names its
 * usual source once; a figure from another source says so in its cell, and every figure's
 * source is on hover.
 */
export function ComparisonTable({ comparison, differencesOnly = false }: Props) {
  const rows = comparison.rows.filter((row) => !differencesOnly || row.differs);
  const usual = comparison.models.map((_, i) => usualOrigin(rows, i));
  let section: Section | undefined;
  return (
    <table class="comparison">
      <thead>
        <tr>
          <th scope="col">
            <span class="muted">Model</span>
          </th>
          {comparison.models.map((model) => (
            <th key={model.id} scope="col">
              {model.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {usual.some(Boolean) && (
          <tr class="sources" data-row="sources" title="Where each column's figures come from, unless a cell names another source">
            <th scope="row">Source</th>
            {usual.map((origin, i) => (
              <td key={i}>{origin}</td>
            ))}
          </tr>
        )}
        {rows.flatMap((row) => {
          const header =
            row.section !== section ? (
              <tr class="section" key={`section-${row.section}`}>
                <th colSpan={comparison.models.length + 1} scope="rowgroup">
                  {SECTION_LABELS[row.section]}
                </th>
              </tr>
            ) : null;
          section = row.section;
          const line = (
            <tr key={row.key} class={row.differs ? 'differs' : undefined} data-row={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => {
                const origin = originOf(cell);
                const hover = [origin && `Source: ${origin}`, cell.disagreement && `Sources disagree: ${cell.disagreement}`].filter(Boolean).join('. ');
                return (
                  <td key={i} class={row.best.includes(i) ? 'best' : undefined} title={hover || undefined}>
                    {cell.text}
                    {cell.disagreement && <span aria-label={`Sources disagree: ${cell.disagreement}`}> ≠</span>}
                    {origin && origin !== usual[i] && <span class="source">{origin}</span>}
                  </td>
                );
              })}
            </tr>
          );
          return header ? [header, line] : [line];
        })}
      </tbody>
    </table>
  );
}
