/**
 * What a card says about one highlight: plain data, so the view stays dumb and tests can read
 * it. An entity's details (its line, relations and deals) come from the background
 * (core/kb/entity-card.ts); amounts and names never seen are read from the highlight itself.
 */
import type { EntityCard } from '../../core/kb/entity-card';
import type { EntityType } from '../../core/kb/types';
import { conversions, formatAmount } from '../../core/money/format';
import type { AmountQualifier } from '../../core/money/recognise';
import type { Entry } from '../highlights';

export type { DealLine } from '../../core/kb/entity-card';

export type CardModel =
  | ({
      kind: EntityType;
      name: string;
      text: string;
      /** The details are still being asked for. */
      pending: boolean;
    } & EntityCard)
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

/** The card of a highlight; `details`, an entity's, null while they are asked for. */
export function cardModel(entry: Entry, year: number, details: EntityCard | null = null): CardModel | null {
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
  return { kind: m.type, name: m.name, text: m.text, ...(details ?? EMPTY_CARD), pending: details === null };
}

/** What a card shows of an entity while its details are on their way from the background. */
const EMPTY_CARD: EntityCard = { description: '', relations: [], deals: [], more: 0 };
