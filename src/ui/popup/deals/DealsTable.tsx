import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { formatMoney } from '../../../core/money/format';
import type { DealRecord, DealStatus } from '../../../store/schema';
import { useConnector } from '../../connect/connector';
import { partiesText, SourceLink } from '../DealLine';
import { useDirectory } from '../entity-directory';
import { formatDate, t } from '../../controls/i18n';
import { VirtualList } from '../VirtualList';
import { amountIn, orderedDealIds, type Currency, type DealSort } from './deal-order';
import { useStoreVersion } from '../../connect/use-store-version';

const ROW = 44;
const SCOPES: Record<string, DealStatus[]> = { all: ['kb', 'proposed', 'confirmed'], mine: ['proposed', 'confirmed'], proposed: ['proposed'], confirmed: ['confirmed'], kb: ['kb'] };
const CURRENCY_KEY = 'displayCurrency';

/** Every deal in the store, sortable by date and by amount in the reader's currency. */
export function DealsTable() {
  const connector = useConnector();
  const dir = useDirectory();
  const [scope, setScope] = useState('all');
  const [sort, setSort] = useState<DealSort>('date');
  const [descending, setDescending] = useState(true);
  const [currency, setCurrency] = useState<Currency>('EUR');
  const [ids, setIds] = useState<string[] | null>(null);
  // Deals a colleague confirmed or edited (team collection) show as they arrive.
  const version = useStoreVersion(connector, ['deals']);

  useEffect(() => {
    void browser.storage.local.get(CURRENCY_KEY).then((r) => r[CURRENCY_KEY] === 'USD' && setCurrency('USD'));
  }, []);
  useEffect(() => {
    let live = true;
    void connector
      .store()
      .then((db) => orderedDealIds(db, SCOPES[scope], sort, descending, currency))
      .then((next) => live && setIds(next));
    return () => void (live = false);
  }, [scope, sort, descending, currency, version]);

  const chooseCurrency = (c: Currency) => {
    setCurrency(c);
    void browser.storage.local.set({ [CURRENCY_KEY]: c });
  };
  const sortBy = (s: DealSort) => {
    if (s === sort) setDescending(!descending);
    else {
      setSort(s);
      setDescending(true);
    }
  };
  const ariaSort = (s: DealSort) => (sort === s ? (descending ? 'descending' : 'ascending') : 'none');
  const fetch = async (want: string[]) => (await connector.store()).deals.bulkGet(want);

  return (
    <section class="deals-view" data-view="deals" aria-label={t('tabDeals')}>
      <div class="toolbar">
        <label class="inline">
          <span>{t('showDeals')}</span>
          <select id="deal-scope" value={scope} onChange={(e) => setScope((e.target as HTMLSelectElement).value)}>
            {Object.keys(SCOPES).map((s) => (
              <option key={s} value={s}>
                {t(`scope_${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="inline">
          <span>{t('currency')}</span>
          <select id="deal-currency" value={currency} onChange={(e) => chooseCurrency((e.target as HTMLSelectElement).value as Currency)}>
            <option value="EUR">EUR</option>
            <option value="USD">USD</option>
          </select>
        </label>
      </div>
      <p class="muted results-count">{ids ? t('dealCount', String(ids.length)) : ''}</p>
      {ids && (
        <VirtualList<DealRecord>
          ids={ids}
          rowHeight={ROW}
          fetch={fetch}
          kind="table"
          label={t('tabDeals')}
          header={
            <div class="deal-row deal-head" role="row" aria-rowindex={1}>
              <span role="columnheader" aria-sort={ariaSort('date')}>
                <button type="button" class="link" id="sort-date" onClick={() => sortBy('date')}>
                  {t('colDate')} {sort === 'date' ? (descending ? '↓' : '↑') : ''}
                </button>
              </span>
              <span role="columnheader">{t('colDeal')}</span>
              <span role="columnheader" aria-sort={ariaSort('amount')}>
                <button type="button" class="link" id="sort-amount" onClick={() => sortBy('amount')}>
                  {t('colAmount', currency)} {sort === 'amount' ? (descending ? '↓' : '↑') : ''}
                </button>
              </span>
            </div>
          }
          row={(d, id) => {
            if (!d) return <span role="cell">…</span>;
            const converted = amountIn(d, currency);
            return (
              <div class="deal-row" role="presentation" data-deal={id} data-status={d.status}>
                <span role="cell" class="muted">
                  {formatDate(d.date)}
                </span>
                <span role="cell" class="deal-cell">
                  <span class="deal-type">{t(`deal_${d.type}`)}</span> {partiesText(d, dir)}
                  {d.status !== 'kb' && <span class={`badge ${d.status}-badge`}>{t(d.status === 'proposed' ? 'statusProposed' : 'statusConfirmed')}</span>}
                  <SourceLink deal={d} />
                </span>
                <span role="cell" class="amount-cell" data-value={converted ?? ''} title={d.amount ? formatMoney(d.amount.value, d.amount.currency) : ''}>
                  {converted !== null ? formatMoney(converted, currency) : d.amount ? formatMoney(d.amount.value, d.amount.currency) : ''}
                </span>
              </div>
            );
          }}
        />
      )}
    </section>
  );
}
