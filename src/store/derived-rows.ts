/**
 * The rows that follow from a record (its links, its full-text rows), written and removed with it
 * by whatever writes records from outside: an import, its undo, the team collection.
 */
import type { Table as DexieTable } from 'dexie';
import { articleLinks, dealLinks, termBatchRows, termRows, unbatch, type ArticleRecord, type DealLensDB, type DealRecord, type EntityRecord } from './schema';
import type { Table } from './records/problem';

type Rec = EntityRecord | DealRecord | ArticleRecord;

export const tableOf = (db: DealLensDB, t: Table) => (t === 'entities' ? db.entities : t === 'deals' ? db.deals : db.articles) as unknown as DexieTable<Rec, string>;

/**
 * The link and full-text rows of these records (recomputed, never read from a file). An import's
 * articles get their full-text rows in bulk, one per word of the batch (`batch` names it); records
 * put back by an undo get the (word, article) rows a save writes.
 */
export async function putDerived(db: DealLensDB, table: Table, records: Rec[], batch?: string): Promise<void> {
  if (table === 'deals') await db.links.bulkPut((records as DealRecord[]).flatMap(dealLinks));
  if (table === 'articles') {
    await db.links.bulkPut((records as ArticleRecord[]).flatMap(articleLinks));
    if (batch) await db.termBatches.bulkPut(termBatchRows(batch, records as ArticleRecord[]));
    else await db.terms.bulkPut((records as ArticleRecord[]).flatMap(termRows));
  }
}

/**
 * Removes the link and full-text rows of these records, as stored. The rows are recomputed from
 * the records and deleted by primary key: a walk of the `ref` index costs a cursor step per row.
 */
export async function dropDerived(db: DealLensDB, table: Table, records: Rec[]): Promise<void> {
  if (table === 'entities' || records.length === 0) return;
  const links = table === 'deals' ? (records as DealRecord[]).flatMap(dealLinks) : (records as ArticleRecord[]).flatMap(articleLinks);
  await db.links.bulkDelete(links.map((l): [string, string, string] => [l.entity, l.sortKey, l.ref]));
  if (table === 'articles') {
    await db.terms.bulkDelete((records as ArticleRecord[]).flatMap(termRows).map((t): [string, string] => [t.term, t.ref]));
    await unbatch(db, records.map((r) => r.id));
  }
}
