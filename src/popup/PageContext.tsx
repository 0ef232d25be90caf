import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { kbEntity } from '../core/kb';
import type { EntityType } from '../core/kb/types';
import { formatMoney } from '../core/money/format';
import { envelope, toContent, type Response } from '../messages';
import { openStore } from '../store/open';
import { newestLinked } from '../store/queries';
import type { ArticleRecord, DealRecord } from '../store/schema';

const t = (key: string, subs?: string | string[]) => browser.i18n.getMessage(key, subs) || key;
const KINDS: EntityType[] = ['fund', 'company', 'accelerator', 'person'];
const DEALS_SHOWN = 6;

type Found = Response<typeof toContent, 'page-entities'>;

/** This page's deal context: its entities by kind with their counts, each with its newest deals from the store. */
export function PageContext({ tabId, url }: { tabId: number; url: string }) {
  const [found, setFound] = useState<Found | null>(null);
  const [deals, setDeals] = useState<Record<string, DealRecord[]>>({});
  const [articles, setArticles] = useState<Record<string, ArticleRecord[]>>({});

  useEffect(() => {
    void (async () => {
      const answer = (await browser.tabs.sendMessage(tabId, envelope(toContent, 'page-entities', {})).catch(() => null)) as Found | null;
      if (!answer?.ok) return;
      setFound(answer);
      const db = await openStore();
      const linked = await Promise.all(answer.entities.map(async (e) => [e.id, await newestLinked(db, [e.id], DEALS_SHOWN)] as const));
      setDeals(Object.fromEntries(linked.map(([id, l]) => [id, l.deals])));
      // Other saved articles: not the one open in this tab.
      setArticles(Object.fromEntries(linked.map(([id, l]) => [id, l.articles.filter((a) => a.canonicalUrl !== url)])));
    })();
  }, [tabId, url]);

  /** Shows the entity's first mention on the page, and flashes it. */
  const reveal = (id: string) => void browser.tabs.sendMessage(tabId, envelope(toContent, 'reveal-entity', { id })).catch(() => undefined);

  if (!found) return null;
  if (found.entities.length === 0 && found.amounts.length === 0) return <p class="muted">{t('noEntities')}</p>;
  return (
    <section class="page-context" aria-label={t('thisPage')}>
      {KINDS.map((kind) => {
        const list = found.entities.filter((e) => e.type === kind).sort((a, b) => b.count - a.count);
        if (list.length === 0) return null;
        return (
          <section key={kind} class="kind-group">
            <h2>{t(`group_${kind}`)}</h2>
            <ul class="entities">
              {list.map((e) => (
                <li key={e.id} class="entity" data-entity={e.id}>
                  <div class="entity-head">
                    <button type="button" class="link" onClick={() => reveal(e.id)}>
                      <strong>{e.name}</strong>
                    </button>{' '}
                    <span class="muted">{t('mentions', String(e.count))}</span>
                  </div>
                  {(deals[e.id] ?? []).length > 0 && (
                    <ul class="deals">
                      {deals[e.id].map((d) => (
                        <li key={d.id} class="deal" data-status={d.status}>
                          <span class="deal-type">{t(`deal_${d.type}`)}</span> {d.partyIds.filter((p) => p !== e.id).map((p) => kbEntity(p)?.name ?? p).join(', ')}
                          {d.amount && <span class="deal-amount"> · {formatMoney(d.amount.value, d.amount.currency)}</span>}
                          {d.date && <span class="muted"> · {d.date}</span>}
                        </li>
                      ))}
                    </ul>
                  )}
                  {(articles[e.id] ?? []).length > 0 && (
                    <ul class="saved-articles">
                      {articles[e.id].map((a) => (
                        <li key={a.id}>
                          <a href={a.canonicalUrl} target="_blank" rel="noopener noreferrer">
                            {a.title}
                          </a>{' '}
                          <span class="muted">· {a.site}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {found.amounts.length > 0 && (
        <section class="kind-group">
          <h2>{t('amounts')}</h2>
          <ul class="amounts">
            {found.amounts.map((a, i) => (
              <li key={i}>
                {a.qualifier ? `${t(`q_${a.qualifier}`)} ` : ''}
                {formatMoney(a.value, a.currency)} <span class="muted">“{a.text}”</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
