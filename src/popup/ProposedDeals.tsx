import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { kbEntity } from '../core/kb';
import { formatMoney } from '../core/money/format';
import { confirmDeal, dismissDeal } from '../store/deal-review';
import { openStore } from '../store/open';
import type { DealRecord } from '../store/schema';

const t = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key, subs) || key;
const name = (id: string) => kbEntity(id)?.name ?? id;

/** The deals this saved page proposed, for the reader to confirm or dismiss. */
export function ProposedDeals({ url }: { url: string }) {
  const [deals, setDeals] = useState<DealRecord[]>([]);
  const [said, setSaid] = useState('');

  const load = async () => {
    const db = await openStore();
    const article = await db.articles.where('canonicalUrl').equals(url).first();
    if (!article) return setDeals([]);
    const found = await db.deals.bulkGet(article.dealIds);
    setDeals(found.filter((d): d is DealRecord => d !== undefined && d.sources.some((s) => s.articleId === article.id) && d.status !== 'kb'));
  };
  useEffect(() => {
    void load();
  }, [url]);

  const act = async (d: DealRecord, what: 'confirm' | 'dismiss') => {
    const db = await openStore();
    await (what === 'confirm' ? confirmDeal(db, d.id) : dismissDeal(db, d.id));
    setSaid(t(what === 'confirm' ? 'confirmed' : 'dismissed'));
    await load();
  };

  if (deals.length === 0) return null;
  return (
    <section class="proposed" aria-label={t('proposedHere')}>
      <h2>{t('proposedHere')}</h2>
      <ul>
        {deals.map((d) => (
          <li key={d.id} class="proposed-deal" data-deal={d.id} data-status={d.status}>
            <span class="deal-type">{t(`deal_${d.type}`)}</span> {[...(d.parties.investors ?? []), ...(d.parties.sponsors ?? []).map((s) => s.entity), ...(d.parties.partners ?? []).slice(0, 1)].map(name).join(', ')}
            {(d.parties.targets?.length || (d.parties.partners?.length ?? 0) > 1) && ' → '}
            {[...(d.parties.targets ?? []), ...(d.parties.partners ?? []).slice(1)].map(name).join(', ')}
            {d.amount && <span class="deal-amount"> · {formatMoney(d.amount.value, d.amount.currency)}</span>}
            {d.date && <span class="muted"> · {d.date}</span>}
            <div class="actions">
              {d.status === 'proposed' ? (
                <>
                  <button type="button" onClick={() => void act(d, 'confirm')}>
                    {t('confirm')}
                  </button>
                  <button type="button" onClick={() => void act(d, 'dismiss')}>
                    {t('dismiss')}
                  </button>
                </>
              ) : (
                <span class="muted">{t(d.status === 'confirmed' ? 'confirmed' : 'dismissed')}</span>
              )}
            </div>
          </li>
        ))}
      </ul>
      <p class="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
