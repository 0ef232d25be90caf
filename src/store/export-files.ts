/**
 * The three export files, named and typed, for any page that offers them (popup, options):
 * the whole store as JSON (to import elsewhere), deals and articles as CSV (for spreadsheets).
 * Dismissed deals are not exported as CSV: the reader said they are not deals.
 */
import { exportArticlesCsv, exportDealsCsv, exportStore } from './import-export';
import type { DealLensDB } from './schema';

export type ExportKind = 'json' | 'deals' | 'articles';

export interface ExportedFile {
  name: string;
  type: string;
  text: string;
}

export async function exportFile(db: DealLensDB, kind: ExportKind, nameOf: (id: string) => string, now = new Date()): Promise<ExportedFile> {
  const day = now.toISOString().slice(0, 10);
  if (kind === 'json') return { name: `deallens-${day}.json`, type: 'application/json', text: JSON.stringify(await exportStore(db, now), null, 1) };
  if (kind === 'deals') return { name: `deallens-deals-${day}.csv`, type: 'text/csv', text: exportDealsCsv((await db.deals.toArray()).filter((d) => d.status !== 'dismissed'), nameOf) };
  return { name: `deallens-articles-${day}.csv`, type: 'text/csv', text: exportArticlesCsv(await db.articles.toArray(), nameOf) };
}
