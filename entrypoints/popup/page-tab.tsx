import { formatScore } from '@/lib/compare/format';
import type { PopupState } from './state';
import { PinButton } from './pin-button';

/** The models this tab names, best-ranked first, with how often each is named. */
export function PageTab({ state }: { state: PopupState }) {
  const models = state.pageModels.value;
  if (models === undefined) return <p class="muted">Reading the page…</p>;
  if (models.length === 0) return <p class="muted">No models named on this page (or Model Lens is off here).</p>;
  const rows = models
    .map((m) => ({ page: m, model: state.byId.value.get(m.id) }))
    .filter((r) => r.model)
    .sort((a, b) => a.model!.rank.position - b.model!.rank.position);
  const compare = (id: string) => {
    if (!state.slotA.value || state.slotA.value === id) state.slotA.value = id;
    else state.slotB.value = id;
    state.activeTab.value = 'compare';
  };
  return (
    <ul class="list" aria-label="Models on this page">
      {rows.map(({ page, model }) => (
        <li key={model!.id}>
          <span class="score" title={`Rank #${model!.rank.position} of ${model!.rank.of}`}>
            {formatScore(model!.rank.score).replace('/100', '')}
          </span>
          <span class="grow" title={model!.id}>
            {model!.name} <span class="muted small">×{page.count}</span>
          </span>
          <button type="button" onClick={() => compare(model!.id)} aria-label={`Compare ${model!.name}`}>
            Compare
          </button>
          <PinButton state={state} model={model!} />
        </li>
      ))}
    </ul>
  );
}
