import { ExternalLink } from '../controls/ExternalLink';
import { safeLink } from '../../core/text/safe-link';
import { formatMoney } from '../../core/money/format';
import type { DealRecord } from '../../store/schema';
import { nameOf, type Directory } from './entity-directory';
import { formatDate, t } from '../controls/i18n';

/** Who did the deal: investors and sponsors, then → targets (or the partners side by side, → the joint venture they made). */
export function partiesText(d: DealRecord, dir: Directory | null, leaveOut?: string): string {
  const names = (ids: string[]) => ids.filter((id) => id !== leaveOut).map((id) => nameOf(dir, id));
  const from = names([...(d.parties.investors ?? []), ...(d.parties.sponsors ?? []).map((s) => s.entity)]);
  const to = names(d.parties.targets ?? []);
  const partners = names(d.parties.partners ?? []);
  // A joint venture's owners side by side, then what they made: "BMW · Mercedes-Benz → Reach Now".
  if (partners.length) return [[...from, ...partners].join(' · '), ...(to.length ? [to.join(', ')] : [])].join(' → ');
  // A round whose investors the article does not name says so: the reader fills them in, nothing is guessed.
  if (d.type === 'investment' && !from.length && to.length && !(d.parties.investors?.length || d.parties.sponsors?.length)) return `${t('investorsUnnamed')} → ${to.join(', ')}`;
  return from.length && to.length ? `${from.join(', ')} → ${to.join(', ')}` : [...from, ...to].join(', ');
}

/** The first source with an address: where the reader can check the deal. */
export function sourceOf(d: DealRecord): { url: string; title: string } | null {
  const s = d.sources.find((x) => safeLink(x.url));
  return s?.url ? { url: s.url, title: s.title ?? s.url } : null;
}

/** A link to where the reader can check the deal, when it has one. */
export function SourceLink({ deal }: { deal: DealRecord }) {
  const source = sourceOf(deal);
  if (!source) return null;
  return (
    <>
      {' '}
      <ExternalLink class="source" href={source.url} title={source.title}>
        {t('source')}
      </ExternalLink>
    </>
  );
}

/** One deal on one line: type, counterparties, amount, date, status, source. */
export function DealLine({ deal, dir, leaveOut, isNew }: { deal: DealRecord; dir: Directory | null; leaveOut?: string; isNew?: boolean }) {
  return (
    <>
      <span class="deal-type">{t(`deal_${deal.type}`)}</span> {partiesText(deal, dir, leaveOut)}
      {deal.amount && <span class="deal-amount"> · {formatMoney(deal.amount.value, deal.amount.currency)}</span>}
      {deal.date && <span class="muted"> · {formatDate(deal.date)}</span>}
      {deal.status === 'proposed' && <span class="badge proposed-badge">{t('statusProposed')}</span>}
      {deal.status === 'confirmed' && <span class="badge confirmed-badge">{t('statusConfirmed')}</span>}
      {isNew && <span class="badge new-badge">{t('new')}</span>}
      <SourceLink deal={deal} />
    </>
  );
}
