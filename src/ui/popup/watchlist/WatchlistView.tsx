import { useEffect, useState } from 'preact/hooks';
import { newestLinked } from '../../../store/queries';
import type { DealRecord } from '../../../store/schema';
import { useConnector } from '../../connect/connector';
import { nameOf, useDirectory } from '../entity-directory';
import { DealTimeline } from '../entity/DealTimeline';
import { t } from '../../controls/i18n';
import { useWatchlist } from '../watch-state';
import { StarButton } from './StarButton';

const LATEST = 40;

/** The watched entities, and their latest deals as one timeline. */
export function WatchlistView() {
  const connector = useConnector();
  const dir = useDirectory();
  const watched = useWatchlist();
  const [deals, setDeals] = useState<DealRecord[]>([]);

  useEffect(() => {
    void connector
      .store()
      .then((db) => newestLinked(db, watched, LATEST))
      .then((l) => setDeals(l.deals));
  }, [watched.join(',')]);

  if (watched.length === 0) return <p class="muted" data-view="watchlist">{t('watchEmpty')}</p>;
  return (
    <section class="watchlist" data-view="watchlist" aria-label={t('tabWatchlist')}>
      <ul class="plain watched">
        {watched.map((id) => (
          <li key={id} data-entity={id}>
            <StarButton id={id} name={nameOf(dir, id)} /> <a href={`#entity/${encodeURIComponent(id)}`}>{nameOf(dir, id)}</a>
            {dir?.get(id) && <span class="muted"> · {t(`kind_${dir.get(id)!.type}`)}</span>}
          </li>
        ))}
      </ul>
      <h3>{t('watchLatest')}</h3>
      {deals.length === 0 ? <p class="muted">{t('noDeals')}</p> : <DealTimeline deals={deals} dir={dir} />}
    </section>
  );
}
