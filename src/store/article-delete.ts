/**
 * Deleting a saved article, and taking the deletion back. A deal the article alone proposed goes
 * with it; a deal other sources report only loses this source. What was removed is handed back
 * whole, so undo puts every record back as it was.
 */
import { reindex, relink, unbatch, type ArticleRecord, type DealLensDB, type DealRecord } from './schema';

export interface Removed {
  article: ArticleRecord;
  /** The article's deals as they were before the deletion. */
  deals: DealRecord[];
}

export async function deleteArticle(db: DealLensDB, id: string, now = Date.now()): Promise<Removed> {
  return db.transaction('rw', [db.articles, db.deals, db.links, db.terms, db.termBatches], async () => {
    const article = await db.articles.get(id);
    if (!article) throw new Error(`No article "${id}" in the store.`);
    const deals = (await db.deals.bulkGet(article.dealIds)).filter((d): d is DealRecord => d !== undefined);
    const kept: DealRecord[] = [];
    const gone: string[] = [];
    for (const d of deals) {
      const sources = d.sources.filter((s) => s.articleId !== id);
      if (d.status === 'proposed' && sources.length === 0) gone.push(d.id);
      else kept.push({ ...d, sources, conflicts: d.conflicts?.filter((c) => c.source.articleId !== id), updatedAt: now });
    }
    await db.deals.bulkDelete(gone);
    await db.deals.bulkPut(kept);
    await db.articles.delete(id);
    await db.links.where('ref').anyOf([id, ...gone]).delete();
    await relink(db, kept, []);
    await db.terms.where('ref').equals(id).delete();
    await unbatch(db, [id]);
    return { article, deals };
  });
}

export async function restoreArticle(db: DealLensDB, removed: Removed): Promise<void> {
  await db.transaction('rw', [db.articles, db.deals, db.links, db.terms, db.termBatches], async () => {
    await db.deals.bulkPut(removed.deals);
    await db.articles.put(removed.article);
    await relink(db, removed.deals, [removed.article]);
    await reindex(db, [removed.article]);
  });
}
