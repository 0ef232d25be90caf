import { ExternalLink } from '../../controls/ExternalLink';
import { useEffect, useState } from 'preact/hooks';
import { aliasText } from '../../../core/kb/alias-text';
import { newestLinked } from '../../../store/queries';
import type { ArticleRecord, DealRecord, EntityRecord } from '../../../store/schema';
import { useConnector } from '../../connect/connector';
import { nameOf, useDirectory } from '../entity-directory';
import { formatDate, t } from '../../controls/i18n';
import { StarButton } from '../watchlist/StarButton';
import { DealTimeline } from './DealTimeline';

const DEALS = 200;
const ARTICLES = 50;

/** One entity's profile: aliases, relations both ways, every deal as a timeline, the saved articles naming it. */
export function EntityView({ id }: { id: string }) {
  const connector = useConnector();
  const dir = useDirectory();
  const [deals, setDeals] = useState<DealRecord[]>([]);
  const [articles, setArticles] = useState<ArticleRecord[]>([]);

  useEffect(() => {
    void connector
      .store()
      .then((db) => newestLinked(db, [id], DEALS))
      .then((linked) => {
        setDeals(linked.deals);
        setArticles(linked.articles.slice(0, ARTICLES));
      });
  }, [id]);

  if (!dir) return null;
  const e = dir.get(id);
  if (!e)
    return (
      <section class="entity-view">
        <p class="error">{t('entityGone')}</p>
      </section>
    );
  const inbound = [...dir.values()].filter((other) => other.relations?.some((r) => r.entity === id));
  const aliases = (e.aliases ?? []).map(aliasText).filter((a, i, all) => a !== e.name && all.indexOf(a) === i);

  return (
    <section class="entity-view" data-view="entity" data-entity={id} aria-labelledby="entity-name">
      <button type="button" class="back" onClick={() => history.back()}>
        ← {t('back')}
      </button>
      <div class="entity-title">
        <h2 id="entity-name">{e.name}</h2>
        <StarButton id={id} name={e.name} />
      </div>
      <p class="muted">
        {t(`kind_${e.type}`)}
        {e.country ? ` · ${e.country}` : ''}
        {e.origin === 'user' ? ` · ${t('yourEntity')}` : ''}
      </p>
      {e.description && <p>{e.description}</p>}
      {e.website && (
        <p>
          <ExternalLink href={e.website}>{e.website.replace(/^https?:\/\//, '')}</ExternalLink>
        </p>
      )}
      {aliases.length > 0 && (
        <>
          <h3>{t('aliases')}</h3>
          <p class="aliases">{aliases.join(' · ')}</p>
        </>
      )}
      <Relations e={e} inbound={inbound} dir={dir} />
      <h3>{t('dealsHeading')}</h3>
      {deals.length === 0 ? <p class="muted">{t('noDeals')}</p> : <DealTimeline deals={deals} dir={dir} leaveOut={id} />}
      <h3>{t('articlesMentioning')}</h3>
      {articles.length === 0 ? (
        <p class="muted">{t('noArticles')}</p>
      ) : (
        <ul class="plain">
          {articles.map((a) => (
            <li key={a.id}>
              <a href={`#article/${encodeURIComponent(a.id)}`}>{a.title}</a> <span class="muted">· {a.site}{a.published ? ` · ${formatDate(a.published)}` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Relations({ e, inbound, dir }: { e: EntityRecord; inbound: EntityRecord[]; dir: ReturnType<typeof useDirectory> }) {
  const link = (id: string) => <a href={`#entity/${encodeURIComponent(id)}`}>{nameOf(dir, id)}</a>;
  const rows = [
    ...(e.relations ?? []).map((r) => (
      <li key={`o-${r.type}-${r.entity}`}>
        <span class="muted">{t(`rel_${r.type.replace(/-/g, '_')}`)}</span> {link(r.entity)}
        {r.share !== undefined ? ` (${Math.round(r.share * 100)} %)` : ''}
        {r.role ? ` — ${r.role}` : ''}
        {r.since ? ` · ${r.since}` : ''}
      </li>
    )),
    ...inbound.flatMap((o) =>
      (o.relations ?? [])
        .filter((r) => r.entity === e.id)
        .map((r) => (
          <li key={`i-${r.type}-${o.id}`}>
            <span class="muted">{t(`inv_${r.type.replace(/-/g, '_')}`)}</span> {link(o.id)}
            {r.share !== undefined ? ` (${Math.round(r.share * 100)} %)` : ''}
            {r.role ? ` — ${r.role}` : ''}
          </li>
        )),
    ),
  ];
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('relations')}</h3>
      <ul class="plain relations">{rows}</ul>
    </>
  );
}
