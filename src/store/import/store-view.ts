/** What the store holds that an import's decisions depend on, read in one transaction. */
import type { DealLensDB } from '../schema';
import type { ParsedExport } from './parse-export';
import type { StoreView } from './plan-import';

export async function readStoreView(db: DealLensDB, file: ParsedExport): Promise<StoreView> {
  return db.transaction('r', [db.entities, db.deals, db.articles], async () => {
    const canonicals = file.articles.flatMap((a) => (a.canonicalUrl ? [a.canonicalUrl] : []));
    const [entities, dealIds, deals, articleIds, byId, byCanonical] = await Promise.all([
      db.entities.toArray(),
      db.deals.toCollection().primaryKeys(),
      db.deals.bulkGet(file.deals.map((d) => d.id)),
      db.articles.toCollection().primaryKeys(),
      db.articles.bulkGet(file.articles.map((a) => a.id)),
      canonicals.length ? db.articles.where('canonicalUrl').anyOf(canonicals).toArray() : [],
    ]);
    return {
      entities: new Map(entities.map((e) => [e.id, e])),
      dealIds: new Set(dealIds),
      deals: new Map(deals.filter((d) => d !== undefined).map((d) => [d.id, d])),
      articleIds: new Set(articleIds),
      articlesById: new Map(byId.filter((a) => a !== undefined).map((a) => [a.id, a])),
      articlesByCanonical: new Map(byCanonical.map((a) => [a.canonicalUrl!, a])),
    };
  });
}
