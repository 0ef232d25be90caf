import type { ComponentChildren } from 'preact';
import type { DealParties, Money } from '../../../core/kb/types';
import { formatMoney } from '../../../core/money/format';
import type { EvidenceMark } from '../../../store/deal-evidence';
import type { DealEdit } from '../../../store/deal-review';
import type { DealRecord } from '../../../store/schema';
import { t } from '../../controls/i18n';
import { nameOf, type Directory } from '../entity-directory';

export type Role = 'investor' | 'target' | 'partner';

/** The role a party holds in the deal as it stands now (a fund's sponsors are its investors), or null once dropped. */
export function roleOf(d: DealRecord, id: string): Role | null {
  if (d.parties.investors?.includes(id) || d.parties.sponsors?.some((s) => s.entity === id)) return 'investor';
  if (d.parties.targets?.includes(id)) return 'target';
  if (d.parties.partners?.includes(id)) return 'partner';
  return null;
}

const sameMoney = (a: Money | undefined, b: Money | undefined) => a !== undefined && b !== undefined && a.value === b.value && a.currency === b.currency;

/** Whether the deal keeps enough parties without `id`: two, or a fund and a sponsor. */
export function canDrop(d: DealRecord, id: string): boolean {
  const left = d.partyIds.filter((p) => p !== id).length;
  return left >= 2 || (d.type === 'fund' && left >= 1);
}

/** The deal without `id` in any role. */
export function withoutParty(d: DealRecord, id: string): DealParties {
  const keep = (ids: string[] | undefined) => ids?.filter((x) => x !== id);
  const p: DealParties = {};
  const investors = keep(d.parties.investors);
  const targets = keep(d.parties.targets);
  const partners = keep(d.parties.partners);
  const sponsors = d.parties.sponsors?.filter((s) => s.entity !== id);
  if (investors?.length) p.investors = investors;
  if (targets?.length) p.targets = targets;
  if (partners?.length) p.partners = partners;
  if (sponsors?.length) p.sponsors = sponsors;
  return p;
}

/** Investors (or sponsors) and targets change places: "Verkor invested in Renault" becomes "Renault invested in Verkor". */
export function swapped(d: DealRecord): DealParties {
  const backers = [...(d.parties.investors ?? []), ...(d.parties.sponsors ?? []).map((s) => s.entity)];
  const targets = d.parties.targets ?? [];
  const p: DealParties = {};
  if (targets.length && d.type === 'fund') p.sponsors = targets.map((entity) => ({ entity }));
  else if (targets.length) p.investors = targets;
  if (backers.length) p.targets = backers;
  if (d.parties.partners?.length) p.partners = d.parties.partners;
  return p;
}

/** A deal has roles to swap when it has a side that gives and a side that gets. */
export const canSwap = (d: DealRecord) => d.type !== 'partnership' && (d.parties.targets?.length ?? 0) > 0 && (d.parties.investors?.length ?? 0) + (d.parties.sponsors?.length ?? 0) > 0;

/** A party or the amount in the sentence: its role in the line's style (not by colour alone), and said to a screen reader after it. */
function marked(text: string, role: Role | 'amount', title: string) {
  return (
    <>
      <mark class={`role role-${role}`} data-role={role} title={title}>
        {text}
      </mark>
      <span class="visually-hidden"> ({t(`role_${role}`)})</span>
    </>
  );
}

/** The sentence a deal came from, its parties marked by role and its amount marked; another amount of it is one click from being the deal's. */
function Evidence({ deal, dir, onFix }: { deal: DealRecord; dir: Directory | null; onFix: (edit: DealEdit) => void }) {
  const marks = (deal.marks ?? []).filter((m, i, all) => i === 0 || m.start >= all[i - 1].end);
  const parts: ComponentChildren[] = [];
  let at = 0;
  const piece = (m: EvidenceMark) => {
    const text = deal.summary.slice(m.start, m.end);
    if (m.id) {
      const role = roleOf(deal, m.id);
      if (!role) return text;
      return marked(text, role, `${t(`role_${role}`)}: ${nameOf(dir, m.id)}`);
    }
    if (sameMoney(m.amount, deal.amount)) return marked(text, 'amount', t('role_amount'));
    return (
      <button type="button" class="pick-amount" aria-label={t('pickAmount', text)} title={t('pickAmount', formatMoney(m.amount!.value, m.amount!.currency))} onClick={() => onFix({ amount: m.amount! })}>
        {text}
      </button>
    );
  };
  for (const m of marks) {
    if (m.start > at) parts.push(deal.summary.slice(at, m.start));
    parts.push(piece(m));
    at = m.end;
  }
  parts.push(deal.summary.slice(at));
  return <blockquote class="evidence">{parts}</blockquote>;
}

/**
 * What a proposed deal rests on, and its fixes in one gesture each: swap the roles, drop a party,
 * take another amount of the sentence (a click on it). Each fix is a correction: the deal is the
 * reader's from then on.
 */
export function DealReview({ deal, dir, onFix }: { deal: DealRecord; dir: Directory | null; onFix: (edit: DealEdit) => void }) {
  return (
    <div class="deal-review">
      {deal.summary && <Evidence deal={deal} dir={dir} onFix={onFix} />}
      <div class="fixes">
        {canSwap(deal) && (
          <button type="button" class="swap-roles" onClick={() => onFix({ parties: swapped(deal) })}>
            {t('swapRoles')}
          </button>
        )}
        {deal.partyIds.map((id) => (
          <button key={id} type="button" class="drop-party" data-party={id} disabled={!canDrop(deal, id)} aria-label={t('dropParty', nameOf(dir, id))} title={t('dropParty', nameOf(dir, id))} onClick={() => onFix({ parties: withoutParty(deal, id) })}>
            {nameOf(dir, id)} <span aria-hidden="true">×</span>
          </button>
        ))}
      </div>
    </div>
  );
}
