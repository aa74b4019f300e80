import type { ComparisonReport } from '@/lib/compare/compare-report';
import { NO_NEIGHBOURS } from '@/lib/compare/report-markdown';

/** "Need something different?": the Match Graph's neighbours of the compared models, each a comparison away. */
export function SomethingDifferent({ report }: { report: ComparisonReport }) {
  const ids = report.models.map((m) => m.id);
  return (
    <section data-testid="something-different" aria-labelledby="something-different">
      <h2 id="something-different">Need something different?</h2>
      {report.somethingDifferent.length ? (
        <ul>
          {report.somethingDifferent.map((n) => (
            <li key={n.id}>
              <a href={`compare.html?ids=${[...ids, n.id].map(encodeURIComponent).join(',')}`}>{n.name}</a>{' '}
              <span class="muted small">met {n.times}× with these on your pages and comparisons</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{NO_NEIGHBOURS}</p>
      )}
    </section>
  );
}
