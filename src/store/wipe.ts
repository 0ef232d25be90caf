/**
 * Deleting everything: what would be lost (said before asking), and the store emptied and
 * filled again with the shipped knowledge base, as on the first run.
 */
import { originFiles, type OriginFiles } from './import/origin-files';
import { dropRestorePoint } from './import/restore-point';
import { syncKnowledgeBase } from './kb-sync';
import { changedByReader, type DealLensDB } from './schema';

export interface StoreCounts {
  articles: number;
  confirmedDeals: number;
  proposedDeals: number;
  userEntities: number;
  /** Shipped entities the reader changed, hid or merged. */
  changedEntities: number;
}

export async function storeCounts(db: DealLensDB): Promise<StoreCounts> {
  return db.transaction('r', [db.articles, db.deals, db.entities], async () => {
    const [articles, confirmedDeals, proposedDeals, userEntities, changedEntities] = await Promise.all([
      db.articles.count(),
      db.deals.where('status').equals('confirmed').count(),
      db.deals.where('status').equals('proposed').count(),
      db.entities.where('origin').equals('user').count(),
      // One read of the shipped entities, filtered here: a cursor walked with a filter costs a callback per record (seconds
      // for the few thousand shipped ones in fake-indexeddb, and what the dialog waits on).
      db.entities.where('origin').equals('kb').toArray().then((kb) => kb.filter(changedByReader).length),
    ]);
    return { articles, confirmedDeals, proposedDeals, userEntities, changedEntities };
  });
}

/**
 * Clears every table (the knowledge-base version too, so the refill is a first run) and refills
 * it, in one transaction: a failure half-way leaves the store as it was.
 */
export async function deleteEverything(db: DealLensDB, files?: OriginFiles): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    await syncKnowledgeBase(db);
  });
  // The copy an import kept would otherwise bring the collection back at the next open (the store's id went with the meta table).
  await dropRestorePoint(files ?? originFiles());
}
