import { useSignal } from '@preact/signals';
import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { readableName, type SearchIndex } from '@/lib/catalogue/search';

interface Choice {
  id: string;
  name: string;
  note?: string;
}

interface Props {
  label: string;
  value: CatalogueModel | undefined;
  search: SearchIndex;
  /** Quick choices: this page's models, pins, recent hovers. */
  suggestions: { title: string; choices: Choice[] }[];
  onPick: (id: string) => void;
  /** A search that found nothing empties the slot: a model left there would read as the result. */
  onClear: () => void;
}

/** A compare slot: type to search the whole catalogue, or pick from this page, pins and recent hovers. */
export function ModelPicker({ label, value, search, suggestions, onPick, onClear }: Props) {
  const query = useSignal('');
  const open = useSignal(false);
  const searching = query.value.trim() !== '';
  const results = searching ? search.search(query.value, 8).map((m) => ({ id: m.id, name: readableName(m), note: `${Math.round(m.rank.score)}/100` })) : [];
  const groups = searching ? (results.length ? [{ title: 'Search results', choices: results }] : []) : suggestions.filter((g) => g.choices.length);
  const noMatch = searching && results.length === 0;

  const pick = (id: string) => {
    onPick(id);
    query.value = '';
    open.value = false;
  };

  return (
    <div class="picker">
      <label class="stack small">
        <span class="muted">{label}</span>
        <input
          type="search"
          placeholder={value ? readableName(value) : 'Search models…'}
          value={query.value}
          aria-label={`${label}: search models`}
          onFocus={() => (open.value = true)}
          onBlur={() => setTimeout(() => (open.value = false), 150)}
          onInput={(e) => {
            query.value = (e.target as HTMLInputElement).value;
            open.value = true;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && results[0]) pick(results[0].id);
            if (e.key === 'Enter' && noMatch) onClear();
            if (e.key === 'Escape') open.value = false;
          }}
        />
      </label>
      {noMatch && (
        <p class="small notice" role="status">
          No model matches “{query.value.trim()}”.
        </p>
      )}
      {value && !open.value && !noMatch && <div class="small">{readableName(value)}</div>}
      {open.value && groups.length > 0 && (
        <ul role="listbox" aria-label={`${label} choices`}>
          {groups.map((group) => [
            <li key={`t-${group.title}`} class="muted small" role="presentation">
              {group.title}
            </li>,
            ...group.choices.map((choice) => (
              <li key={`${group.title}-${choice.id}`} role="option" aria-selected={value?.id === choice.id}>
                <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => pick(choice.id)}>
                  {choice.name} {choice.note && <span class="muted small">{choice.note}</span>}
                </button>
              </li>
            )),
          ])}
        </ul>
      )}
    </div>
  );
}
