import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { analyse } from '../core/analyse';
import { syncKnowledgeBase } from './kb-sync';
import { dismissDeal } from './deal-review';
import { articlesMentioning, dealsOf, newestLinked, savedArticleCount } from './queries';
import { saveArticle } from './save-article';
import { DealLensDB } from './schema';

describe('queries', () => {
  test('deals and articles linked to entities, through their indexes', async () => {
    const db = new DealLensDB(`deallens-q-${Date.now()}`);
    await db.open();
    await syncKnowledgeBase(db);
    const text = 'BMW i Ventures investit 20 millions de dollars dans Tekion.';
    const a = analyse(text, { published: '2021-03-02' });
    const save = (url: string) => saveArticle(db, { url, canonicalUrl: url, title: 'T', site: 's', lang: 'fr', published: '2021-03-02', text: `${text} ${url}`, entities: a.entities, amounts: a.amounts, deals: a.deals });
    await save('https://a.test/1');
    await save('https://b.test/2');
    const deals = await dealsOf(db, ['tekion']);
    expect(deals.map((d) => d.id)).toEqual(expect.arrayContaining(['alliance-ventures-tekion']));
    const proposed = deals.find((d) => d.status === 'proposed')!;
    expect(savedArticleCount(proposed)).toBe(2);
    expect((await articlesMentioning(db, ['tekion', 'bmw-i-ventures'])).map((x) => x.canonicalUrl)).toEqual(['https://b.test/2', 'https://a.test/1']);
    expect(await dealsOf(db, [])).toEqual([]);

    // Newest-first pages from the link rows: the same records as the full queries, cut to the page.
    const page = await newestLinked(db, ['tekion', 'bmw-i-ventures'], 2);
    expect(page.articles.map((x) => x.canonicalUrl)).toEqual(['https://b.test/2', 'https://a.test/1']);
    expect(page.deals).toHaveLength(2);
    const all = await newestLinked(db, ['tekion'], 100);
    expect(all.deals.map((d) => d.id).sort()).toEqual(deals.map((d) => d.id).sort());
    expect(all.deals.map((d) => d.date ?? '')).toEqual([...all.deals.map((d) => d.date ?? '')].sort().reverse());
    // A dismissed deal leaves the pages.
    await dismissDeal(db, proposed.id);
    expect((await newestLinked(db, ['tekion'], 100)).deals.map((d) => d.id)).not.toContain(proposed.id);
    db.close();
  });
});
