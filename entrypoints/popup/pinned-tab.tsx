import { useSignal } from '@preact/signals';
import { formatDate } from '@/lib/compare/dates';
import { sendToBackground } from '@/lib/ext/shared/send';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from '@/lib/pins/transfer';
import type { PopupState } from './state';

/** Pinned models with where and when they were pinned; compare any two or all; export and import. */
export function PinnedTab({ state }: { state: PopupState }) {
  const selected = useSignal<string[]>([]);
  const pins = state.pins.value.pins;

  const toggle = (id: string) => {
    selected.value = selected.value.includes(id) ? selected.value.filter((s) => s !== id) : [...selected.value, id];
  };
  const open = (ids: string[]) => void state.act(async () => (await sendToBackground({ type: 'openComparison', ids }), undefined));
  const remove = (id: string) =>
    void state.act(async () => {
      state.pins.value = await sendToBackground({ type: 'changePins', operations: [{ kind: 'unpin', modelId: id }] });
      selected.value = selected.value.filter((s) => s !== id);
      return undefined;
    });
  const exportPins = () =>
    void state.act(async () => {
      const text = await sendToBackground({ type: 'exportPins' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      link.download = `model-lens-pins-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
      return `Exported ${pins.length} pin${pins.length === 1 ? '' : 's'}.`;
    });
  const importPins = (file: File | undefined) =>
    void state.act(async () => {
      if (!file) return undefined;
      // The message contract refuses a larger text without a reason the user could act on.
      if (file.size > MAX_IMPORT_BYTES) throw new Error(IMPORT_TOO_LARGE);
      const result = await sendToBackground({ type: 'importPins', text: await file.text() });
      return `Imported: ${result.added} new pin${result.added === 1 ? '' : 's'}${result.skipped ? `, ${result.skipped} unreadable entries skipped` : ''}${result.leftOut ? `, ${result.leftOut} left out (pin limit reached)` : ''}.`;
    });

  return (
    <div class="stack">
      {state.pinsProblem.value && (
        <p class="notice" role="alert">
          {state.pinsProblem.value}
        </p>
      )}
      {pins.length === 0 ? (
        <p class="muted">No pins yet. Pin a model from its card or from this popup.</p>
      ) : (
        <ul class="list" aria-label="Pinned models">
          {pins.map((pin) => {
            const model = state.byId.value.get(pin.modelId);
            return (
              <li key={pin.modelId}>
                <input type="checkbox" checked={selected.value.includes(pin.modelId)} onChange={() => toggle(pin.modelId)} aria-label={`Select ${pin.name}`} />
                <span class="grow wraps" title={pin.modelId}>
                  {model?.name ?? pin.name}
                  <span class="muted small">
                    {' '}
                    · {pin.pinnedAt.startsWith('1970') ? 'pinned earlier' : `pinned ${formatDate(pin.pinnedAt.slice(0, 10))}`}
                    {pin.page && (
                      <>
                        {' '}
                        on{' '}
                        <a href={pin.page.url} target="_blank" rel="noopener noreferrer">
                          {new URL(pin.page.url).hostname}
                        </a>
                      </>
                    )}
                  </span>
                </span>
                <button type="button" onClick={() => remove(pin.modelId)} aria-label={`Remove ${pin.name}`}>
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="row">
        <button type="button" class="primary" disabled={selected.value.length < 2} onClick={() => open(selected.value)}>
          Compare selected
        </button>
        <button type="button" disabled={pins.length < 2} onClick={() => open(pins.map((p) => p.modelId))}>
          Compare all
        </button>
      </div>
      <div class="row">
        <button type="button" onClick={exportPins} disabled={pins.length === 0}>
          Export
        </button>
        <label class="row">
          <span class="muted">Import:</span>
          <input type="file" accept="application/json,.json" aria-label="Import pins from a file" onChange={(e) => importPins((e.target as HTMLInputElement).files?.[0])} />
        </label>
      </div>
    </div>
  );
}
