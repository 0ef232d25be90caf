import { exportArticlesCsv, exportDealsCsv, exportStore } from '../../store/import-export';
import { openStore } from '../../store/open';
import { announce } from '../announcer';
import { download, today } from '../download';
import { loadDirectory, nameOf } from '../entity-directory';
import { t } from '../i18n';

/** The whole store as JSON (to import elsewhere), deals and articles as CSV (for spreadsheets). */
export function ExportButtons() {
  const run = async (what: 'json' | 'deals' | 'articles') => {
    const db = await openStore();
    const dir = await loadDirectory();
    const name = (id: string) => nameOf(dir, id);
    if (what === 'json') download(`deallens-${today()}.json`, JSON.stringify(await exportStore(db), null, 1), 'application/json');
    if (what === 'deals') download(`deallens-deals-${today()}.csv`, exportDealsCsv((await db.deals.toArray()).filter((d) => d.status !== 'dismissed'), name), 'text/csv');
    if (what === 'articles') download(`deallens-articles-${today()}.csv`, exportArticlesCsv(await db.articles.toArray(), name), 'text/csv');
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
