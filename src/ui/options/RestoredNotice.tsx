import { useEffect, useState } from 'preact/hooks';
import { forgetRestoredNote, restoredNote, type RestoredNote } from '../../store/import/restore-point';
import { useConnector } from '../connect/connector';
import { t, uiLanguage } from '../controls/i18n';

const when = (iso: string) => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

/**
 * Says that the browser replaced the database after a failed write (a full disk) and that DealLens
 * put back the copy it kept before the import: what came back, from when. Shown until dismissed.
 */
export function RestoredNotice() {
  const connector = useConnector();
  const [note, setNote] = useState<RestoredNote | undefined>(undefined);
  useEffect(() => {
    void connector.store().then(restoredNote).then(setNote, () => setNote(undefined));
  }, [connector]);
  if (!note) return null;
  return (
    <div class="restored-notice" role="note">
      <p>{t('restoredCollection', [when(note.keptAt), String(note.articles), String(note.deals), String(note.entities)])}</p>
      <button
        type="button"
        onClick={() => {
          void connector.store().then(forgetRestoredNote).then(() => setNote(undefined));
        }}
      >
        {t('dismiss')}
      </button>
    </div>
  );
}
