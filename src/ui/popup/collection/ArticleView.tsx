import { ExternalLink } from '../../controls/ExternalLink';
import { safeLink } from '../../../core/text/safe-link';
import { useEffect, useState } from 'preact/hooks';
import { correctArticle } from '../../../store/article-corrections';
import { deleteArticle } from '../../../store/article-delete';
import { setArticleNotes } from '../../../store/deal-review';
import type { ArticleRecord, DealRecord } from '../../../store/schema';
import { useConnector } from '../../connect/connector';
import { announce } from '../../controls/Announcer';
import { AmountList } from '../AmountList';
import { DealLine } from '../DealLine';
import { nameOf, useDirectory } from '../entity-directory';
import { formatDate, t } from '../../controls/i18n';
import { go } from '../route';
import { authorsLine, DetailsForm, type Corrections } from '../DetailsForm';
import { languageName, languageNotice } from '../language-name';
import { offerUndo } from './CollectionView';

/** One saved article: its metadata, what it mentions, its deals, and the reader's notes and tags. */
export function ArticleView({ id }: { id: string }) {
  const connector = useConnector();
  const dir = useDirectory();
  const [article, setArticle] = useState<ArticleRecord | null | undefined>(undefined);
  const [deals, setDeals] = useState<DealRecord[]>([]);
  const [notes, setNotes] = useState('');
  const [tags, setTags] = useState('');
  const [corrections, setCorrections] = useState<Corrections | null>({});
  const [detailsError, setDetailsError] = useState('');
  /** Who changed it last, when it came from (or went to) the team's database. */
  const [changed, setChanged] = useState<{ by: string; at: number; conflict: boolean } | null>(null);

  useEffect(() => {
    void (async () => {
      const db = await connector.store();
      const a = await db.articles.get(id);
      setArticle(a ?? null);
      if (!a) return;
      setNotes(a.notes);
      setTags(a.tags.join(', '));
      setDeals((await db.deals.bulkGet(a.dealIds)).filter((d): d is DealRecord => d !== undefined && d.status !== 'dismissed'));
      const row = await db.teamRows.get(`article:${id}`);
      setChanged(row?.changedBy && row.changedAt ? { by: row.changedBy, at: row.changedAt, conflict: Boolean(row.conflicts?.length) } : null);
    })();
  }, [id]);

  if (article === undefined) return null;
  if (article === null)
    return (
      <section class="article-view">
        <p class="error">{t('articleGone')}</p>
        <button type="button" onClick={() => go({ view: 'collection' })}>
          {t('back')}
        </button>
      </section>
    );

  const saveNotes = async () => {
    await setArticleNotes(await connector.store(), id, notes, tags.split(','));
    announce(t('notesSaved'));
  };
  const saveDetails = async () => {
    if (!corrections || !article) return;
    try {
      setArticle(await correctArticle(await connector.store(), id, corrections));
      setDetailsError('');
      announce(t('detailsSaved'));
    } catch (err) {
      setDetailsError((err as Error).message);
    }
  };
  const remove = async () => {
    offerUndo(await deleteArticle(await connector.store(), id));
    announce(t('deleted', article.title));
    go({ view: 'collection' });
  };

  return (
    <section class="article-view" data-view="article" aria-labelledby="article-title">
      <button type="button" class="back" onClick={() => history.back()}>
        ← {t('back')}
      </button>
      <h2 id="article-title">{article.title}</h2>
      <p class="muted">
        {[article.site, authorsLine(article.authors), languageName(article.lang), article.published && t('publishedOn', formatDate(article.published)), t('savedShort', new Date(article.savedAt).toLocaleDateString())].filter(Boolean).join(' · ')}
      </p>
      {changed && (
        <p class="muted team-changed">
          {t('teamChangedBy', [changed.by, new Date(changed.at).toLocaleString()])}
          {changed.conflict && <span class="badge">{` ${t('teamInConflict')}`}</span>}
        </p>
      )}
      {languageNotice(article.lang) && <p class="notice lang-notice">{languageNotice(article.lang)}</p>}
      <details class="correct-details">
        <summary>{t('correctDetails')}</summary>
        <DetailsForm read={{ title: article.title, site: article.site, authors: article.authors ?? [], published: article.published, lang: article.lang }} onChange={setCorrections} idPrefix="article-details" />
        <button type="button" id="article-details-save" disabled={!corrections || Object.keys(corrections).length === 0} onClick={() => void saveDetails()}>
          {t('saveDetails')}
        </button>
        {detailsError && (
          <p class="error" role="alert">
            {detailsError}
          </p>
        )}
      </details>
      <p>{safeLink(article.canonicalUrl) ? <ExternalLink href={article.canonicalUrl}>{t('openPage')}</ExternalLink> : <span class="muted">{t('noticeNoLink')}</span>}</p>
      <h3>{t('mentioned')}</h3>
      <ul class="chips">
        {[...article.entities]
          .sort((a, b) => b.count - a.count)
          .map((e) => (
            <li key={e.id}>
              <a href={`#entity/${encodeURIComponent(e.id)}`}>{nameOf(dir, e.id)}</a> <span class="muted">{t('mentions', String(e.count))}</span>
            </li>
          ))}
      </ul>
      {article.amounts.length > 0 && (
        <>
          <h3>{t('amounts')}</h3>
          <AmountList amounts={article.amounts} />
        </>
      )}
      {deals.length > 0 && (
        <>
          <h3>{t('dealsHeading')}</h3>
          <ul class="plain deals">
            {deals.map((d) => (
              <li key={d.id} class="deal" data-deal={d.id}>
                <DealLine deal={d} dir={dir} />
              </li>
            ))}
          </ul>
        </>
      )}
      <label class="field">
        <span>{t('notes')}</span>
        <textarea id="article-notes" rows={3} value={notes} onInput={(e) => setNotes((e.target as HTMLTextAreaElement).value)} />
      </label>
      <label class="field">
        <span>{t('tags')}</span>
        <input id="article-tags" type="text" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
      </label>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void saveNotes()}>
          {t('saveNotes')}
        </button>
        <button type="button" class="danger" onClick={() => void remove()}>
          {t('delete')}
        </button>
      </div>
    </section>
  );
}
