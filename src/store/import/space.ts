/**
 * Room for an import, checked before the first write: an import on a nearly full disk must be
 * refused with what it needs, not started and left to fail.
 */
import type { ImportPlan } from './plan-import';
import { RESERVE_BYTES } from './space-reserve';

export interface SpaceEstimate {
  usage?: number;
  quota?: number;
}

/**
 * What an import may take on disk: its records as JSON, its full-text and link rows (about as
 * much again as the text), the undo journal of the records it replaces, and the database's own
 * write-ahead log, which holds a batch twice until it is folded in; and the ballast kept for an
 * undo (space-reserve.ts). Measured in Chromium (test/e2e/import-safety.test.ts): a 4.6 MB file of
 * 1,500 articles grew the store by about 27 MB before compaction; this asks for about 36 MB.
 */
export function bytesNeeded(rawLength: number, plan: Pick<ImportPlan, 'articles'>): number {
  const text = plan.articles.reduce((n, a) => n + a.text.length, 0);
  return Math.ceil(3 * rawLength + 2 * text + 8 * 1024 * 1024 + RESERVE_BYTES);
}

/** The browser's estimate of this extension's storage (undefined where there is none, as in node). */
export async function browserEstimate(): Promise<SpaceEstimate | undefined> {
  const storage = (globalThis.navigator as { storage?: { estimate?: () => Promise<SpaceEstimate> } } | undefined)?.storage;
  return storage?.estimate ? storage.estimate() : undefined;
}

/** Bytes free under the quota, or undefined when the browser does not say. */
export function bytesFree(e: SpaceEstimate | undefined): number | undefined {
  return e?.quota !== undefined && e.usage !== undefined ? Math.max(0, e.quota - e.usage) : undefined;
}
