/**
 * What a card says of a shipped entity: its one line, its relations as the card lists them, its
 * latest deals. Built where the knowledge base is (the background, which answers the page's
 * `entity-card` message): pages carry the matcher's tables, not the records.
 */
import { counterparties, dealsOf } from './deals-of';
import { kbEntity } from './index';
import type { DealType, KbDeal, RelationType } from './types';
import { formatMoney } from '../money/format';

export interface DealLine {
  type: DealType;
  with: string[];
  amount: string | null;
  date: string | null;
  summary: string;
  source: { title: string; url: string | null };
  /** A deal the reader confirmed or corrected in their collection (not the shipped knowledge base's). */
  mine?: true;
}

export interface EntityCard {
  description: string;
  relations: { type: RelationType; items: string[] }[];
  deals: DealLine[];
  /** Deals left out (the popup lists them all). */
  more: number;
}

/** A deal as a card lists it, with the other parties' names; its source the first with an address and a title. */
export function dealLine(d: Pick<KbDeal, 'type' | 'amount' | 'date' | 'summary' | 'sources'>, others: string[]): DealLine {
  const src = d.sources.find((s) => s.url && s.title) ?? d.sources[0];
  return {
    type: d.type,
    with: others,
    amount: d.amount ? formatMoney(d.amount.value, d.amount.currency) : null,
    date: d.date ?? null,
    summary: d.summary,
    source: { title: src?.title ?? src?.publisher ?? src?.seed ?? '', url: src?.url ?? null },
  };
}

/** Enough for a fund's recent history; the card scrolls, and the popup lists them all. */
export const MAX_DEALS = 8;

/** The card of a shipped entity; an empty one for any other id (a reader's own entity has no shipped record). */
export function entityCard(id: string): EntityCard {
  const e = kbEntity(id);
  const relations = new Map<RelationType, string[]>();
  for (const r of e?.relations ?? []) {
    const other = kbEntity(r.entity)?.name ?? r.entity;
    const label = r.type === 'sponsored-by' && r.share ? `${other} (${Math.round(r.share * 100)}%)` : r.type === 'role-at' && r.role ? `${r.role}, ${other}` : r.type === 'renamed-to' && r.since ? `${other} (${r.since})` : other;
    relations.set(r.type, [...(relations.get(r.type) ?? []), label]);
  }
  const all = dealsOf(id);
  return {
    description: e?.description ?? '',
    relations: [...relations].map(([type, items]) => ({ type, items })),
    deals: all.slice(0, MAX_DEALS).map((d) => dealLine(d, counterparties(d, id))),
    more: Math.max(0, all.length - MAX_DEALS),
  };
}

/** The card with the reader's own confirmed deals first (they are what the reader checked), within the same bound. */
export function withReaderDeals(card: EntityCard, mine: readonly DealLine[]): EntityCard {
  if (!mine.length) return card;
  const all = [...mine.map((d) => ({ ...d, mine: true as const })), ...card.deals];
  const total = all.length + card.more;
  const deals = all.slice(0, MAX_DEALS);
  return { ...card, deals, more: total - deals.length };
}
