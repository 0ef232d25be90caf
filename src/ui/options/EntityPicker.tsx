import { useMemo, useState } from 'preact/hooks';
import type { EntityRecord } from '../../store/schema';
import { searchEntities } from './entity-search';
import { t } from '../controls/i18n';

interface Props {
  label: string;
  entities: readonly EntityRecord[];
  /** Entities not to offer (the one being edited). */
  exclude?: readonly string[];
  selected: EntityRecord | null;
  onPick: (e: EntityRecord) => void;
}

/** Finds one entity by name or alias: a search field and the first few matches as buttons. */
export function EntityPicker({ label, entities, exclude = [], selected, onPick }: Props) {
  const [query, setQuery] = useState('');
  const candidates = useMemo(() => entities.filter((e) => !e.mergedInto && !exclude.includes(e.id)), [entities, exclude]);
  const { shown } = useMemo(() => (query.trim() ? searchEntities(candidates, query, 8) : { shown: [] }), [candidates, query]);
  return (
    <div class="picker">
      <label class="field">
        <span>{label}</span>
        <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
      </label>
      {query.trim() !== '' && (
        <ul class="picker-results">
          {shown.length === 0 && <li class="muted">{t('pickerNone')}</li>}
          {shown.map((e) => (
            <li key={e.id}>
              <button type="button" class="link" aria-pressed={selected?.id === e.id} data-entity={e.id} onClick={() => onPick(e)}>
                {e.name} <span class="muted">· {t(`kind_${e.type}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {selected && <p class="picked">{t('picked', selected.name)}</p>}
    </div>
  );
}
