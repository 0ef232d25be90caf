/**
 * Opening the deal store (background, popup and options pages: one extension origin, one
 * database): filled with the knowledge base, and failing with a message a person can act on.
 */
import { ifNoImport } from './import/import-lock';
import { undoJournal } from './import/journal';
import { releaseReserve } from './import/space-reserve';
import { syncKnowledgeBase } from './kb-sync';
import { DB_NAME, DealLensDB } from './schema';
import { SaidError } from './store-errors';

// The background imports the store's errors from here, with the connection.
export { SaidError, storeErrorMessage, type Said } from './store-errors';

let opening: Promise<DealLensDB> | null = null;

/**
 * Opens the store and fills it with the knowledge base. When another tab holds an older
 * version open, the upgrade is blocked: say so at once rather than leave a save waiting.
 */
export async function openStore(name = DB_NAME): Promise<DealLensDB> {
  const d = new DealLensDB(name);
  await new Promise<void>((resolve, reject) => {
    d.on('blocked', () => reject(new SaidError({ key: 'errorUpgrade' })));
    d.open().then(() => resolve(), reject);
  });
  d.on('versionchange', () => {
    d.close();
    opening = null;
  });
  // An import interrupted half-way (its page closed, the browser killed) is undone, unless it is still running elsewhere.
  if ((await d.journal.count()) > 0) {
    await ifNoImport(async () => {
      await releaseReserve();
      await undoJournal(d);
    });
  }
  await syncKnowledgeBase(d);
  return d;
}

/** The one connection of this context: opened (and the knowledge base synced) once, whatever the number of callers. */
export function db(): Promise<DealLensDB> {
  opening ??= openStore().catch((err) => {
    opening = null;
    throw err;
  });
  return opening;
}
