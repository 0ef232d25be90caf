import { useEffect, useState } from 'preact/hooks';
import { confirmDeal, dismissDeal, editDeal, type DealEdit } from '../../../store/deal-review';
import type { DealRecord } from '../../../store/schema';
import { useConnector } from '../../connect/connector';
import { announce } from '../../controls/Announcer';
import { DealLine } from '../DealLine';
import { useDirectory } from '../entity-directory';
import { t } from '../../controls/i18n';
import { DealEditor } from './DealEditor';
import { DealReview } from './DealReview';

/**
 * The deals this saved page proposed, for the reader to confirm, correct or dismiss. A deal
 * this page brought into the store (its first source) is marked new.
 */
export function ProposedDeals({ url, version }: { url: string; version: number }) {
  const connector = useConnector();
  const dir = useDirectory();
  const [deals, setDeals] = useState<DealRecord[]>([]);
  const [articleId, setArticleId] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  const load = async () => {
    const db = await connector.store();
    const article = await db.articles.where('canonicalUrl').equals(url).first();
    setArticleId(article?.id ?? null);
    if (!article) return setDeals([]);
    const found = await db.deals.bulkGet(article.dealIds);
    setDeals(found.filter((d): d is DealRecord => d !== undefined && d.sources.some((s) => s.articleId === article.id) && d.status !== 'kb'));
  };
  useEffect(() => {
    void load();
  }, [url, version]);

  const act = async (d: DealRecord, what: 'confirm' | 'dismiss') => {
    const db = await connector.store();
    await (what === 'confirm' ? confirmDeal(db, d.id) : dismissDeal(db, d.id));
    announce(t(what === 'confirm' ? 'confirmed' : 'dismissed'));
    await load();
  };
  const save = async (d: DealRecord, edit: DealEdit) => {
    await editDeal(await connector.store(), d.id, edit);
    setEditing(null);
    announce(t('dealSaved'));
    await load();
  };

  if (deals.length === 0) return null;
  return (
    <section class="proposed" aria-labelledby="proposed-heading">
      <h2 id="proposed-heading">{t('proposedHere')}</h2>
      <ul>
        {deals.map((d) => (
          <li key={d.id} class="proposed-deal" data-deal={d.id} data-status={d.status}>
            <DealLine deal={d} dir={dir} isNew={d.sources[0]?.articleId === articleId} />
            {d.status !== 'dismissed' && editing !== d.id && <DealReview deal={d} dir={dir} onFix={(edit) => void save(d, edit)} />}
            {editing === d.id && dir ? (
              <DealEditor deal={d} dir={dir} onSave={(edit) => save(d, edit)} onCancel={() => setEditing(null)} />
            ) : (
              <div class="actions">
                {d.status === 'proposed' ? (
                  <>
                    <button type="button" onClick={() => void act(d, 'confirm')}>
                      {t('confirm')}
                    </button>
                    <button type="button" onClick={() => setEditing(d.id)}>
                      {t('edit')}
                    </button>
                    <button type="button" onClick={() => void act(d, 'dismiss')}>
                      {t('dismiss')}
                    </button>
                  </>
                ) : (
                  <>
                    <span class="muted">{t(d.status === 'confirmed' ? 'confirmed' : 'dismissed')}</span>
                    {d.status === 'confirmed' && (
                      <button type="button" onClick={() => setEditing(d.id)}>
                        {t('edit')}
                      </button>
                    )}
                  </>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
