import { useMemo, useState } from 'preact/hooks';
import type { EntityRecord } from '../../store/schema';
import { EntityEditor } from './EntityEditor';
import { searchEntities } from './entity-search';
import { t } from '../controls/i18n';
import { Status } from '../controls/Status';

/** Results shown at once: a search narrows ~900 entities quickly, and a short list stays fast to render and to tab through. */
const SHOWN = 50;

interface Props {
  entities: readonly EntityRecord[];
  onChanged: () => Promise<void>;
}

/** Every entity, shipped and the reader's, searchable by name and alias; one opens in the editor. */
export function KbBrowser({ entities, onChanged }: Props) {
  const [query, setQuery] = useState('');
  const [showHidden, setShowHidden] = useState(false);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const visible = useMemo(() => entities.filter((e) => !e.mergedInto && (showHidden || !e.hidden)), [entities, showHidden]);
  const { shown, total } = useMemo(() => searchEntities(visible, query, SHOWN), [visible, query]);
  const selected = entities.find((e) => e.id === selectedId) ?? null;

  return (
    <section id="kb" aria-labelledby="kb-title">
      <h2 id="kb-title">{t('navKb')}</h2>
      <div class="kb-layout">
        <div class="kb-list">
          <label class="field">
            <span>{t('kbSearch')}</span>
            <input type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
          </label>
          <label class="choice">
            <input type="checkbox" checked={showHidden} onChange={(e) => setShowHidden((e.target as HTMLInputElement).checked)} /> {t('kbShowHidden')}
          </label>
          <p class="muted" aria-live="polite">
            {total === 0 ? t('kbNone') : t('kbCount', [String(shown.length), String(total)])}
          </p>
          <ul class="results">
            {shown.map((e) => (
              <li key={e.id}>
                <button type="button" class="result" aria-current={e.id === selectedId ? 'true' : undefined} data-entity={e.id} onClick={() => { setSaid(''); setSelectedId(e.id); }}>
                  <span class="result-name">{e.name}</span>
                  <span class="muted">
                    {t(`kind_${e.type}`)}
                    {e.origin === 'user' ? ` · ${t('originUser')}` : ''}
                    {e.hidden ? ` · ${t('stateHidden')}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div class="kb-detail">
          <Status said={said} failed={false} />
          {selected && !selected.mergedInto && (
            <EntityEditor
              entity={selected}
              entities={entities}
              onChanged={onChanged}
              onClose={() => setSelectedId(null)}
              onMerged={async (keepId, message) => {
                await onChanged();
                setSelectedId(keepId);
                setSaid(message);
              }}
            />
          )}
        </div>
      </div>
    </section>
  );
}
