import { useState } from 'preact/hooks';
import { download } from '../../controls/download';
import { exportFile, type ExportKind } from '../../../store/export-files';
import { useConnector } from '../../connect/connector';
import { announce } from '../../controls/Announcer';
import { Status } from '../../controls/Status';
import { loadDirectory, nameOf } from '../entity-directory';
import { t } from '../../controls/i18n';

/** The whole store as JSON (to import elsewhere), deals and articles as CSV (for spreadsheets). */
export function ExportButtons() {
  const connector = useConnector();
  const [failure, setFailure] = useState('');
  const run = async (kind: ExportKind) => {
    try {
      const dir = await loadDirectory(connector);
      download(await exportFile(await connector.store(), kind, (id) => nameOf(dir, id)));
      setFailure('');
      announce(t('exported'));
    } catch (err) {
      // A store that cannot be read (a quota, a closed connection) says so here, not in a console nobody opens.
      setFailure(t('exportFailed', err instanceof Error ? err.message : String(err)));
    }
  };
  return (
    <div class="export" role="group" aria-label={t('export')}>
      <span class="muted">{t('export')}</span>
      <button type="button" onClick={() => void run('json')}>JSON</button>
      <button type="button" onClick={() => void run('deals')}>{t('exportDealsCsv')}</button>
      <button type="button" onClick={() => void run('articles')}>{t('exportArticlesCsv')}</button>
      {failure && <Status said={failure} failed={true} />}
    </div>
  );
}
