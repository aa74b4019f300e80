import type { ModelNeighbours } from '@/lib/compare/model-neighbours';

/** The card's "pick instead" (cheaper or better, same capabilities) and the Match Graph's "often compared with". */
export function NeighboursSection({ neighbours }: { neighbours: ModelNeighbours }) {
  const { pickInstead, pickInsteadNote, oftenComparedWith } = neighbours;
  return (
    <div class="neighbours">
      {pickInstead.length > 0 && (
        <section aria-label="Pick instead">
          <h3 class="small muted">Pick instead</h3>
          <ul class="picks" data-testid="card-pick-instead">
            {pickInstead.map((pick) => (
              <li key={pick.id} title={pick.reason}>
                <strong>{pick.name}</strong> <span class="muted small">{pick.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {!pickInstead.length && pickInsteadNote && <p class="muted small">Pick instead: {pickInsteadNote}</p>}
      {oftenComparedWith.length > 0 && (
        <p class="small" data-testid="card-often-compared">
          <span class="muted">Often compared with: </span>
          {oftenComparedWith.map((n) => `${n.name} (${n.times}×)`).join(', ')}
        </p>
      )}
    </div>
  );
}
