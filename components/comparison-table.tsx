import { SECTION_LABELS, type Comparison, type Section } from '@/lib/compare/types';

interface Props {
  comparison: Comparison;
  /** Only rows whose values differ (the popup can be short on space). */
  differencesOnly?: boolean;
}

/** The side-by-side table: better cells marked, differing rows highlighted, each figure's source on hover. */
export function ComparisonTable({ comparison, differencesOnly = false }: Props) {
  const rows = comparison.rows.filter((row) => !differencesOnly || row.differs);
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
                const origin = [cell.source, cell.age].filter(Boolean).join(', ');
                return (
                  <td key={i} class={row.best.includes(i) ? 'best' : undefined} title={cell.disagreement ? `Sources disagree: ${cell.disagreement}` : undefined}>
                    {cell.text}
                    {cell.disagreement && <span aria-label={`Sources disagree: ${cell.disagreement}`}> ≠</span>}
                    {origin && <span class="source">{origin}</span>}
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
