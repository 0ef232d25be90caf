/** What the store holds, read in an extension context with plain IndexedDB (no DealLens code involved), in either browser. */
import type { TestBrowser } from './types';

export interface StoredArticle {
  id: string;
  title: string;
  url: string;
  canonicalUrl: string;
  entityIds: string[];
  dealIds: string[];
  notes: string;
  tags: string[];
}
export interface StoredDeal {
  id: string;
  status: string;
  partyIds: string[];
  parties: { investors?: string[]; targets?: string[]; partners?: string[]; sponsors?: { entity: string; share?: number }[] };
  edited?: boolean;
  sources: { articleId?: string }[];
}
export interface StoredEntity {
  id: string;
  name: string;
  origin: string;
  aliases?: unknown[];
  hidden?: boolean;
  mergedInto?: string;
  hiddenAliases?: string[];
}

export function readTables(b: TestBrowser, tables: string[]): Promise<Record<string, unknown[]>> {
  return b.inExtension(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('deallens');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const out: Record<string, unknown[]> = {};
    for (const n of names) out[n] = await all(n);
    db.close();
    return out;
  }, tables);
}

export async function storeContents(b: TestBrowser): Promise<{ articles: StoredArticle[]; deals: StoredDeal[] }> {
  const t = await readTables(b, ['articles', 'deals']);
  return { articles: t.articles as StoredArticle[], deals: t.deals as StoredDeal[] };
}

export async function storedEntities(b: TestBrowser): Promise<StoredEntity[]> {
  return (await readTables(b, ['entities'])).entities as StoredEntity[];
}

/** How many records a table holds, counted without reading them. */
export function rowCount(b: TestBrowser, table: string): Promise<number> {
  return b.inExtension(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('deallens');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const n = await new Promise<number>((resolve, reject) => {
      const r = db.transaction(name).objectStore(name).count();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return n;
  }, table);
}
