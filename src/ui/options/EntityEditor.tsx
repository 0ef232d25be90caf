import { LIMITS } from '../../store/records/limits';
import { confirmShort } from './confirm-short';
import { useEffect, useState } from 'preact/hooks';
import { kbEntity } from '../../core/kb';
import { RELATION_TYPES, type EntityType, type Relation, type RelationType } from '../../core/kb/types';
import { aliasText } from '../../core/kb/alias-text';
import { addAlias, editEntity, setAliasHidden, setEntityHidden } from '../../store/entity-edits';
import type { DealLensDB, EntityRecord } from '../../store/schema';
import { useConnector } from '../connect/connector';
import { EntityPicker } from './EntityPicker';
import { t } from '../controls/i18n';
import { KindSelect } from '../controls/KindSelect';
import { MergeDialog } from './MergeDialog';
import { Status } from '../controls/Status';
import { useAction } from './use-action';

const relLabel = (r: RelationType) => t(`rel_${r.replace(/-/g, '_')}`);

interface Props {
  entity: EntityRecord;
  entities: readonly EntityRecord[];
  /** After a write: read the store again and republish the overlay. */
  onChanged: () => Promise<void>;
  onClose: () => void;
  onMerged: (keepId: string, said: string) => Promise<void>;
}

/** One entity: its name, kind, aliases (hide a shipped one, add the reader's) and relations; hide it; merge it. */
export function EntityEditor({ entity, entities, onChanged, onClose, onMerged }: Props) {
  const connector = useConnector();
  const [name, setName] = useState(entity.name);
  const [type, setType] = useState<EntityType>(entity.type);
  const [description, setDescription] = useState(entity.description);
  const [relations, setRelations] = useState<Relation[]>(entity.relations ?? []);
  const [newAlias, setNewAlias] = useState('');
  const [relType, setRelType] = useState<RelationType>('part-of');
  const [relTarget, setRelTarget] = useState<EntityRecord | null>(null);
  const [relRole, setRelRole] = useState('');
  const [merging, setMerging] = useState(false);
  const action = useAction();

  useEffect(() => {
    setName(entity.name);
    setType(entity.type);
    setDescription(entity.description);
    setRelations(entity.relations ?? []);
  }, [entity.id, entity.updatedAt]);

  const nameOf = (id: string) => entities.find((e) => e.id === id)?.name ?? id;
  const shipped = new Set((kbEntity(entity.id)?.aliases ?? []).map(aliasText));
  const hidden = new Set(entity.hiddenAliases ?? []);
  const change = (f: (store: DealLensDB) => Promise<unknown>, said: string) =>
    action.run(async () => {
      await f(await connector.store());
      await onChanged();
      return said;
    });

  const aliasRow = (text: string, isName: boolean) => {
    const off = hidden.has(text);
    return (
      <li key={`${isName}-${text}`} class={off ? 'alias hidden' : 'alias'}>
        <span class="alias-text">{text}</span>
        {isName && <span class="tag">{t('aliasIsName')}</span>}
        {off && <span class="tag">{t('aliasHiddenNote')}</span>}
        <button type="button" onClick={() => change((s) => setAliasHidden(s, entity.id, text, !off), t(off ? 'aliasShown' : 'aliasHidden', text))}>
          {t(off ? 'showAlias' : 'hideAlias', text)}
        </button>
        {!isName && !shipped.has(text) && (
          <button type="button" onClick={() => change((s) => editEntity(s, entity.id, { aliases: (entity.aliases ?? []).filter((a) => aliasText(a) !== text) }), t('aliasRemoved', text))}>
            {t('removeAlias', text)}
          </button>
        )}
      </li>
    );
  };

  return (
    <section class="editor" aria-labelledby="editor-title" data-entity={entity.id}>
      <header class="editor-head">
        <h3 id="editor-title">{entity.name}</h3>
        <span class="tag">{t(entity.origin === 'user' ? 'originUser' : 'originKb')}</span>
        {entity.edited && <span class="tag">{t('stateEdited')}</span>}
        {entity.hidden && <span class="tag">{t('stateHidden')}</span>}
        <button type="button" class="close" onClick={onClose}>
          {t('close')}
        </button>
      </header>
      {entity.hidden && <p class="muted">{t('entityHiddenNote')}</p>}

      <form
        class="grid"
        onSubmit={(e) => {
          e.preventDefault();
          void change((s) => editEntity(s, entity.id, { name, type, description, relations }), t('saved'));
        }}
      >
        <label class="field">
          <span>{t('name')}</span>
          <input value={name} required maxLength={200} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <KindSelect value={type} onChange={setType} />
        <label class="field">
          <span>{t('description')}</span>
          <textarea rows={2} maxLength={2000} value={description} onInput={(e) => setDescription((e.target as HTMLTextAreaElement).value)} />
        </label>

        <fieldset>
          <legend>{t('relations')}</legend>
          {relations.length === 0 && <p class="muted">{t('noRelations')}</p>}
          <ul class="relations">
            {relations.map((r, i) => (
              <li key={`${r.type}-${r.entity}-${i}`}>
                {relLabel(r.type)}: {nameOf(r.entity)}
                {r.role ? ` (${r.role})` : ''}
                <button type="button" onClick={() => setRelations(relations.filter((_, j) => j !== i))}>
                  {t('removeRelation', nameOf(r.entity))}
                </button>
              </li>
            ))}
          </ul>
          <div class="add-relation">
            <label class="field">
              <span>{t('relationType')}</span>
              <select value={relType} onChange={(e) => setRelType((e.target as HTMLSelectElement).value as RelationType)}>
                {RELATION_TYPES.map((r) => (
                  <option value={r}>{relLabel(r)}</option>
                ))}
              </select>
            </label>
            <EntityPicker label={t('relatedEntity')} entities={entities} exclude={[entity.id]} selected={relTarget} onPick={setRelTarget} />
            <label class="field">
              <span>{t('role')}</span>
              <input value={relRole} maxLength={300} onInput={(e) => setRelRole((e.target as HTMLInputElement).value)} />
            </label>
            <button
              type="button"
              disabled={!relTarget}
              onClick={() => {
                if (!relTarget) return;
                setRelations([...relations, { type: relType, entity: relTarget.id, ...(relRole.trim() ? { role: relRole.trim() } : {}) }]);
                setRelTarget(null);
                setRelRole('');
              }}
            >
              {t('addRelation')}
            </button>
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" class="primary" disabled={action.busy}>
            {t('saveChanges')}
          </button>
        </div>
      </form>

      <h4>{t('aliasesHighlighted')}</h4>
      <ul class="aliases">
        {aliasRow(entity.name, true)}
        {(entity.aliases ?? []).map((a) => aliasRow(aliasText(a), false))}
      </ul>
      <form
        class="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const text = newAlias;
          if (!confirmShort(text)) return;
          void change((s) => addAlias(s, entity.id, text), t('aliasAdded', text.trim())).then(() => setNewAlias(''));
        }}
      >
        <label class="field">
          <span>{t('addAlias')}</span>
          <input value={newAlias} maxLength={LIMITS.name} onInput={(e) => setNewAlias((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" disabled={newAlias.trim() === ''}>
          {t('addAliasButton')}
        </button>
      </form>

      <div class="actions">
        <button type="button" onClick={() => change((s) => setEntityHidden(s, entity.id, !entity.hidden), t(entity.hidden ? 'entityShown' : 'entityHidden', entity.name))}>
          {t(entity.hidden ? 'showEntity' : 'hideEntity')}
        </button>
        <button type="button" onClick={() => setMerging(true)}>
          {t('mergeWith')}
        </button>
      </div>
      <Status said={action.said} failed={action.failed} />
      {merging && <MergeDialog entity={entity} entities={entities} onClose={() => setMerging(false)} onMerged={onMerged} />}
    </section>
  );
}
