/**
 * A copy of the reader's collection, kept outside the database while an import writes. A write
 * that finds the disk full can leave Chromium's database damaged, and Chromium then discards it
 * at the next start and opens an empty one (seen in the full-disk end-to-end test): the journal's
 * undo goes with it. So before its first batch, an import writes the reader's part of the store
 * (articles, deals, their own entities and their changes to shipped ones, as an export) to a file
 * of the origin's private file system, named with the store's id. The next time the store opens
 * with another id (or none), the browser has replaced it: the copy is imported back and the reader
 * told. The copy goes when the import lands, or once the store has come through a browser restart
 * whole: every record read back.
 */
import { changedByReader, type DealLensDB, type EntityRecord } from '../schema';
import { EXPORT_FORMAT, EXPORT_VERSION, parseExport, type ParsedExport } from './parse-export';
import { originFiles, type OriginFiles } from './origin-files';
import { KB_VERSION } from '../../core/kb';

const NAME = 'deallens-restore-point.json';
const STORE_ID = 'storeId';
export const RESTORED = 'restored';

/** What the meta row `restored` says, for the options page. */
export interface RestoredNote {
  /** When the copy was written (the import that failed), and when it was put back. */
  keptAt: string;
  restoredAt: string;
  articles: number;
  deals: number;
  entities: number;
}

/** This store's id: written at its first open, gone when the browser replaces the database. */
export async function storeId(db: DealLensDB): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const id = (await db.meta.get(STORE_ID))?.value;
    if (typeof id === 'string') return id;
    const made = `store-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    await db.meta.put({ key: STORE_ID, value: made });
    return made;
  });
}

/** The reader's part of an entity table: what an import of shipped entities alone would not give back. */
const readersOwn = (e: EntityRecord) => e.origin === 'user' || changedByReader(e);

/** The restore point: its text (an export of the reader's part of the store, with the store's id), and what it holds. */
export async function restorePointOf(db: DealLensDB, now = new Date()): Promise<{ text: string; articles: number; deals: number }> {
  const id = await storeId(db);
  return db.transaction('r', db.entities, db.deals, db.articles, async () => {
    const [entities, deals, articles] = [(await db.entities.toArray()).filter(readersOwn), await db.deals.toArray(), await db.articles.toArray()];
    const text = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), kbVersion: KB_VERSION, storeId: id, entities, deals, articles });
    return { text, articles: articles.length, deals: deals.length };
  });
}

export async function keepRestorePoint(text: string, files: OriginFiles | undefined = originFiles()): Promise<boolean> {
  return files ? files.write(NAME, [text]) : true;
}

export async function dropRestorePoint(files: OriginFiles | undefined = originFiles()): Promise<void> {
  await files?.remove(NAME);
}

/** The id and time a restore point names, without reading its records (undefined when it names none: not ours). */
function header(text: string): { storeId: string; exportedAt: string } | undefined {
  try {
    const o = JSON.parse(text) as { storeId?: unknown; exportedAt?: unknown };
    return typeof o.storeId === 'string' && typeof o.exportedAt === 'string' ? { storeId: o.storeId, exportedAt: o.exportedAt } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether every record of the tables a restore point copies reads back (a read the browser finds damaged throws, or closes the database). */
async function readsWhole(db: DealLensDB): Promise<boolean> {
  return db
    .transaction('r', db.entities, db.deals, db.articles, () => Promise.all([db.entities.toArray(), db.deals.toArray(), db.articles.toArray()]))
    .then(
      () => true,
      (err: unknown) => {
        console.warn('DealLens: the store did not read back whole after the restart; the copy of the collection kept before an import stays.', err);
        return false;
      },
    );
}

export type RestoreOutcome = { kind: 'none' } | { kind: 'kept' } | { kind: 'dropped' } | { kind: 'restored'; note: RestoredNote };

/**
 * At an open: a restore point for another store means the browser replaced the database; its
 * collection is imported back (`importWhole`: the import's own batches, journal and room checks)
 * and the reader told. `restarted` (the first start of the browser session) drops a point whose
 * store came through whole. An unreadable point is dropped: it can restore nothing.
 * Call it holding the import lock, so that an import writing its own point is never disturbed.
 */
export async function settleRestorePoint(
  db: DealLensDB,
  importWhole: (file: ParsedExport, rawLength: number) => Promise<{ entities: number; deals: number; articles: number }>,
  o: { restarted?: boolean; files?: OriginFiles; now?: Date } = {},
): Promise<RestoreOutcome> {
  const files = o.files ?? originFiles();
  const text = await files?.read(NAME).catch(() => undefined);
  if (text === undefined) return { kind: 'none' };
  const point = header(text);
  if (!point) {
    await dropRestorePoint(files);
    return { kind: 'dropped' };
  }
  const current = (await db.meta.get(STORE_ID))?.value;
  if (current === point.storeId) {
    // Chromium finds a damaged block when it reads it, not when it opens the database: whole means every record read back.
    if (!o.restarted || !(await readsWhole(db))) return { kind: 'kept' };
    await dropRestorePoint(files);
    return { kind: 'dropped' };
  }
  // Checked whole before anything is written: a damaged copy is said, and kept for a later try.
  const counts = await importWhole(parseExport(text), text.length);
  const note: RestoredNote = { keptAt: point.exportedAt, restoredAt: (o.now ?? new Date()).toISOString(), ...counts };
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: STORE_ID, value: point.storeId });
    await db.meta.put({ key: RESTORED, value: note });
  });
  await dropRestorePoint(files);
  return { kind: 'restored', note };
}

export async function restoredNote(db: DealLensDB): Promise<RestoredNote | undefined> {
  const v = (await db.meta.get(RESTORED))?.value as RestoredNote | undefined;
  return v && typeof v.keptAt === 'string' ? v : undefined;
}

export const forgetRestoredNote = (db: DealLensDB) => db.meta.delete(RESTORED);
