/**
 * Which stored deal a proposal reports: the same deal told by another article, in another
 * language, with the parties each article names. The same parties and type, weeks apart at most;
 * or, for a round, a purchase or a fund, the same target with an investor in common ("Volkswagen
 * and Goldman Sachs in QuantumScape" and "Volkswagen in QuantumScape", the same month), or, for a
 * round one article tells without its investors, the same sum; for a partnership, the same partners,
 * with the joint venture they made or without. What a later article adds to a deal nobody confirmed
 * yet (another investor of the round) joins it.
 */
import type { Proposal } from '../core/deals/propose';
import type { Money } from '../core/kb/types';
import { convert } from '../core/money/fx-rates';
import { partyKeyOf as partyKey, type DealLensDB, type DealRecord } from './schema';

/** Dates "within weeks": the same deal reported a few weeks apart. */
const SAME_DEAL_DAYS = 62;

/** Figures "within rounding": $1 bn and $1.04 bn are one figure; converted, €900 m and $1 bn are not. */
const SAME_FIGURE = 0.06;

/** Whether two figures are the same, converted at the year's rate when currencies differ. */
export function sameFigure(a: Money, b: Money, year: number): boolean {
  const bInA = a.currency === b.currency ? b.value : convert(b.value, b.currency, a.currency, year)?.value;
  if (bInA === undefined) return false;
  return Math.abs(a.value - bInA) <= SAME_FIGURE * Math.max(a.value, bInA);
}

export const proposalParties = (p: Proposal) => [...p.investors, ...p.targets, ...p.partners, ...p.sponsors].map((x) => x.id);

function days(a: string, b: string): number {
  const t = (d: string) => Date.parse(d.length === 4 ? `${d}-07-01` : d.length === 7 ? `${d}-15` : d);
  return Math.abs(t(a) - t(b)) / 86_400_000;
}

/** Whether two dates may be one deal's: weeks apart, or a year and a date in it; an undated side agrees with any. */
function sameTime(a: string | undefined, b: string | null): boolean {
  if (!a || !b) return true;
  if (a.length === 4 || b.length === 4) return a.slice(0, 4) === b.slice(0, 4);
  return days(a, b) <= SAME_DEAL_DAYS;
}

const backers = (d: DealRecord) => [...(d.parties.investors ?? []), ...(d.parties.sponsors ?? []).map((s) => s.entity)];
const TARGETED = new Set(['investment', 'acquisition', 'fund', 'program']);

export interface SameDeal {
  /** The stored deal the proposal reports, if any. */
  same?: DealRecord;
  /** The reader dismissed this very deal (same parties and type): it is not brought back. */
  dismissed: boolean;
}

export async function storedDealOf(db: DealLensDB, p: Proposal): Promise<SameDeal> {
  const key = partyKey(proposalParties(p));
  const exact = (await db.deals.where('partyKey').equals(key).toArray()).filter((d) => d.type === p.type && partyKey(d.partyIds) === key);
  if (exact.some((d) => d.status === 'dismissed')) return { dismissed: true };
  const same = exact.find((d) => sameTime(d.date, p.date)) ?? exact[0];
  if (same) return { same, dismissed: false };
  // A partnership told with the joint venture it made and told without it ("Sony and Honda signed…") is one deal.
  if (p.type === 'partnership' && p.partners.length) {
    const partners = partyKey(p.partners.map((x) => x.id));
    const made = new Set(p.targets.map((x) => x.id));
    const told = (await db.deals.where('partyIds').equals(p.partners[0].id).toArray()).find(
      (d) => d.type === 'partnership' && d.status !== 'dismissed' && partyKey(d.parties.partners ?? []) === partners && (!made.size || !d.parties.targets?.length || d.parties.targets.some((t) => made.has(t))) && sameTime(d.date, p.date),
    );
    return { same: told, dismissed: false };
  }
  if (!TARGETED.has(p.type) || !p.targets.length) return { dismissed: false };
  const targets = new Set(p.targets.map((x) => x.id));
  const investors = new Set([...p.investors, ...p.sponsors].map((x) => x.id));
  // A round one side reports without its investors ("InoBat raised €100 million") is the other's of the same sum and time.
  const year = Number((p.date ?? '').slice(0, 4)) || new Date().getUTCFullYear();
  const sameRound = (d: DealRecord) => p.type === 'investment' && (!investors.size || !backers(d).length) && !!p.amount && !!d.amount && sameFigure(d.amount, p.amount, year);
  const near = (await db.deals.where('partyIds').anyOf([...targets]).toArray()).filter(
    (d) => d.type === p.type && d.status !== 'dismissed' && (d.parties.targets ?? []).some((t) => targets.has(t)) && (backers(d).some((i) => investors.has(i)) || sameRound(d)) && sameTime(d.date, p.date),
  );
  // The closest in time first, then the one with the most parties in common.
  near.sort((a, b) => (a.date && p.date ? days(a.date, p.date) : 0) - (b.date && p.date ? days(b.date, p.date) : 0));
  return { same: near[0], dismissed: false };
}

/** What a proposal adds to a stored deal nobody confirmed yet: the investors it names that the deal lacks. */
export function widened(d: DealRecord, p: Proposal): Pick<DealRecord, 'parties' | 'partyIds' | 'partyKey'> | null {
  if (d.status !== 'proposed' || d.edited || d.type === 'fund') return null;
  // ...or, to a partnership told without it, the joint venture its partners made.
  if (d.type === 'partnership') {
    if (d.parties.targets?.length || !p.targets.length) return null;
    const made = p.targets.map((x) => x.id).filter((id) => !d.partyIds.includes(id));
    const partyIds = [...d.partyIds, ...made];
    return { parties: { ...d.parties, targets: p.targets.map((x) => x.id) }, partyIds, partyKey: partyKey(partyIds) };
  }
  const have = new Set(d.partyIds);
  const more = p.investors.map((x) => x.id).filter((id) => !have.has(id));
  if (!more.length) return null;
  const parties = { ...d.parties, investors: [...(d.parties.investors ?? []), ...more] };
  const partyIds = [...d.partyIds, ...more];
  return { parties, partyIds, partyKey: partyKey(partyIds) };
}
