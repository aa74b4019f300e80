import { ComparisonTable } from '@/components/comparison-table';
import { ModelPicker } from '@/components/model-picker';
import { readableName } from '@/lib/catalogue/search';
import { VolumeEditor } from '@/components/volume-editor';
import { compareModels } from '@/lib/compare/rows';
import { verdict } from '@/lib/compare/verdict';
import { sendToBackground } from '@/lib/ext/shared/send';
import type { PopupState } from './state';

/** Two slots and the side-by-side table, with the verdict and the user's monthly cost. */
export function CompareTab({ state }: { state: PopupState }) {
  const a = state.slotA.value ? state.byId.value.get(state.slotA.value) : undefined;
  const b = state.slotB.value ? state.byId.value.get(state.slotB.value) : undefined;
  const catalogue = state.catalogue.value;
  const choices = (ids: string[]) =>
    ids.map((id) => state.byId.value.get(id)).filter((m) => !!m).map((m) => ({ id: m!.id, name: readableName(m!) }));
  const suggestions = [
    { title: 'On this page', choices: choices((state.pageModels.value ?? []).map((m) => m.id)) },
    { title: 'Pinned', choices: choices(state.pins.value.pins.map((p) => p.modelId)) },
    { title: 'Recently hovered', choices: choices(state.recent.value.hovered) },
  ];
  const volume = state.settings.value.volume;

  return (
    <div class="stack">
      <div class="slots">
        <ModelPicker label="Model A" value={a} search={state.search.value} suggestions={suggestions} onPick={(id) => (state.slotA.value = id)} onClear={() => (state.slotA.value = undefined)} />
        <button
          type="button"
          aria-label="Swap models"
          onClick={() => {
            [state.slotA.value, state.slotB.value] = [state.slotB.value, state.slotA.value];
          }}
        >
          ⇄
        </button>
        <ModelPicker label="Model B" value={b} search={state.search.value} suggestions={suggestions} onPick={(id) => (state.slotB.value = id)} onClear={() => (state.slotB.value = undefined)} />
      </div>
      <VolumeEditor
        volume={volume}
        onChange={(next) =>
          void state.act(async () => {
            state.settings.value = await sendToBackground({ type: 'updateSettings', patch: { volume: next } });
            return undefined;
          })
        }
      />
      {a && b && catalogue ? (
        <>
          <p class="verdict" data-testid="verdict">
            {verdict(a, b, { volume })}
          </p>
          <ComparisonTable comparison={compareModels([a, b], { volume, now: new Date(), sources: catalogue.sources })} />
          <button type="button" onClick={() => void state.act(async () => (await sendToBackground({ type: 'openComparison', ids: [a.id, b.id] }), undefined))}>
            Open as a full page
          </button>
        </>
      ) : (
        <p class="muted">Pick two models to compare: from this page, your pins, recent hovers, or search.</p>
      )}
    </div>
  );
}
