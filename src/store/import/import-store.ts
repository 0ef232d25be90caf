/**
 * Importing an export: read and checked whole, planned (merges, renames, recomputed fields),
 * the space it needs checked, then written in bounded batches under a journal. Either all of it
 * lands, or the store is put back as it was, counted, and the reader told what it holds.
 */
import { ImportError, type Problem } from '../records/problem';
import type { DealLensDB } from '../schema';
import { storeErrorMessage } from '../store-errors';
import { withImportLock } from './import-lock';
import { batchesOf, commitJournal, undoJournal, writeBatch } from './journal';
import { parseExport, type ParsedExport } from './parse-export';
import { planImport } from './plan-import';
import { browserEstimate, bytesFree, bytesNeeded, type SpaceEstimate } from './space';
import { originFiles, type OriginFiles } from './origin-files';
import { dropRestorePoint, keepRestorePoint, restorePointOf } from './restore-point';
import { keepReserve, releaseReserve, RESERVE_BYTES } from './space-reserve';
import { readStoreView } from './store-view';

export interface ImportReport {
  entities: number;
  deals: number;
  articles: number;
  /** What the import decided on its own (recomputed fields, merges, renames), to say. */
  notes: Problem[];
}

export interface ImportOptions {
  onProgress?: (done: number) => void;
  confirmShortAliases?: boolean;
  /** The browser's storage estimate (a test passes its own). */
  estimate?: () => Promise<SpaceEstimate | undefined>;
  /** Writes one batch (a test makes one fail). */
  write?: typeof writeBatch;
  /** Keeps a copy of the reader's collection outside the database while it writes (restore-point.ts); not when the import is that copy coming back. */
  restorePoint?: boolean;
  /** Where the restore point goes (the origin's private files; a test passes its own). */
  files?: OriginFiles;
}

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);

export async function countStore(db: DealLensDB): Promise<{ entities: number; deals: number; articles: number }> {
  return db.transaction('r', [db.entities, db.deals, db.articles], async () => {
    const [entities, deals, articles] = await Promise.all([db.entities.count(), db.deals.count(), db.articles.count()]);
    return { entities, deals, articles };
  });
}

/** The room kept aside for an undo, for an import that needs `needed` bytes. */
export const reserveFor = (needed: number) => Math.min(MAX_RESERVE_BYTES, Math.max(RESERVE_BYTES, Math.ceil(needed / 2)));
const MAX_RESERVE_BYTES = 64 * 1024 * 1024;
/** Below this much room left (the reserve aside), the next batch is not written. */
const LOW_WATER_BYTES = 4 * 1024 * 1024;

export async function importExport(db: DealLensDB, raw: string, options: ImportOptions | ((done: number) => void) = {}): Promise<ImportReport> {
  const o: ImportOptions = typeof options === 'function' ? { onProgress: options } : options;
  const file = parseExport(raw);
  return withImportLock(() => importLocked(db, file, raw.length, o));
}

/** The import itself, for a caller that already holds the import lock (the store's open, putting a restore point back). */
export async function importLocked(db: DealLensDB, file: ParsedExport, rawLength: number, o: ImportOptions = {}): Promise<ImportReport> {
  // What an interrupted import (a closed page, a killed browser) left half-written goes first.
  await undoJournal(db);
  const plan = planImport(file, await readStoreView(db, file), o);
  /** Bytes the browser says are free now (undefined where it does not say). */
  const room = async () => bytesFree(await (o.estimate ?? browserEstimate)().catch(() => undefined));
  const files = o.files ?? originFiles();
  const point = o.restorePoint === false || !files ? undefined : await restorePointOf(db);
  // What it writes, the copy of the collection kept meanwhile, and the room its undo would need, kept aside while it writes.
  const writes = bytesNeeded(rawLength, plan) + (point?.text.length ?? 0);
  const reserve = reserveFor(writes);
  const needed = writes + reserve;
  const free = await room();
  if (free !== undefined && free < needed) throw new ImportError({ rule: 'import_no_space', detail: `${mb(needed)}|${mb(free)}` });

  // The browser's estimate may not follow the disk (Firefox's quota is a share of the disk's size): the reserve is the disk's own answer.
  // The undo needs room in proportion to what the import writes (its deletes and the records it puts back are
  // writes too): half of it, at least the fixed reserve, at most a cap.
  if (!(await keepReserve(reserve))) throw new ImportError({ rule: 'import_no_disk', detail: mb(needed) });
  if (point !== undefined && !(await keepRestorePoint(point.text, files))) {
    await releaseReserve();
    throw new ImportError({ rule: 'import_no_disk', detail: mb(needed) });
  }
  const batches = batchesOf(plan);
  const total = batches.reduce((n, b) => n + b.records.length, 0);
  let done = 0;
  o.onProgress?.(0);
  try {
    for (const batch of batches) {
      // The disk can fill while the import writes (another program, a download). A write that finds it full
      // can leave Chromium's database unreadable, so the import stops, and is undone, while there is room.
      if (done > 0) {
        const left = await room();
        if (left !== undefined && left < LOW_WATER_BYTES) throw new DOMException('The disk is nearly full.', 'QuotaExceededError');
      }
      await (o.write ?? writeBatch)(db, batch);
      done += batch.records.length;
      o.onProgress?.(total ? done / total : 1);
    }
    await commitJournal(db);
    await releaseReserve();
    if (point !== undefined) await dropRestorePoint(files);
  } catch (err) {
    // The ballast goes first: a full disk refuses even the undo's deletes.
    await releaseReserve();
    const undone = await undoJournal(db).then(() => true, () => false);
    // Say what the store holds after counting it, never from what was meant to happen.
    // A store always holds the shipped knowledge base: no entity at all means it could not be read (Chromium on a full disk), not that it is empty.
    const held = await countStore(db).then((c) => (c.entities > 0 ? c : undefined)).catch(() => undefined);
    const said = storeErrorMessage(err);
    // A full disk aborts the transaction (AbortError, wrapped in a BulkError) rather than saying QuotaExceeded: ask the browser.
    // (The reserve was just freed: the room it held is not the disk's.)
    const full = said.key === 'errorQuota' || ((await room()) ?? Infinity) < reserve + 2 * RESERVE_BYTES;
    const detail = full ? 'quota' : (said.detail ?? said.key).slice(0, 200);
    // Unreadable after the failure (Chromium may discard a database a write left damaged): what the copy kept outside it holds is what can be said.
    if (!held && point !== undefined) throw new ImportError({ rule: 'import_unreadable_kept', detail, kept: { articles: point.articles, deals: point.deals } });
    throw new ImportError({ rule: undone ? 'import_undone' : 'import_not_undone', detail, ...(held ? { held } : {}) });
  }
  o.onProgress?.(1);
  return { entities: plan.entities.length, deals: plan.deals.length, articles: plan.articles.length, notes: plan.notes };
}
