import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ExportButtons } from '@/components/compare/export-buttons';
import { ModelCapabilities } from '@/components/compare/model-capabilities';
import { SeedTable } from '@/components/compare/seed-table';
import { SomethingDifferent } from '@/components/compare/something-different';
import { ComparisonTable } from '@/components/comparison-table';
import { VolumeEditor } from '@/components/volume-editor';
import type { Catalogue } from '@/lib/catalogue/catalogue';
import { buildReport, findModels } from '@/lib/compare/compare-report';
import { missingLines } from '@/lib/compare/report-markdown';
import { compareModels } from '@/lib/compare/rows';
import { sendToBackground } from '@/lib/ext/shared/send';
import { catalogueItem, matchGraphItem, settingsItem, sightingsItem } from '@/lib/ext/shared/storage/items';
import { emptyMatchGraph, type MatchGraph } from '@/lib/user-data/match-graph';
import { defaultSettings, type Settings } from '@/lib/user-data/settings';
import type { Sightings } from '@/lib/user-data/sightings';

interface Stored {
  catalogue?: Catalogue;
  graph: MatchGraph;
  sightings: Sightings;
}

/**
 * The comparison in a full tab, at `compare.html?ids=a,b[,c…]`: the verdict, the seed's table,
 * every figure side by side, each model's decomposed capabilities and pick instead, and the Match
 * Graph's neighbours. It reads only what is in storage, so it works offline.
 */
export function ComparePage() {
  const stored = useSignal<Stored | 'loading'>('loading');
  const settings = useSignal<Settings>(defaultSettings());
  const ids = new URLSearchParams(location.search).get('ids')?.split(',').map((id) => id.trim()).filter(Boolean) ?? [];
  const differencesOnly = useSignal(false);

  useEffect(() => {
    void Promise.all([settingsItem.read(), catalogueItem.read(), matchGraphItem.read(), sightingsItem.read()]).then(
      ([storedSettings, catalogue, graph, sightings]) => {
        settings.value = storedSettings.data;
        const recording = settings.value.recordSightings;
        stored.value = { catalogue, graph: recording ? graph.data : emptyMatchGraph(), sightings: recording ? sightings.data : {} };
      },
    );
  }, []);

  if (stored.value === 'loading') return <main class="compare-page">Loading the catalogue…</main>;
  const { catalogue, graph, sightings } = stored.value;
  if (!catalogue) {
    return (
      <main class="compare-page">
        <h1>Compare models</h1>
        <p class="notice">No catalogue is stored yet. Open the toolbar popup once (it loads the bundled catalogue), then reload this page.</p>
      </main>
    );
  }
  if (!ids.length) {
    return (
      <main class="compare-page">
        <h1>Compare models</h1>
        <p class="notice">This link names no models. Open a comparison from a model's card, the popup or your pins; its address lists the models as compare.html?ids=a,b.</p>
      </main>
    );
  }
  const volume = settings.value.volume;
  const report = buildReport({ ids, catalogue: catalogue.models, graph, sightings, weights: settings.value.rankWeights, volume });
  const { models } = findModels(ids, catalogue.models);
  document.title = `${report.title} — Model Lens`;

  return (
    <main class="compare-page">
      <h1>{report.title}</h1>
      {missingLines(report).map((line) => (
        <p key={line} class="notice" data-testid="missing">
          {line}
        </p>
      ))}
      <p class="verdict" data-testid="verdict">
        {report.verdict}
      </p>
      <ExportButtons report={report} permalink={location.href} />
      {report.models.length > 0 && <SeedTable report={report} />}

      {models.length >= 2 && (
        <details class="all-figures" open>
          <summary>Every figure, with its source</summary>
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
          <ComparisonTable comparison={compareModels(models, { volume, now: new Date(), sources: catalogue.sources })} differencesOnly={differencesOnly.value} />
        </details>
      )}

      {report.models.map((model) => (
        <ModelCapabilities key={model.id} model={model} noiseNote={report.noiseNote} />
      ))}
      <SomethingDifferent report={report} />
      <p class="small muted">
        Catalogue as of {catalogue.dataAsOf}. Every sentence is computed from it; Match Graph and Times Matched come from this device only.
      </p>
    </main>
  );
}
