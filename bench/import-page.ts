/**
 * The import benchmark's page side, in Chromium's real IndexedDB: the import of an export file
 * (read, checked, planned, written in batches under its journal) against the floor, bulkPut of
 * the same records and of the same link and full-text rows, in one transaction, into a store in
 * the same state; and against the (word, article) full-text rows the import wrote before issue 11.
 * Results come back through window.__runImportBench.
 */
import { importExport } from '../src/store/import/import-store';
import { syncKnowledgeBase } from '../src/store/kb-sync';
import { articleLinks, DealLensDB, termBatchRows, termRows, type ArticleRecord } from '../src/store/schema';

async function fresh(name: string): Promise<DealLensDB> {
  const db = new DealLensDB(name);
  await db.delete();
  await db.open();
  await syncKnowledgeBase(db);
  return db;
}

type Db = DealLensDB;
const articlesOf = (raw: string) => (JSON.parse(raw) as { articles: ArticleRecord[] }).articles;

/** Time of `write` on a fresh store with the knowledge base: what each measure does with the file's articles. */
async function timed(name: string, raw: string, write: (db: Db, articles: ArticleRecord[]) => Promise<unknown>): Promise<number> {
  const db = await fresh(name);
  const t0 = performance.now();
  await write(db, articlesOf(raw));
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/** bulkPut of what the import writes: the articles, their link rows, their full-text rows by batch of 200. */
const bulkPutFloor = (raw: string) =>
  timed('bench-floor', raw, (db, articles) =>
    db.transaction('rw', [db.articles, db.links, db.termBatches], async () => {
      await db.articles.bulkPut(articles);
      await db.links.bulkPut(articles.flatMap(articleLinks));
      for (let i = 0; i < articles.length; i += 200) await db.termBatches.bulkPut(termBatchRows(`floor-${i}`, articles.slice(i, i + 200)));
    }),
  );

/** The same with one (word, article) row per word, as every import wrote them before issue 11. */
const perArticleRows = (raw: string) =>
  timed('bench-per-article', raw, (db, articles) =>
    db.transaction('rw', [db.articles, db.links, db.terms], async () => {
      await db.articles.bulkPut(articles);
      await db.links.bulkPut(articles.flatMap(articleLinks));
      await db.terms.bulkPut(articles.flatMap(termRows));
    }),
  );

const recordsOnly = (raw: string) => timed('bench-records', raw, (db, articles) => db.articles.bulkPut(articles));

async function imported(raw: string): Promise<{ ms: number; steps: number }> {
  const db = await fresh('bench-import');
  let steps = 0;
  const t0 = performance.now();
  await importExport(db, raw, { onProgress: () => steps++ });
  const ms = performance.now() - t0;
  db.close();
  return { ms, steps };
}

(window as unknown as { __runImportBench: (raw: string, rounds: number) => Promise<unknown> }).__runImportBench = async (raw, rounds) => {
  const out: { floor: number; records: number; import: number; steps: number; perArticle?: number }[] = [];
  await imported(raw); // warm: the first run compiles and opens everything
  for (let i = 0; i < rounds; i++) {
    const floor = await bulkPutFloor(raw);
    const records = await recordsOnly(raw);
    const r = await imported(raw);
    // The old rows take ~13 s: timed in the first round only.
    out.push({ floor, records, import: r.ms, steps: r.steps, ...(i === 0 ? { perArticle: await perArticleRows(raw) } : {}) });
  }
  return out;
};
