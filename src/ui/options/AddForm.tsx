import { confirmShort } from './confirm-short';
import { LIMITS } from '../../store/records/limits';
import { useMemo, useState } from 'preact/hooks';
import type { EntityType } from '../../core/kb/types';
import { addAlias, addUserEntity } from '../../store/entity-edits';
import type { EntityRecord } from '../../store/schema';
import { similarEntities } from '../../store/similar';
import { useConnector } from '../connect/connector';
import { EntityPicker } from './EntityPicker';
import { t } from '../controls/i18n';
import { KindSelect } from '../controls/KindSelect';
import { ENTITY_TYPES } from '../../core/kb/types';
import { Status } from '../controls/Status';
import { useAction } from './use-action';

const MAX_NAME = LIMITS.name;

/** What "Add to DealLens as…" asks, from the page's hash: #add?text=…&type=… */
export function addRequest(hash: string): { text: string; type: EntityType } | null {
  if (!hash.startsWith('#add?')) return null;
  const q = new URLSearchParams(hash.slice(5));
  const text = (q.get('text') ?? '').replace(/\s+/g, ' ').trim();
  const type = q.get('type') as EntityType;
  return text ? { text, type: ENTITY_TYPES.includes(type) ? type : 'company' } : null;
}

interface Props {
  text: string;
  type: EntityType;
  entities: readonly EntityRecord[];
  onChanged: () => Promise<void>;
}

/**
 * The choice "Add to DealLens as…" leaves to the reader when the store already holds something
 * close to the selection: a new entity, or an alias of an existing one.
 */
export function AddForm({ text, type: initialType, entities, onChanged }: Props) {
  const connector = useConnector();
  const similar = useMemo(() => similarEntities(entities, text), [entities.length, text]);
  const [asAlias, setAsAlias] = useState(similar.length > 0);
  const [type, setType] = useState<EntityType>(initialType);
  const [target, setTarget] = useState<EntityRecord | null>(similar[0] ?? null);
  const [done, setDone] = useState(false);
  const action = useAction();
  const tooLong = text.length > MAX_NAME;

  return (
    <section class="add-form" aria-labelledby="add-title">
      <h2 id="add-title">{t('addTitle', text.length > 80 ? `${text.slice(0, 80)}…` : text)}</h2>
      {tooLong ? (
        <p class="error">{t('addTooLong')}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!confirmShort(text)) return;
            void action.run(async () => {
              const store = await connector.store();
              if (asAlias) {
                if (!target) return t('addPickTarget');
                await addAlias(store, target.id, text);
                await onChanged();
                setDone(true);
                return t('addedAlias', [text, target.name]);
              }
              const added = await addUserEntity(store, { name: text, type });
              await onChanged();
              setDone(true);
              return t('addedEntity', added.name);
            });
          }}
        >
          <fieldset disabled={done}>
            <legend>{t('addAs')}</legend>
            <label class="choice">
              <input type="radio" name="add-as" checked={!asAlias} onChange={() => setAsAlias(false)} /> {t('addAsNew')}
            </label>
            {!asAlias && (
              <KindSelect class="field indent" value={type} onChange={setType} />
            )}
            <label class="choice">
              <input type="radio" name="add-as" checked={asAlias} onChange={() => setAsAlias(true)} /> {t('addAsAlias')}
            </label>
            {asAlias && (
              <div class="indent">
                {similar.length > 0 && (
                  <fieldset>
                    <legend>{t('addSimilar')}</legend>
                    {similar.map((e) => (
                      <label class="choice" key={e.id}>
                        <input type="radio" name="add-target" checked={target?.id === e.id} onChange={() => setTarget(e)} /> {e.name} <span class="muted">· {t(`kind_${e.type}`)}</span>
                      </label>
                    ))}
                  </fieldset>
                )}
                <EntityPicker label={t('addFindOther')} entities={entities} selected={target} onPick={setTarget} />
              </div>
            )}
            <button type="submit" class="primary" disabled={action.busy}>
              {t('addButton')}
            </button>
          </fieldset>
        </form>
      )}
      <Status said={action.said} failed={action.failed} />
    </section>
  );
}
