/**
 * The sync benchmark's baseline, in Chromium's real IndexedDB: the same collection loaded by the
 * JSON import (read, checked, planned, written in batches under its journal) into a fresh store with
 * the knowledge base. The file is fetched from the bench's server. Exposed as window.__importOnce.
 */
import { importExport } from '../src/store/import/import-store';
import { syncKnowledgeBase } from '../src/store/kb-sync';
import { DealLensDB } from '../src/store/schema';

async function importOnce(path: string): Promise<{ ms: number; articles: number; deals: number }> {
  const raw = await (await fetch(path)).text();
  const db = new DealLensDB('bench-sync-import');
  await db.delete();
  await db.open();
  await syncKnowledgeBase(db);
  const t0 = performance.now();
  const report = await importExport(db, raw, { restorePoint: false });
  const ms = performance.now() - t0;
  db.close();
  return { ms, articles: report.articles, deals: report.deals };
}

(window as unknown as { __importOnce: typeof importOnce }).__importOnce = importOnce;
