/**
 * The store's read paths, all through indexes: a deal by each of its parties, an article by
 * each entity it mentions, articles newest first. Nothing here scans a whole table.
 */
import Dexie from 'dexie';
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

/**
 * The newest `limit` deals and articles linked to these entities, read from the link rows
 * (newest first per entity, then merged): a page costs the same whatever the store's size.
 */
export async function newestLinked(db: DealLensDB, entityIds: string[], limit = 50): Promise<{ deals: DealRecord[]; articles: ArticleRecord[] }> {
  const page = async (prefix: 'd:' | 'a:') => {
    const rows = await Promise.all(
      entityIds.map((e) =>
        db.links
          .where('[entity+sortKey+ref]')
          .between([e, prefix, Dexie.minKey], [e, `${prefix}\uffff`, Dexie.maxKey])
          .reverse()
          .limit(limit)
          .toArray(),
      ),
    );
    const seen = new Set<string>();
    return rows
      .flat()
      .sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0))
      .filter((r) => (seen.has(r.ref) ? false : (seen.add(r.ref), true)))
      .slice(0, limit)
      .map((r) => r.ref);
  };
  const [dealIds, articleIds] = await Promise.all([page('d:'), page('a:')]);
  const [deals, articles] = await Promise.all([db.deals.bulkGet(dealIds), db.articles.bulkGet(articleIds)]);
  return { deals: deals.filter((d): d is DealRecord => d !== undefined), articles: articles.filter((a): a is ArticleRecord => a !== undefined) };
}
