/**
 * What of the store a team shares: every saved article; the deals a reader made theirs (proposed by
 * a saved article, confirmed, edited, dismissed, created, or a shipped deal a saved article
 * reports); the reader's entities and the shipped ones a reader changed (edited, hid, hid aliases of,
 * merged). The knowledge base every DealLens ships is not sent; a shared change to it taken back
 * puts the shipped record back. The watchlist is personal.
 */
import { kbDeals, kbEntities } from '../../core/kb';
import type { TeamTable } from '../../core/team/team-doc';
import { dealRecordOf } from '../kb-sync';
import { changedByReader, type ArticleRecord, type DealRecord, type EntityRecord } from '../schema';

export type SharedRecord = EntityRecord | DealRecord | ArticleRecord;

export function isShared(table: TeamTable, r: SharedRecord): boolean {
  if (table === 'articles') return true;
  if (table === 'deals') {
    const d = r as DealRecord;
    return d.status !== 'kb' || Boolean(d.edited) || d.sources.some((s) => s.articleId !== undefined);
  }
  const e = r as EntityRecord;
  return e.origin === 'user' || changedByReader(e);
}

const shippedEntities = new Map(kbEntities.map((e) => [e.id, e]));
const shippedDeals = new Map(kbDeals.map((d) => [d.id, d]));

/** The record as the knowledge base ships it, if it ships one under this id. */
export function shippedRecord(table: TeamTable, id: string, now: number): SharedRecord | undefined {
  if (table === 'entities') {
    const e = shippedEntities.get(id);
    return e && { ...e, origin: 'kb', updatedAt: now };
  }
  if (table === 'deals') {
    const d = shippedDeals.get(id);
    return d && dealRecordOf(d, now);
  }
  return undefined;
}
