import { useSignal } from '@preact/signals';
import type { HubDetails, ModelDetails } from '@/lib/ext/shared/messages';
import { sendToBackground } from '@/lib/ext/shared/send';
import { togglePinOperation } from '@/lib/pins/toggle-pin';
import { HubCard } from './hub-card';
import { FamilyCard } from './other-cards';
import { ModelCard } from './model-card';
import { quantizationHeading } from '@/lib/catalogue/hub-labels';
import { errorMessage } from '@/lib/error-message';

export type CardContent =
  | { kind: 'specific'; details: ModelDetails; page: { url: string; title: string }; hub?: HubDetails; snapshot?: string }
  | { kind: 'hub'; details: HubDetails }
  | { kind: 'family'; name: string };

interface Props {
  content: CardContent;
  theme: 'light' | 'dark';
  now: Date;
  onClose: () => void;
}

/** The card's behaviour: pin and compare go to the background, which answers with the new state. */
export function CardApp({ content, theme, now, onClose }: Props) {
  const busy = useSignal(false);
  const notice = useSignal<string | undefined>(undefined);
  const details = useSignal(content.kind === 'specific' ? content.details : undefined);

  const run = async (work: () => Promise<string | undefined>) => {
    busy.value = true;
    try {
      notice.value = await work();
    } catch (error) {
      notice.value = errorMessage(error);
    } finally {
      busy.value = false;
    }
  };

  if (content.kind === 'hub') return <div data-theme={theme} class="card-theme"><HubCard details={content.details} now={now} onClose={onClose} /></div>;
  if (content.kind === 'family') return <div data-theme={theme} class="card-theme"><FamilyCard name={content.name} onClose={onClose} /></div>;
  const current = details.value!;

  const onPin = () =>
    run(async () => {
      const model = current.model;
      const operations = [togglePinOperation(model, current.pinned, new Date(), content.page)];
      const pins = await sendToBackground({ type: 'changePins', operations });
      const pinned = pins.pins.some((p) => p.modelId === model.id);
      details.value = { ...current, pinned };
      return pinned ? 'Pinned: find it in the toolbar popup.' : 'Unpinned.';
    });

  const onCompare = () =>
    run(async () => {
      const result = await sendToBackground({ type: 'compareWith', id: current.model.id });
      if (result.opened) return 'Opened the comparison in a new tab.';
      return `${current.model.name} is ready to compare: open another model's card and press Compare.`;
    });

  return (
    <div data-theme={theme} class="card-theme">
      <ModelCard details={current} origin={content.hub && quantizationOrigin(content.hub, current.model.name)} now={now} busy={busy.value} notice={notice.value} snapshot={content.snapshot} onPin={onPin} onCompare={onCompare} onClose={onClose} />
    </div>
  );
}

/** A quantized repo shows its base's card, headed by what the repo is. */
function quantizationOrigin(hub: HubDetails, baseName: string): string | undefined {
  return hub.ok ? quantizationHeading(hub.repoId, hub.stats.libraryName, baseName) : undefined;
}
