/**
 * The store's read paths, all through indexes: a deal by each of its parties, an article by
 * each entity it mentions, articles newest first. Nothing here scans a whole table.
 */
import type { ArticleRecord, DealLensDB, DealRecord } from './schema';

/** Deals any of these entities take part in (dismissed ones left out), newest first. */
export async function dealsOf(db: DealLensDB, entityIds: string[]): Promise<DealRecord[]> {
  if (entityIds.length === 0) return [];
  const deals = await db.deals.where('partyIds').anyOf(entityIds).distinct().toArray();
  return deals.filter((d) => d.status !== 'dismissed').sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
}

/** Saved articles that mention any of these entities, newest saved first. */
export async function articlesMentioning(db: DealLensDB, entityIds: string[], limit = 200): Promise<ArticleRecord[]> {
  if (entityIds.length === 0) return [];
  const articles = await db.articles.where('entityIds').anyOf(entityIds).distinct().toArray();
  return articles.sort((a, b) => b.savedAt - a.savedAt).slice(0, limit);
}

/** How many saved articles report each deal ("3 saved articles on this deal"). */
export function savedArticleCount(deal: DealRecord): number {
  return new Set(deal.sources.map((s) => s.articleId).filter(Boolean)).size;
}
