import 'fake-indexeddb/auto';
import { freshStore } from '../../test/support/filled-store';
import { describe, expect, test } from 'vitest';
import { analyse } from '../core/analyse';
import { correctArticle } from './article-corrections';
import { searchArticleIds } from './article-search';
import { exportStore } from './import-export';
import { parseExport } from './import/parse-export';
import { saveArticle, type SaveInput } from './save-article';

const open = () => freshStore('corrections');

const TEXT = 'Alliance Ventures investit dans Tekion\nAlliance Ventures a investi 20 millions de dollars dans Tekion, la plateforme californienne, en mars 2024.';
function page(extra: Partial<SaveInput> = {}): SaveInput {
  const a = analyse(TEXT, { published: '2024-03-12' });
  return { url: 'https://news.test/tekion', canonicalUrl: 'https://news.test/tekion', title: 'Alliance Ventures investit dans Tekion | News', site: 'news.test', authors: ['Marie Dupont'], lang: 'fr', published: '2024-03-12', text: TEXT, entities: a.entities, amounts: a.amounts, deals: a.deals, ...extra };
}

describe("the reader's corrections of an article's metadata", () => {
  test('after saving: stored, searchable, shown on its deals, and kept when the page is saved again', async () => {
    const db = await open();
    const { article } = await saveArticle(db, page());
    expect(article.dealIds.length).toBeGreaterThan(0);
    const corrected = await correctArticle(db, article.id, { title: 'Alliance Ventures backs Tekion', authors: ['Marie Dupont', 'Paul Martin'], published: '2024-03-11', site: 'News Daily' });
    expect(corrected).toMatchObject({ title: 'Alliance Ventures backs Tekion', authors: ['Marie Dupont', 'Paul Martin'], published: '2024-03-11', site: 'News Daily', corrected: ['title', 'site', 'authors', 'published'] });
    expect([...((await searchArticleIds(db, 'backs')) ?? [])]).toEqual([article.id]);
    for (const d of await db.deals.bulkGet(article.dealIds)) expect(d?.sources.find((s) => s.articleId === article.id)).toMatchObject({ title: 'Alliance Ventures backs Tekion', date: '2024-03-11' });
    // The page saved again says what it said before: the reader's words stay.
    const again = await saveArticle(db, page({ notes: 'second look' }));
    expect(again.created).toBe(false);
    expect(again.article).toMatchObject({ title: 'Alliance Ventures backs Tekion', authors: ['Marie Dupont', 'Paul Martin'], published: '2024-03-11', site: 'News Daily', notes: 'second look' });
  });

  test('before saving: applied to the first save, and remembered', async () => {
    const db = await open();
    const { article } = await saveArticle(db, page({ corrections: { authors: ['Jane Doe'], published: '' } }));
    expect(article.authors).toEqual(['Jane Doe']);
    expect(article.published).toBeUndefined();
    expect(article.corrected).toEqual(['authors', 'published']);
    const again = await saveArticle(db, page());
    expect(again.article.authors).toEqual(['Jane Doe']);
    expect(again.article.published).toBeUndefined();
    // What was not corrected still follows the page.
    expect(again.article.title).toBe('Alliance Ventures investit dans Tekion | News');
  });

  test('a blank title or a date that is no date is refused, and nothing changes', async () => {
    const db = await open();
    const { article } = await saveArticle(db, page());
    await expect(correctArticle(db, article.id, { title: '  ' })).rejects.toThrow(/rule_blank/);
    await expect(correctArticle(db, article.id, { published: '2024-02-30' })).rejects.toThrow(/rule_date/);
    await expect(correctArticle(db, 'article-none', { title: 'x' })).rejects.toThrow(/rule_reference/);
    expect(await db.articles.get(article.id)).toEqual(article);
  });

  test('an export keeps the corrections; a file of the first format (one author string) still imports', async () => {
    const db = await open();
    const { article } = await saveArticle(db, page());
    await correctArticle(db, article.id, { authors: ['Jane Doe'] });
    const file = JSON.parse(JSON.stringify(await exportStore(db))) as { version: number; articles: Record<string, unknown>[] };
    expect(file.version).toBe(2);
    expect(parseExport(JSON.stringify(file)).articles[0]).toMatchObject({ authors: ['Jane Doe'], corrected: ['authors'] });
    const old = { ...file, version: 1, articles: file.articles.map(({ authors: _a, corrected: _c, ...a }) => ({ ...a, author: 'Par Jane Doe et John Smith' })) };
    const parsed = parseExport(JSON.stringify(old));
    expect(parsed.articles[0].authors).toEqual(['Jane Doe', 'John Smith']);
    expect('author' in parsed.articles[0]).toBe(false);
  });
});
