import { ExternalLink } from '../../controls/ExternalLink';
import { useEffect, useState } from 'preact/hooks';
import { NewNames } from './NewNames';
import { ENTITY_TYPES } from '../../../core/kb/types';
import type { Response } from '../../../messages';
import { newestLinked } from '../../../store/queries';
import type { ArticleRecord, DealRecord } from '../../../store/schema';
import { useConnector, type ToContent } from '../../connect/connector';
import { AmountList } from '../AmountList';
import { DealLine } from '../DealLine';
import { useDirectory } from '../entity-directory';
import { t } from '../../controls/i18n';
import { useWatchlist } from '../watch-state';
import { StarButton } from '../watchlist/StarButton';

const DEALS_SHOWN = 6;

type Found = Response<ToContent, 'page-entities'>;

/**
 * This page's deal context: its entities by kind (watched ones first, then the most named),
 * each with its newest deals and the other saved articles that name it; then its amounts.
 */
export function PageContext({ tabId, url, version }: { tabId: number; url: string; version: number }) {
  const connector = useConnector();
  const dir = useDirectory();
  const watched = useWatchlist();
  const [found, setFound] = useState<Found | null>(null);
  const [deals, setDeals] = useState<Record<string, DealRecord[]>>({});
  const [articles, setArticles] = useState<Record<string, ArticleRecord[]>>({});

  useEffect(() => {
    void (async () => {
      const answer = await connector.askTab(tabId, 'page-entities', {}).catch(() => null);
      if (!answer) return;
      setFound(answer);
      const db = await connector.store();
      const linked = await Promise.all(answer.entities.map(async (e) => [e.id, await newestLinked(db, [e.id], DEALS_SHOWN)] as const));
      setDeals(Object.fromEntries(linked.map(([id, l]) => [id, l.deals])));
      // Other saved articles: not the one open in this tab.
      setArticles(Object.fromEntries(linked.map(([id, l]) => [id, l.articles.filter((a) => a.canonicalUrl !== url)])));
    })();
  }, [tabId, url, version]);

  /** Shows the entity's first mention on the page, and flashes it. */
  const reveal = (id: string) => void connector.askTab(tabId, 'reveal-entity', { id }).catch(() => undefined);

  if (!found) return null;
  const unknown = found.unknown ?? [];
  if (found.entities.length === 0 && found.amounts.length === 0 && unknown.length === 0) return <p class="muted">{t('noEntities')}</p>;
  const rank = (e: { id: string; count: number }) => (watched.includes(e.id) ? 1e9 : 0) + e.count;
  return (
    <section class="page-context" aria-label={t('thisPage')}>
      {ENTITY_TYPES.map((kind) => {
        const list = found.entities.filter((e) => e.type === kind).sort((a, b) => rank(b) - rank(a));
        if (list.length === 0) return null;
        return (
          <section key={kind} class="kind-group">
            <h2>{t(`group_${kind}`)}</h2>
            <ul class="entities">
              {list.map((e) => (
                <li key={e.id} class="entity" data-entity={e.id} data-watched={watched.includes(e.id)}>
                  <div class="entity-head">
                    <StarButton id={e.id} name={e.name} />
                    <button type="button" class="link reveal" onClick={() => reveal(e.id)}>
                      <strong>{e.name}</strong>
                    </button>{' '}
                    <span class="muted">{t('mentions', String(e.count))}</span>{' '}
                    <a class="profile" href={`#entity/${encodeURIComponent(e.id)}`} aria-label={t('profileOf', e.name)}>
                      {t('profile')}
                    </a>
                  </div>
                  {(deals[e.id] ?? []).length > 0 && (
                    <ul class="deals">
                      {deals[e.id].map((d) => (
                        <li key={d.id} class="deal" data-deal={d.id} data-status={d.status}>
                          <DealLine deal={d} dir={dir} leaveOut={e.id} />
                        </li>
                      ))}
                    </ul>
                  )}
                  {(articles[e.id] ?? []).length > 0 && (
                    <ul class="saved-articles">
                      {articles[e.id].map((a) => (
                        <li key={a.id}>
                          <ExternalLink href={a.canonicalUrl}>{a.title}</ExternalLink>{' '}
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
      {unknown.length > 0 && <NewNames names={unknown} />}
      {found.amounts.length > 0 && (
        <section class="kind-group">
          <h2>{t('amounts')}</h2>
          <AmountList amounts={found.amounts} />
        </section>
      )}
    </section>
  );
}
