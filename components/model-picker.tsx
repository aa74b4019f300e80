import { useSignal } from '@preact/signals';
import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import type { SearchIndex } from '@/lib/catalogue/search';

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
}

/** A compare slot: type to search the whole catalogue, or pick from this page, pins and recent hovers. */
export function ModelPicker({ label, value, search, suggestions, onPick }: Props) {
  const query = useSignal('');
  const open = useSignal(false);
  const results = query.value.trim() ? search.search(query.value, 8).map((m) => ({ id: m.id, name: m.name, note: `${Math.round(m.rank.score)}/100` })) : [];
  const groups = results.length ? [{ title: 'Search results', choices: results }] : suggestions.filter((g) => g.choices.length);

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
          placeholder={value ? value.name : 'Search models…'}
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
            if (e.key === 'Escape') open.value = false;
          }}
        />
      </label>
      {value && !open.value && <div class="small">{value.name}</div>}
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
