/**
 * Export the whole store as versioned JSON (import/ reads it back), deals and articles as CSV.
 */
import { KB_VERSION } from '../core/kb';
import { toCsv } from './csv';
import { EXPORT_FORMAT, EXPORT_VERSION } from './import/parse-export';
import type { ArticleRecord, DealLensDB, DealRecord, EntityRecord } from './schema';

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  kbVersion: number;
  entities: EntityRecord[];
  deals: DealRecord[];
  articles: ArticleRecord[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function exportStore(db: DealLensDB, now = new Date()): Promise<ExportFile> {
  return db.transaction('r', db.entities, db.deals, db.articles, async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    kbVersion: KB_VERSION,
    entities: (await db.entities.toArray()).sort(byId),
    deals: (await db.deals.toArray()).sort(byId),
    articles: (await db.articles.toArray()).sort(byId),
  }));
}

export function exportDealsCsv(deals: DealRecord[], nameOf: (id: string) => string): string {
  const names = (ids: string[] | undefined) => (ids ?? []).map(nameOf).join('; ');
  return toCsv(
    ['id', 'type', 'status', 'investors', 'targets', 'partners', 'sponsors', 'amount', 'currency', 'qualifier', 'date', 'summary', 'sources'],
    deals.map((d) => [
      d.id, d.type, d.status, names(d.parties.investors), names(d.parties.targets), names(d.parties.partners),
      (d.parties.sponsors ?? []).map((s) => `${nameOf(s.entity)}${s.share !== undefined ? ` (${Math.round(s.share * 100)}%)` : ''}`).join('; '),
      d.amount?.value ?? '', d.amount?.currency ?? '', d.amount?.qualifier ?? '', d.date ?? '', d.summary,
      d.sources.map((s) => s.url ?? s.seed ?? s.articleId ?? '').join(' '),
    ]),
  );
}

export function exportArticlesCsv(articles: ArticleRecord[], nameOf: (id: string) => string): string {
  return toCsv(
    ['id', 'title', 'url', 'site', 'authors', 'lang', 'published', 'saved', 'entities', 'amounts', 'deals', 'tags', 'notes'],
    articles.map((a) => [
      a.id, a.title, a.canonicalUrl ?? '', a.site, (a.authors ?? []).join('; '), a.lang, a.published ?? '', new Date(a.savedAt).toISOString(),
      a.entities.map((e) => `${nameOf(e.id)} (${e.count})`).join('; '), a.amounts.map((x) => x.text).join('; '), a.dealIds.length, a.tags.join('; '), a.notes,
    ]),
  );
}
