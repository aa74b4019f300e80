import { browser } from 'wxt/browser';
import { useEffect } from 'preact/hooks';
import { DataStatus } from '@/components/data-status';
import { sendToBackground } from '@/lib/ext/shared/send';
import { CompareTab } from './compare-tab';
import { PageTab } from './page-tab';
import { PinnedTab } from './pinned-tab';
import { SiteToggle } from './site-toggle';
import type { PopupState, PopupTab } from './state';

const TABS: { id: PopupTab; label: string }[] = [
  { id: 'page', label: 'On this page' },
  { id: 'compare', label: 'Compare' },
  { id: 'pinned', label: 'Pinned' },
];

export function App({ state }: { state: PopupState }) {
  useEffect(() => {
    void state.load();
  }, []);

  const refresh = async () => {
    state.refreshing.value = true;
    await state.act(async () => {
      state.status.value = await sendToBackground({ type: 'refreshNow' });
      return undefined;
    });
    state.refreshing.value = false;
  };

  return (
    <main class="popup">
      <header class="row">
        <h1>Model Lens</h1>
        <span class="grow" />
        <a href={browser.runtime.getURL('/options.html')} target="_blank" class="small">
          Settings
        </a>
      </header>
      <SiteToggle state={state} />
      <div class="tabs" role="tablist" aria-label="Model Lens">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-selected={state.activeTab.value === tab.id}
            aria-controls={`panel-${tab.id}`}
            onClick={() => (state.activeTab.value = tab.id)}
          >
            {tab.label}
            {tab.id === 'pinned' && state.pins.value.pins.length > 0 ? ` (${state.pins.value.pins.length})` : ''}
          </button>
        ))}
      </div>
      {state.message.value && (
        <p class={state.message.value.kind === 'ok' ? 'ok' : 'notice'} role={state.message.value.kind === 'ok' ? 'status' : 'alert'}>
          {state.message.value.text}
        </p>
      )}
      <section id={`panel-${state.activeTab.value}`} role="tabpanel" aria-labelledby={`tab-${state.activeTab.value}`}>
        {state.activeTab.value === 'page' && <PageTab state={state} />}
        {state.activeTab.value === 'compare' && <CompareTab state={state} />}
        {state.activeTab.value === 'pinned' && <PinnedTab state={state} />}
      </section>
      <footer class="small muted">
        <DataStatus status={state.status.value} error={undefined} refreshing={state.refreshing.value} onRefresh={refresh} />
      </footer>
    </main>
  );
}
