/** The store's failures as the reader is told them, whichever context met them. */

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
