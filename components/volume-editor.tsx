import { formatTokens } from '@/lib/compare/format';
import type { Volume } from '@/lib/compare/cost';

const MILLION = 1_000_000;

/** The user's own monthly token volume, in millions, for "cost for your volume". */
export function VolumeEditor({ volume, onChange }: { volume: Volume; onChange: (volume: Volume) => void }) {
  const field = (key: keyof Volume, label: string) => (
    <label class="row small">
      {label}
      <input
        type="number"
        min={0}
        step={0.1}
        value={volume[key] / MILLION}
        aria-label={`${label} tokens a month, in millions`}
        onChange={(e) => {
          const millions = Number((e.target as HTMLInputElement).value);
          if (Number.isFinite(millions) && millions >= 0) onChange({ ...volume, [key]: Math.round(millions * MILLION) });
        }}
      />
      M
    </label>
  );
  return (
    <div class="volume" title={`${formatTokens(volume.inputTokens)} input and ${formatTokens(volume.outputTokens)} output tokens a month`}>
      <span class="small muted">Your monthly volume:</span>
      {field('inputTokens', 'Input')}
      {field('outputTokens', 'Output')}
    </div>
  );
}
