/**
 * Opening the deal store (background, popup and options pages: one extension origin, one
 * database): filled with the knowledge base, and failing with a message a person can act on.
 */
import { ifNoImport } from './import/import-lock';
import { undoJournal } from './import/journal';
import { releaseReserve } from './import/space-reserve';
import { syncKnowledgeBase } from './kb-sync';
import { DB_NAME, DealLensDB } from './schema';

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

export function db(): Promise<DealLensDB> {
  opening ??= openStore().catch((err) => {
    opening = null;
    throw err;
  });
  return opening;
}

/** A message for the reader: a key of _locales, and what to put in it. */
export interface Said {
  key: 'errorQuota' | 'errorUpgrade' | 'errorSave' | 'errorUnreadable' | 'errorNoText' | 'errorAnalysisShape' | 'errorAnalysisOffsets' | 'errorAnalysisEntity';
  detail?: string;
}

/** A reason to say instead of a store error (thrown by the save path). */
export class SaidError extends Error {
  constructor(readonly said: Said) {
    super(said.key);
  }
}

/** A store error, said plainly. Nothing is half-written: every write is one transaction. */
export function storeErrorMessage(err: unknown): Said {
  if (err instanceof SaidError) return err.said;
  const name = (err as { name?: string })?.name ?? '';
  const inner = (err as { inner?: { name?: string } })?.inner?.name ?? '';
  // A bulk write that the full disk stopped: Dexie's BulkError carries each failed operation's own error.
  const failures = Object.values((err as { failuresByPos?: Record<number, { name?: string }> })?.failuresByPos ?? {}).map((f) => f?.name);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError' || failures.includes('QuotaExceededError')) return { key: 'errorQuota' };
  if (name === 'VersionError' || name === 'DatabaseClosedError' || inner === 'VersionError') return { key: 'errorUpgrade' };
  return { key: 'errorSave', detail: (err as Error)?.message ?? String(err) };
}
