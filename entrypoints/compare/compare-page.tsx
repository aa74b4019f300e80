import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ComparisonTable } from '@/components/comparison-table';
import { VolumeEditor } from '@/components/volume-editor';
import type { Catalogue, CatalogueModel } from '@/lib/catalogue/catalogue';
import { compareModels } from '@/lib/compare/rows';
import { verdict } from '@/lib/compare/verdict';
import { sendToBackground } from '@/lib/ext/send';
import { STORAGE_KEYS } from '@/lib/ext/storage-keys';
import { defaultSettings, SETTINGS_SPEC, type Settings } from '@/lib/user-data/settings';
import { readVersioned } from '@/lib/user-data/versioned';

/** The full-page comparison: any number of models side by side (pins, or two from a card or the popup). */
export function ComparePage() {
  const catalogue = useSignal<Catalogue | undefined>(undefined);
  const settings = useSignal<Settings>(defaultSettings());
  const ids = useSignal<string[]>(new URLSearchParams(location.search).get('ids')?.split(',').filter(Boolean) ?? []);
  const differencesOnly = useSignal(false);

  useEffect(() => {
    void browser.storage.local.get([STORAGE_KEYS.catalogue, STORAGE_KEYS.settings]).then((stored) => {
      catalogue.value = stored[STORAGE_KEYS.catalogue] as Catalogue | undefined;
      settings.value = readVersioned(stored[STORAGE_KEYS.settings], SETTINGS_SPEC).data;
    });
  }, []);

  if (!catalogue.value) return <main class="compare-page">Loading the catalogue…</main>;
  const byId = new Map<string, CatalogueModel>();
  for (const model of catalogue.value.models) for (const id of [model.id, ...model.ids.openrouter]) if (!byId.has(id)) byId.set(id, model);
  const models = [...new Map(ids.value.map((id) => byId.get(id)).filter((m): m is CatalogueModel => !!m).map((m) => [m.id, m])).values()];
  const missing = ids.value.filter((id) => !byId.has(id));
  const volume = settings.value.volume;
  document.title = `${models.map((m) => m.name).join(' vs ')} — Model Lens`;

  return (
    <main class="compare-page">
      <h1>{models.length ? models.map((m) => m.name).join(' vs ') : 'Compare models'}</h1>
      {missing.length > 0 && <p class="notice">Not in the catalogue any more: {missing.join(', ')}</p>}
      {models.length === 2 && (
        <p class="verdict" data-testid="verdict">
          {verdict(models[0]!, models[1]!, { volume })}
        </p>
      )}
      <div class="row">
        <VolumeEditor
          volume={volume}
          onChange={(next) => void sendToBackground({ type: 'updateSettings', patch: { volume: next } }).then((s) => (settings.value = s))}
        />
        <label class="row small">
          <input type="checkbox" checked={differencesOnly.value} onChange={(e) => (differencesOnly.value = (e.target as HTMLInputElement).checked)} />
          Differences only
        </label>
      </div>
      {models.length >= 2 ? (
        <ComparisonTable comparison={compareModels(models, { volume, now: new Date(), sources: catalogue.value.sources })} differencesOnly={differencesOnly.value} />
      ) : (
        <p class="muted">Choose at least two models to compare.</p>
      )}
      <p class="small muted">Catalogue as of {catalogue.value.dataAsOf}. Hover a figure's source line to see where it came from; ≠ marks figures that sources disagree on.</p>
    </main>
  );
}
