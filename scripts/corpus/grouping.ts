/**
 * The same deal across articles and languages: every news page of the corpus saved into one store
 * (fake-indexeddb, as the tests do), each as the extension saves it; then, for every deal the gold
 * says several pages report (its `shared` key) and DealLens found on pages in two languages or
 * more, whether all those pages' proposals became one deal record.
 */
import 'fake-indexeddb/auto';
import type { Analysis } from '../../src/core/analyse';
import { syncKnowledgeBase } from '../../src/store/kb-sync';
import { saveArticle } from '../../src/store/save-article';
import { DealLensDB } from '../../src/store/schema';
import type { CorpusPage } from './load';
import type { PageScore } from './score';

export interface Grouping {
  /** Deals the gold shares between pages that DealLens found on pages in two languages or more. */
  acrossLanguages: number;
  /** Of those, the ones that are one deal record in the store. */
  oneRecord: number;
  /** Of all deals the gold shares, the ones found on two pages or more. */
  foundTwice: number;
  errors: string[];
}

/** `analyses`: each page's, the one its score matched the gold's deals in (report.ts evaluate). */
export async function grouping(pages: readonly CorpusPage[], scores: readonly PageScore[], analyses: readonly Analysis[]): Promise<Grouping> {
  const db = new DealLensDB(`deallens-eval-grouping-${process.pid}-${Date.now()}`);
  await db.open();
  try {
    await syncKnowledgeBase(db);
    const seen = new Map<string, { page: string; lang: string; record: string | null }[]>();
    let at = Date.UTC(2026, 0, 1);
    for (const [n, page] of pages.entries()) {
      const score = scores[n];
      if (page.set !== 'news') continue;
      const a = analyses[n];
      const url = `https://corpus.test/${page.name}`;
      const saved = await saveArticle(db, { url, canonicalUrl: url, title: page.name, site: 'corpus.test', lang: a.lang, published: page.gold.published, text: page.article, entities: a.entities, amounts: a.amounts, deals: a.deals }, (at += 60_000));
      for (const { key, deal } of score.shared) seen.set(key, [...(seen.get(key) ?? []), { page: page.name, lang: page.lang, record: saved.dealOf[deal] ?? null }]);
    }
    const out: Grouping = { acrossLanguages: 0, oneRecord: 0, foundTwice: 0, errors: [] };
    for (const [key, found] of seen) {
      if (new Set(found.map((f) => f.page)).size >= 2) out.foundTwice++;
      if (new Set(found.map((f) => f.lang)).size < 2) continue;
      out.acrossLanguages++;
      const records = new Set(found.map((f) => f.record));
      if (records.size === 1 && !records.has(null)) out.oneRecord++;
      else out.errors.push(`deal "${key}" is ${records.size} records: ${found.map((f) => `${f.page} → ${f.record}`).join('; ')}`);
    }
    return out;
  } finally {
    db.close();
    await db.delete().catch(() => undefined);
  }
}
