/**
 * The order of the deals table, from index keys when sorting by date (100,000 deals cost one
 * key read), from the records when sorting by amount (amounts in the reader's currency depend
 * on the year's rate, so no index can hold them).
 */
import { convert } from '../../../core/money/fx-rates';
import { keysByIndex } from '../../../store/index-keys';
import type { DealLensDB, DealRecord, DealStatus } from '../../../store/schema';

export type DealSort = 'date' | 'amount';
export type Currency = 'EUR' | 'USD';

/** A deal's amount in the reader's currency, at its year's average rate; null when it has none or it cannot be converted. */
export function amountIn(d: Pick<DealRecord, 'amount' | 'date'>, currency: Currency): number | null {
  if (!d.amount) return null;
  if (d.amount.currency === currency) return d.amount.value;
  const year = Number(d.date?.slice(0, 4)) || new Date().getFullYear();
  return convert(d.amount.value, d.amount.currency, currency, year)?.value ?? null;
}

export async function orderedDealIds(db: DealLensDB, statuses: DealStatus[], sort: DealSort, descending: boolean, currency: Currency): Promise<string[]> {
  if (sort === 'amount') {
    const deals = await db.deals.where('status').anyOf(statuses).toArray();
    const keyed = deals.map((d) => [d.id, amountIn(d, currency)] as const);
    // Deals with no amount go last either way.
    keyed.sort((a, b) => (a[1] === null ? (b[1] === null ? 0 : 1) : b[1] === null ? -1 : descending ? b[1] - a[1] : a[1] - b[1]));
    return keyed.map(([id]) => id);
  }
  const [dated, ...byStatus] = await Promise.all([keysByIndex(db, 'deals', 'date'), ...statuses.map((s) => keysByIndex(db, 'deals', 'status', s))]);
  const wanted = byStatus.flat();
  const keep = new Set(wanted);
  const withDate = dated.filter((id) => keep.has(id));
  const hasDate = new Set(withDate);
  const undated = wanted.filter((id) => !hasDate.has(id));
  return [...(descending ? withDate.reverse() : withDate), ...undated];
}
