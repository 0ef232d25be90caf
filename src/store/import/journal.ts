/**
 * Writing an import in bounded batches that can be undone whole. One transaction per batch keeps
 * every transaction small (a single 100 MB transaction on a nearly full disk made the browser drop
 * the whole database); the journal keeps, for every key a batch writes, what was there before, so a
 * failure at any batch, or a page closed mid-import, puts the store back exactly as it was.
 */
import type { ArticleRecord, DealLensDB, DealRecord, EntityRecord, JournalRecord } from '../schema';
import { dropDerived, putDerived, tableOf } from '../derived-rows';
import type { Table } from '../records/problem';

type Rec = EntityRecord | DealRecord | ArticleRecord;
export interface Batch {
  table: Table;
  records: Rec[];
}

const ENTITY_BATCH = 1000;
const DEAL_BATCH = 1000;
/** An article batch ends at this many articles or this much text, whichever comes first. */
const ARTICLE_BATCH = 200;
const ARTICLE_BATCH_CHARS = 1_000_000;
const UNDO_BATCH = 300;

export function batchesOf(plan: { entities: EntityRecord[]; deals: DealRecord[]; articles: ArticleRecord[] }): Batch[] {
  const out: Batch[] = [];
  for (let i = 0; i < plan.entities.length; i += ENTITY_BATCH) out.push({ table: 'entities', records: plan.entities.slice(i, i + ENTITY_BATCH) });
  for (let i = 0; i < plan.deals.length; i += DEAL_BATCH) out.push({ table: 'deals', records: plan.deals.slice(i, i + DEAL_BATCH) });
  let current: ArticleRecord[] = [];
  let chars = 0;
  for (const a of plan.articles) {
    if (current.length && (current.length >= ARTICLE_BATCH || chars + a.text.length > ARTICLE_BATCH_CHARS)) {
      out.push({ table: 'articles', records: current });
      current = [];
      chars = 0;
    }
    current.push(a);
    chars += a.text.length;
  }
  if (current.length) out.push({ table: 'articles', records: current });
  return out;
}

let batchSeq = 0;

/** Writes one batch and its undo rows, in one transaction. */
export async function writeBatch(db: DealLensDB, batch: Batch): Promise<void> {
  const table = tableOf(db, batch.table);
  const name = `import-${Date.now().toString(36)}-${(batchSeq++).toString(36)}`;
  await db.transaction('rw', [table, db.links, db.terms, db.termBatches, db.journal], async () => {
    const keys = batch.records.map((r) => r.id);
    const before = await table.bulkGet(keys);
    await db.journal.bulkAdd(keys.map((key, i): JournalRecord => ({ table: batch.table, key, ...(before[i] ? { before: before[i] } : {}) })));
    await dropDerived(db, batch.table, before.filter((r) => r !== undefined));
    await table.bulkPut(batch.records);
    await putDerived(db, batch.table, batch.records, name);
  });
}

/** The import is complete: its undo rows go. */
export const commitJournal = (db: DealLensDB) => db.journal.clear();

/** Puts back what the journal says was there, newest batch first, in bounded transactions. Returns the records put back or removed. */
export async function undoJournal(db: DealLensDB): Promise<number> {
  let undone = 0;
  for (;;) {
    const rows = await db.journal.orderBy('seq').reverse().limit(UNDO_BATCH).toArray();
    if (rows.length === 0) return undone;
    await db.transaction('rw', [db.entities, db.deals, db.articles, db.links, db.terms, db.termBatches, db.journal], async () => {
      for (const t of ['articles', 'deals', 'entities'] as const) {
        const mine = rows.filter((r) => r.table === t);
        if (mine.length === 0) continue;
        const current = await tableOf(db, t).bulkGet(mine.map((r) => r.key));
        await dropDerived(db, t, current.filter((r) => r !== undefined));
        await tableOf(db, t).bulkDelete(mine.filter((r) => !r.before).map((r) => r.key));
        const restored = mine.flatMap((r) => (r.before ? [r.before] : []));
        await tableOf(db, t).bulkPut(restored);
        await putDerived(db, t, restored);
      }
      await db.journal.bulkDelete(rows.map((r) => r.seq!));
    });
    undone += rows.length;
  }
}
