import { useEffect, useRef, useState } from 'preact/hooks';
import { mergeEntities } from '../../store/entity-edits';
import type { EntityRecord } from '../../store/schema';
import { useConnector } from '../connect/connector';
import { EntityPicker } from './EntityPicker';
import { t } from '../controls/i18n';
import { Status } from '../controls/Status';
import { useAction } from './use-action';

interface Props {
  entity: EntityRecord;
  entities: readonly EntityRecord[];
  onClose: () => void;
  /** After the merge: the kept entity's id and what was done. */
  onMerged: (keepId: string, said: string) => Promise<void>;
}

/**
 * Merges this entity with another: the reader picks the other and which of the two stays;
 * the dialog says what moves before anything does.
 */
export function MergeDialog({ entity, entities, onClose, onMerged }: Props) {
  const connector = useConnector();
  const ref = useRef<HTMLDialogElement>(null);
  const [other, setOther] = useState<EntityRecord | null>(null);
  const [keepThis, setKeepThis] = useState(true);
  const action = useAction();
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const keep = keepThis ? entity : other;
  const drop = keepThis ? other : entity;

  return (
    <dialog ref={ref} class="dialog" aria-labelledby="merge-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!keep || !drop) return;
          void action.run(async () => {
            const r = await mergeEntities(await connector.store(), keep.id, drop.id);
            ref.current?.close();
            await onMerged(keep.id, t('merged', [drop.name, keep.name, String(r.deals), String(r.articles)]));
          });
        }}
      >
        <h3 id="merge-title">{t('mergeTitle')}</h3>
        <EntityPicker label={t('mergeOther')} entities={entities} exclude={[entity.id]} selected={other} onPick={setOther} />
        {other && (
          <fieldset>
            <legend>{t('mergeKeep')}</legend>
            <label class="choice">
              <input type="radio" name="keep" checked={keepThis} onChange={() => setKeepThis(true)} /> {entity.name}
            </label>
            <label class="choice">
              <input type="radio" name="keep" checked={!keepThis} onChange={() => setKeepThis(false)} /> {other.name}
            </label>
          </fieldset>
        )}
        {keep && drop && <p class="explain">{t('mergeExplain', [drop.name, keep.name])}</p>}
        <Status said={action.said} failed={action.failed} />
        <div class="actions">
          <button type="submit" class="primary" disabled={!other || action.busy}>
            {t('mergeButton')}
          </button>
          <button type="button" onClick={() => ref.current?.close()}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
