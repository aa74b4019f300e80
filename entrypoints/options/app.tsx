import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { Catalogue } from '@/lib/catalogue/catalogue';
import { DEFAULT_RANK_WEIGHTS, MATCH_GRAPH_LABEL, SUB_SCORE_LABELS, SUB_SCORE_NAMES } from '@/lib/catalogue/rank';
import { formatScore } from '@/lib/compare/format';
import { rerankWithMatchGraph } from '@/lib/compare/match-rank';
import { sendToBackground } from '@/lib/ext/shared/send';
import { catalogueItem, matchGraphItem, settingsItem } from '@/lib/ext/shared/storage/items';
import { emptyMatchGraph, type MatchGraph } from '@/lib/user-data/match-graph';
import { DEFAULT_MATCH_GRAPH_WEIGHT } from '@/lib/user-data/settings-defaults';
import { DEFAULT_SITES, defaultSettings, unreadableSettingsNotice, type Settings } from '@/lib/user-data/settings';
import { errorMessage } from '@/lib/error-message';

const WEIGHT_LABELS = { ...SUB_SCORE_LABELS, matchGraph: MATCH_GRAPH_LABEL } as const;
const WEIGHT_NAMES = [...SUB_SCORE_NAMES, 'matchGraph'] as const;

/** Settings: sites, how the card opens, rank weights with a live preview, the local record, theme. */
export function OptionsApp() {
  const settings = useSignal<Settings>(defaultSettings());
  const catalogue = useSignal<Catalogue | undefined>(undefined);
  const matchGraph = useSignal<MatchGraph>(emptyMatchGraph());
  const message = useSignal<{ kind: 'ok' | 'error'; text: string } | undefined>(undefined);

  useEffect(() => {
    void Promise.all([settingsItem.read(), catalogueItem.read(), matchGraphItem.read()]).then(([storedSettings, storedCatalogue, storedGraph]) => {
      settings.value = storedSettings.data;
      if (storedSettings.kind === 'unreadable') message.value = { kind: 'error', text: unreadableSettingsNotice(storedSettings.reason) };
      catalogue.value = storedCatalogue;
      matchGraph.value = storedGraph.data;
    });
  }, []);

  const save = async (patch: Partial<Settings>, done?: string) => {
    try {
      settings.value = await sendToBackground({ type: 'updateSettings', patch });
      message.value = done ? { kind: 'ok', text: done } : undefined;
    } catch (error) {
      message.value = { kind: 'error', text: errorMessage(error) };
    }
  };
  const site = async (host: string, on: boolean) => {
    try {
      settings.value = await sendToBackground({ type: on ? 'enableSite' : 'disableSite', host });
    } catch (error) {
      message.value = { kind: 'error', text: errorMessage(error) };
    }
  };
  const s = settings.value;
  const preview = catalogue.value ? rerankWithMatchGraph(catalogue.value.models, s.rankWeights, matchGraph.value).slice(0, 10) : [];

  return (
    <main class="options">
      <h1>Model Lens settings</h1>
      {message.value && (
        <p class={message.value.kind === 'ok' ? 'ok' : 'notice'} role={message.value.kind === 'ok' ? 'status' : 'alert'}>
          {message.value.text}
        </p>
      )}

      <section aria-labelledby="sites">
        <h2 id="sites">Sites</h2>
        {DEFAULT_SITES.map((host) => (
          <label key={host}>
            <input type="checkbox" checked={!s.disabledSites.includes(host)} onChange={(e) => void site(host, (e.target as HTMLInputElement).checked)} />
            {host} <span class="muted small">(on by default)</span>
          </label>
        ))}
        {s.extraSites.map((host) => (
          <label key={host}>
            <input type="checkbox" checked onChange={() => void site(host, false)} />
            {host} <span class="muted small">(turning it off also gives back the permission)</span>
          </label>
        ))}
        <p class="muted small">To turn Model Lens on for another site, open the site and choose “Enable on this site” in the toolbar popup.</p>
      </section>

      <section aria-labelledby="card">
        <h2 id="card">The card</h2>
        <label>
          Opens
          <select value={s.trigger} onChange={(e) => void save({ trigger: (e.target as HTMLSelectElement).value as Settings['trigger'] })}>
            <option value="hover">when pointing at a name</option>
            <option value="modifier">when pointing with Alt held</option>
            <option value="keyboard">only with the keyboard shortcut</option>
          </select>
        </label>
        <label>
          Delay
          <input type="number" min={0} max={3000} step={50} value={s.hoverDelayMs} onChange={(e) => void save({ hoverDelayMs: Number((e.target as HTMLInputElement).value) })} />
          ms
        </label>
        <label>
          <input type="checkbox" checked={s.showFamilyMentions} onChange={(e) => void save({ showFamilyMentions: (e.target as HTMLInputElement).checked })} />
          Mark family names too (“Llama 4”, “Gemini 2.5”), more faintly
        </label>
        <label>
          Theme
          <select value={s.theme} onChange={(e) => void save({ theme: (e.target as HTMLSelectElement).value as Settings['theme'] })}>
            <option value="auto">follow the system</option>
            <option value="light">light</option>
            <option value="dark">dark</option>
          </select>
        </label>
        <p class="muted small">Keyboard: the shortcut (Alt+Shift+M unless you changed it in the browser's extension shortcuts) opens the card for the name at the caret or the next name on screen.</p>
      </section>

      <section aria-labelledby="rank">
        <h2 id="rank">How models are ranked</h2>
        <div class="weights">
          {WEIGHT_NAMES.map((name) => (
            <>
              <span key={`l-${name}`}>{WEIGHT_LABELS[name]}</span>
              <input
                key={`r-${name}`}
                type="range"
                min={0}
                max={100}
                value={s.rankWeights[name]}
                aria-label={`${WEIGHT_LABELS[name]} weight`}
                onInput={(e) => (settings.value = { ...s, rankWeights: { ...s.rankWeights, [name]: Number((e.target as HTMLInputElement).value) } })}
                onChange={() => void save({ rankWeights: settings.value.rankWeights })}
              />
              <span key={`v-${name}`} class="muted">
                {s.rankWeights[name]}
              </span>
            </>
          ))}
        </div>
        <button type="button" onClick={() => void save({ rankWeights: { ...DEFAULT_RANK_WEIGHTS, matchGraph: DEFAULT_MATCH_GRAPH_WEIGHT } }, 'Weights reset.')}>
          Reset to defaults
        </button>
        <h3 class="small muted">Top 10 with these weights</h3>
        <ol class="preview" data-testid="rank-preview">
          {preview.map((model) => (
            <li key={model.id}>
              {model.name} <span class="muted">{formatScore(model.rank.score)}</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="privacy">
        <h2 id="privacy">Your data</h2>
        <label>
          <input type="checkbox" checked={s.recordSightings} onChange={(e) => void save({ recordSightings: (e.target as HTMLInputElement).checked })} />
          Remember where I have seen each model (kept on this device only; shown on the card)
        </label>
        <button type="button" onClick={() => void sendToBackground({ type: 'clearSightings' }).then(() => (message.value = { kind: 'ok', text: 'The record of where models were seen is cleared.' }))}>
          Clear the record
        </button>
        <label>
          <input type="checkbox" checked={s.syncPins} onChange={(e) => void save({ syncPins: (e.target as HTMLInputElement).checked })} />
          Copy pins (ids and dates) to the browser's sync storage
        </label>
        <label>
          Refresh the catalogue every
          <input type="number" min={1} max={168} value={s.refreshIntervalHours} onChange={(e) => void save({ refreshIntervalHours: Number((e.target as HTMLInputElement).value) })} />
          hours
        </label>
      </section>
    </main>
  );
}
