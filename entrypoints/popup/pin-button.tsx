import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { sendToBackground } from '@/lib/ext/shared/send';
import { togglePinOperation } from '@/lib/pins/toggle-pin';
import type { PopupState } from './state';

/** Pin or unpin one model; the page it is pinned from is the tab the popup belongs to. */
export function PinButton({ state, model }: { state: PopupState; model: CatalogueModel }) {
  const pinned = state.pins.value.pins.some((p) => p.modelId === model.id);
  const toggle = () =>
    void state.act(async () => {
      const url = state.tabInfo.value.url;
      const page = url && /^https?:/.test(url) ? { url, title: '' } : undefined;
      const operations = [togglePinOperation(model, pinned, new Date(), page)];
      state.pins.value = await sendToBackground({ type: 'changePins', operations });
      return undefined;
    });
  return (
    <button type="button" onClick={toggle} aria-pressed={pinned} aria-label={`${pinned ? 'Unpin' : 'Pin'} ${model.name}`}>
      {pinned ? 'Unpin' : 'Pin'}
    </button>
  );
}
