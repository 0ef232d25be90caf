/**
 * What a card says about one highlight, built from the core alone (knowledge base, deals,
 * money formatting): plain data, so the view stays dumb and tests can read it.
 */
import { counterparties, dealsOf } from '../../core/kb/deals-of';
import { kbEntity } from '../../core/kb';
import type { DealType, EntityType, RelationType } from '../../core/kb/types';
import { conversions, formatAmount, formatMoney } from '../../core/money/format';
import type { AmountQualifier } from '../../core/money/recognise';
import type { Entry } from '../highlights';

export interface DealLine {
  type: DealType;
  with: string[];
  amount: string | null;
  date: string | null;
  summary: string;
  source: { title: string; url: string | null };
}

export type CardModel =
  | {
      kind: EntityType;
      name: string;
      text: string;
      description: string;
      relations: { type: RelationType; items: string[] }[];
      deals: DealLine[];
      more: number;
    }
  | {
      /** A name DealLens has never seen: the card offers to add it, as the kind guessed. */
      kind: 'unknown';
      name: string;
      text: string;
      guessed: EntityType;
    }
  | {
      kind: 'amount';
      text: string;
      /** "€100.0 m", "€800.0 m – €1.0 bn"; null when the text does not count the money (the card says so). */
      normalised: string | null;
      currency: string;
      qualifier: AmountQualifier | null;
      conversions: { text: string; year: number }[];
    };

/** Enough for a fund's recent history; the card scrolls, and the popup lists them all. */
export const MAX_DEALS = 8;

export function cardModel(entry: Entry, year: number): CardModel | null {
  if (entry.amount) {
    const a = entry.amount;
    // Nothing to convert when the text gives no figure; a range converts both ends at the same rate.
    const low = a.value === null ? [] : conversions(a.value, a.currency, year);
    const high = a.max === undefined ? [] : conversions(a.max, a.currency, year);
    return {
      kind: 'amount',
      text: a.text,
      normalised: formatAmount(a),
      currency: a.currency,
      qualifier: a.qualifier,
      conversions: low.map((c, n) => ({ text: high[n] ? `${c.text} – ${high[n].text}` : c.text, year: c.year })),
    };
  }
  if (entry.unknown) return { kind: 'unknown', name: entry.unknown.name, text: entry.unknown.text, guessed: entry.unknown.type };
  const m = entry.mention;
  if (!m) return null;
  const e = kbEntity(m.id);
  const relations = new Map<RelationType, string[]>();
  for (const r of e?.relations ?? []) {
    const other = kbEntity(r.entity)?.name ?? r.entity;
    const label = r.type === 'sponsored-by' && r.share ? `${other} (${Math.round(r.share * 100)}%)` : r.type === 'role-at' && r.role ? `${r.role}, ${other}` : r.type === 'renamed-to' && r.since ? `${other} (${r.since})` : other;
    relations.set(r.type, [...(relations.get(r.type) ?? []), label]);
  }
  const all = dealsOf(m.id);
  return {
    kind: m.type,
    name: m.name,
    text: m.text,
    description: e?.description ?? '',
    relations: [...relations].map(([type, items]) => ({ type, items })),
    deals: all.slice(0, MAX_DEALS).map((d) => {
      const src = d.sources.find((s) => s.url && s.title) ?? d.sources[0];
      return {
        type: d.type,
        with: counterparties(d, m.id),
        amount: d.amount ? formatMoney(d.amount.value, d.amount.currency) : null,
        date: d.date ?? null,
        summary: d.summary,
        source: { title: src.title ?? src.publisher ?? src.seed ?? '', url: src.url ?? null },
      };
    }),
    more: Math.max(0, all.length - MAX_DEALS),
  };
}
