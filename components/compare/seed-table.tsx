import type { ComparisonReport } from '@/lib/compare/compare-report';

/** The seed's feature table: one row per feature, one column per model. */
export function SeedTable({ report }: { report: ComparisonReport }) {
  return (
    <table class="comparison" data-testid="seed-table">
      <thead>
        <tr>
          <th scope="col">
            <span class="muted">Feature</span>
          </th>
          {report.models.map((model) => (
            <th key={model.id} scope="col">
              {model.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.table.map((row) => (
          <tr key={row.label} data-row={row.label}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
