/**
 * Opening the deal store (background, popup and options pages: one extension origin, one
 * database): filled with the knowledge base, and failing with a message a person can act on.
 */
import { ifNoImport } from './import/import-lock';
import { importLocked } from './import/import-store';
import { undoJournal } from './import/journal';
import type { OriginFiles } from './import/origin-files';
import { settleRestorePoint, storeId, type RestoreOutcome } from './import/restore-point';
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
export async function openStore(name = DB_NAME, o: { files?: OriginFiles } = {}): Promise<DealLensDB> {
  const d = new DealLensDB(name);
  await new Promise<void>((resolve, reject) => {
    d.on('blocked', () => reject(new SaidError({ key: 'errorUpgrade' })));
    d.open().then(() => resolve(), reject);
  });
  d.on('versionchange', () => {
    d.close();
    opening = null;
  });
  // Closed by the browser (Chromium discards a database a full disk left damaged): the next caller opens it again, and a restore point is put back.
  d.on('close', () => {
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
  await settle(d, false, o.files);
  await storeId(d);
  return d;
}

/**
 * The restore point (import/restore-point.ts): put back when the browser replaced the database,
 * dropped once the store came through a browser restart whole (`restarted`). Never while an
 * import runs (it writes its own point); a failure is said and the point kept for the next open.
 */
async function settle(d: DealLensDB, restarted: boolean, files?: OriginFiles): Promise<RestoreOutcome | undefined> {
  const importWhole = async (file: Parameters<typeof importLocked>[1], rawLength: number) => {
    const r = await importLocked(d, file, rawLength, { restorePoint: false, ...(files ? { files } : {}) });
    return { entities: r.entities, deals: r.deals, articles: r.articles };
  };
  try {
    const outcome = await ifNoImport(() => settleRestorePoint(d, importWhole, { restarted, ...(files ? { files } : {}) }));
    if (outcome?.kind === 'restored') console.info(`DealLens: the browser replaced the database; the collection kept before the import of ${outcome.note.keptAt} was put back.`);
    return outcome;
  } catch (err) {
    console.warn('DealLens: the copy of the collection kept before an import could not be put back yet; it is kept for the next start.', err);
    return undefined;
  }
}

/** At the first start of a browser session (the background): the store came through the restart, so a restore point it kept can go. */
export async function settleAfterRestart(d?: DealLensDB, files?: OriginFiles): Promise<RestoreOutcome | undefined> {
  return settle(d ?? (await db()), true, files);
}

/** The one connection of this context: opened (and the knowledge base synced) once, whatever the number of callers. */
export function db(): Promise<DealLensDB> {
  opening ??= openStore().then(
    (d) => {
      // Opened again at once, not at the reader's next action: a restore point is put back while nobody waits on it.
      d.on('close', () => void db().catch((err) => console.warn('DealLens: the store could not be opened again after the browser closed it.', err)));
      return d;
    },
    (err) => {
      opening = null;
      throw err;
    },
  );
  return opening;
}
