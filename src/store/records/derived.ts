/**
 * The fields of a record that follow from its other fields. The store recomputes them on every
 * write from outside (an import) rather than trusting them: a wrong partyKey or entityIds would
 * hide a deal or an article from every index look-up.
 */
import { partyIdsOf } from '../../core/kb/deals-of';
import { foldString, textFingerprint } from '../../core/text/char-class';
import { partyKeyOf, type ArticleRecord, type DealRecord } from '../schema';

export function derivedOfDeal(d: Pick<DealRecord, 'parties'>): Pick<DealRecord, 'partyIds' | 'partyKey'> {
  const partyIds = partyIdsOf(d.parties);
  return { partyIds, partyKey: partyKeyOf(partyIds) };
}

export function derivedOfArticle(a: Pick<ArticleRecord, 'entities' | 'text' | 'unknownNames'>): Pick<ArticleRecord, 'entityIds' | 'fingerprint' | 'unknownKeys'> {
  return { entityIds: [...new Set(a.entities.map((e) => e.id))], fingerprint: textFingerprint(a.text), ...(a.unknownNames ? { unknownKeys: unknownKeysOf(a.unknownNames) } : {}) };
}

/** A name as the store compares it: folded, spacing made one. */
export const foldName = (name: string) => foldString(name).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

export const unknownKeysOf = (names: readonly { name: string }[]) => [...new Set(names.map((n) => foldName(n.name)))];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The derived fields of a record that disagree with what it says: their names. */
export function disagreements<T extends object>(record: T, derived: Partial<T>): string[] {
  return (Object.keys(derived) as (keyof T)[]).filter((k) => !same(record[k], derived[k])).map(String);
}
