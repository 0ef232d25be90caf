import { useRef, useState } from 'preact/hooks';
import { loadTeamSettings } from '../../platform/team-settings';
import { deleteEverything, storeCounts, type StoreCounts } from '../../store/wipe';
import { t } from '../controls/i18n';
import { useConnector } from '../connect/connector';
import { Status } from '../controls/Status';
import { useAction } from './use-action';

/** Deletes everything, after a confirmation that counts what would be lost. */
export function DeleteEverything({ onChanged }: { onChanged: () => Promise<void> }) {
  const connector = useConnector();
  const ref = useRef<HTMLDialogElement>(null);
  const [counts, setCounts] = useState<StoreCounts | null>(null);
  const [team, setTeam] = useState(false);
  const action = useAction();
  const ask = () =>
    action.run(async () => {
      setCounts(await storeCounts(await connector.store()));
      // With the team collection on, this machine's copy goes and the team's comes back: said before, not found after.
      setTeam((await loadTeamSettings().catch(() => null))?.enabled === true);
      ref.current?.showModal();
    });
  const rows: [keyof StoreCounts, string][] = [
    ['articles', 'countArticles'],
    ['confirmedDeals', 'countConfirmed'],
    ['proposedDeals', 'countProposed'],
    ['userEntities', 'countUserEntities'],
    ['changedEntities', 'countChanged'],
  ];

  return (
    <div class="delete-everything">
      <h3>{t('deleteTitle')}</h3>
      <p class="muted">{t('deleteExplain')}</p>
      <button type="button" class="danger" onClick={ask}>
        {t('deleteButton')}
      </button>
      <Status said={action.said} failed={action.failed} />
      <dialog ref={ref} class="dialog" aria-labelledby="delete-title">
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            ref.current?.close();
            void action.run(async () => {
              await deleteEverything(await connector.store());
              await onChanged();
              return t('deletedAll');
            });
          }}
        >
          <h3 id="delete-title">{t('deleteConfirmTitle')}</h3>
          <p>{t('deleteWillLose')}</p>
          <ul class="counts">
            {counts && rows.map(([key, label]) => <li key={key} data-count={key}>{t(label, String(counts[key]))}</li>)}
          </ul>
          <p class="muted">{t('deleteKeeps')}</p>
          {team && <p class="team-comes-back">{t('deleteTeamComesBack')}</p>}
          <div class="actions">
            <button type="submit" class="danger">
              {t('deleteConfirm')}
            </button>
            <button type="button" autofocus onClick={() => ref.current?.close()}>
              {t('cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
