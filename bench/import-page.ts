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

/** bulkPut of what the import writes: the articles, their link rows, their full-text rows by batch of 200. */
async function bulkPutFloor(raw: string): Promise<number> {
  const db = await fresh('bench-floor');
  const t0 = performance.now();
  const articles = (JSON.parse(raw) as { articles: ArticleRecord[] }).articles;
  await db.transaction('rw', [db.articles, db.links, db.termBatches], async () => {
    await db.articles.bulkPut(articles);
    await db.links.bulkPut(articles.flatMap(articleLinks));
    for (let i = 0; i < articles.length; i += 200) await db.termBatches.bulkPut(termBatchRows(`floor-${i}`, articles.slice(i, i + 200)));
  });
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

/** The same with one (word, article) row per word, as every import wrote them before issue 11. */
async function perArticleRows(raw: string): Promise<number> {
  const db = await fresh('bench-per-article');
  const t0 = performance.now();
  const articles = (JSON.parse(raw) as { articles: ArticleRecord[] }).articles;
  await db.transaction('rw', [db.articles, db.links, db.terms], async () => {
    await db.articles.bulkPut(articles);
    await db.links.bulkPut(articles.flatMap(articleLinks));
    await db.terms.bulkPut(articles.flatMap(termRows));
  });
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

async function recordsOnly(raw: string): Promise<number> {
  const db = await fresh('bench-records');
  const t0 = performance.now();
  await db.articles.bulkPut((JSON.parse(raw) as { articles: ArticleRecord[] }).articles);
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

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
