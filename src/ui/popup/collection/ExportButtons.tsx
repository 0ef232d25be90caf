import { download } from '../../controls/download';
import { exportFile, type ExportKind } from '../../../store/export-files';
import { useConnector } from '../../connect/connector';
import { announce } from '../../controls/Announcer';
import { loadDirectory, nameOf } from '../entity-directory';
import { t } from '../../controls/i18n';

/** The whole store as JSON (to import elsewhere), deals and articles as CSV (for spreadsheets). */
export function ExportButtons() {
  const connector = useConnector();
  const run = async (kind: ExportKind) => {
    const dir = await loadDirectory(connector);
    download(await exportFile(await connector.store(), kind, (id) => nameOf(dir, id)));
    announce(t('exported'));
  };
  return (
    <div class="export" role="group" aria-label={t('export')}>
      <span class="muted">{t('export')}</span>
      <button type="button" onClick={() => void run('json')}>JSON</button>
      <button type="button" onClick={() => void run('deals')}>{t('exportDealsCsv')}</button>
      <button type="button" onClick={() => void run('articles')}>{t('exportArticlesCsv')}</button>
    </div>
  );
}
