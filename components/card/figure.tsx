import type { Field } from '@/lib/catalogue/catalogue';
import { provenanceOf, type ProvenanceContext } from '@/lib/compare/provenance';

interface Props<T> {
  label: string;
  field: Field<T> | undefined;
  show: (value: T) => string;
  context: ProvenanceContext;
  unknown?: string;
}

/** One figure with where it came from (on hover) and, written under it, what other trusted sources say instead. */
export function Figure<T>({ label, field, show, context, unknown = '—' }: Props<T>) {
  if (!field) {
    return (
      <div class="fact">
        <dt>{label}</dt>
        <dd class="muted">{unknown}</dd>
      </div>
    );
  }
  const cell = provenanceOf({ text: show(field.value) }, field, show, context);
  const origin = [cell.source, cell.age].filter(Boolean).join(', ');
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd title={origin ? `Source: ${origin}` : undefined}>
        {cell.text}
        {cell.disagreement && (
          // In words, not only a tooltip: touch screens and screen readers get no tooltip.
          <span class="disagree">
            {' '}
            ≠ <span class="disagree-words">Sources differ: {cell.disagreement}</span>
          </span>
        )}
      </dd>
    </div>
  );
}
