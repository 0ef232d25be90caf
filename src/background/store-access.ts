/**
 * The background's one connection to the deal store: opened on first use, filled with the
 * knowledge base, and failing with a message a person can act on.
 */
import { syncKnowledgeBase } from '../store/kb-sync';
import { DealLensDB } from '../store/schema';

let opening: Promise<DealLensDB> | null = null;

export function db(): Promise<DealLensDB> {
  opening ??= (async () => {
    const d = new DealLensDB();
    // Another DealLens page still holds the old version open: say so instead of waiting forever.
    d.on('blocked', () => console.warn('DealLens: the store upgrade waits for other DealLens tabs to close.'));
    d.on('versionchange', () => {
      d.close();
      opening = null;
    });
    await d.open();
    await syncKnowledgeBase(d);
    return d;
  })().catch((err) => {
    opening = null;
    throw err;
  });
  return opening;
}

/** A store error, said plainly. Nothing is half-written: every write is one transaction. */
export function storeErrorMessage(err: unknown): string {
  const name = (err as { name?: string })?.name ?? '';
  const inner = (err as { inner?: { name?: string } })?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'The browser’s storage for DealLens is full: nothing was saved. Export and delete old articles, or free disk space, then save again.';
  }
  if (name === 'VersionError' || name === 'DatabaseClosedError' || inner === 'VersionError') {
    return 'DealLens’s store is being upgraded in another tab: close the other DealLens tabs and try again. Nothing was lost.';
  }
  return `DealLens could not save: ${(err as Error)?.message ?? String(err)}. Nothing was changed.`;
}
