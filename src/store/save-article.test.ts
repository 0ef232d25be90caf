import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { seedText } from '../../test/support/gold';
import { analyse } from '../core/analyse';
import { syncKnowledgeBase } from './kb-sync';
import { saveArticle, type SaveInput } from './save-article';
import { sameFigure } from './same-deal';
import { DealLensDB } from './schema';

let n = 0;
const open = async () => {
  const db = new DealLensDB(`deallens-save-${Date.now()}-${n++}`);
  await db.open();
  await syncKnowledgeBase(db);
  return db;
};

function input(text: string, url: string, published: string, extra: Partial<SaveInput> = {}): SaveInput {
  const a = analyse(text, { published });
  return { url, canonicalUrl: url.replace(/\?.*$/, ''), title: text.split('\n')[0].slice(0, 80), site: new URL(url).hostname, lang: a.lang, published, text, entities: a.entities, amounts: a.amounts, deals: a.deals, ...extra };
}

describe('saving an article', () => {
  test('a range keeps its upper end and money the text does not count keeps a null value', async () => {
    const db = await open();
    const text = 'Porsche zahlt einen zweistelligen Millionenbetrag. Die Runde liegt zwischen 800 Mio. und 1 Mrd. Euro.';
    const r = await saveArticle(db, input(text, 'https://news.test/runde', '2024-05'));
    expect(r.article.amounts).toEqual([
      { text: 'zweistelligen Millionenbetrag', value: null, currency: 'EUR', qualifier: 'unquantified' },
      { text: '800 Mio. und 1 Mrd. Euro', value: 8e8, max: 1e9, currency: 'EUR', qualifier: 'range' },
    ]);
    expect((await db.articles.get(r.article.id))?.amounts).toEqual(r.article.amounts);
  });

  test('a seed article: its mentions and amounts, and its deals linked to the known ones instead of duplicated', async () => {
    const db = await open();
    const before = await db.deals.count();
    const r = await saveArticle(db, input(seedText('000_c3201e9730f0093d.txt'), 'https://usine.test/alliance?utm_source=x', '2021-07'));
    expect(r.created).toBe(true);
    expect(r.article.entities).toContainEqual({ id: 'plug-and-play', count: 4 });
    expect(r.article.amounts).toEqual([expect.objectContaining({ value: 1e9, currency: 'USD', qualifier: 'up_to' })]);
    expect(r.linkedDeals.sort()).toEqual(['alliance-ventures-plug-and-play-china-2019', 'alliance-ventures-powershare', 'alliance-ventures-tekion']);
    expect(r.proposedDeals).toEqual([]);
    expect(await db.deals.count()).toBe(before);
    expect((await db.deals.get('alliance-ventures-tekion'))!.sources).toContainEqual(expect.objectContaining({ articleId: r.article.id }));
    db.close();
  });

  test('saving again, from another address or with another tracking tag, updates the one record', async () => {
    const db = await open();
    const text = seedText('002_12a74d0cda6565b4.txt');
    const first = await saveArticle(db, input(text, 'https://site.test/bollore?utm_source=a', '2018-07-02'));
    const again = await saveArticle(db, input(text, 'https://site.test/bollore?fbclid=b', '2018-07-02', { notes: 'second look', tags: ['mobility'] }));
    const mirror = await saveArticle(db, input(text, 'https://mirror.test/copy', '2018-07-02'));
    expect(again.created).toBe(false);
    expect(mirror.created).toBe(false);
    expect(new Set([first.article.id, again.article.id, mirror.article.id]).size).toBe(1);
    expect(await db.articles.count()).toBe(1);
    expect(await db.articles.get(first.article.id)).toMatchObject({ notes: 'second look', tags: ['mobility'], savedAt: first.article.savedAt });
    db.close();
  });

  test('a French and a Dutch article on the same new deal are grouped under it', async () => {
    const db = await open();
    const fr = await saveArticle(db, input('BMW i Ventures investit 20 millions de dollars dans Tekion.', 'https://fr.test/a', '2021-03-02'));
    const nl = await saveArticle(db, input('BMW i Ventures investeert 20 miljoen dollar in Tekion.', 'https://nl.test/b', '2021-03-09'));
    expect(fr.proposedDeals).toHaveLength(1);
    expect(nl.proposedDeals).toEqual([]);
    expect(nl.linkedDeals).toEqual(fr.proposedDeals);
    const deal = (await db.deals.get(fr.proposedDeals[0]))!;
    expect(deal).toMatchObject({ status: 'proposed', type: 'investment', amount: { value: 2e7, currency: 'USD' } });
    expect(deal.sources.map((s) => s.articleId)).toEqual([fr.article.id, nl.article.id]);
    expect(deal.conflicts).toBeUndefined();
    db.close();
  });

  test('two articles that disagree on the figure: the deal carries both', async () => {
    const db = await open();
    const en = await saveArticle(db, input('BMW i Ventures invests $1 billion in Tekion.', 'https://en.test/a', '2021-03-02'));
    const fr = await saveArticle(db, input('BMW i Ventures investit 500 millions d’euros dans Tekion.', 'https://fr.test/b', '2021-03-04'));
    expect(fr.conflicts).toEqual(en.proposedDeals);
    const deal = (await db.deals.get(en.proposedDeals[0]))!;
    expect(deal.amount).toEqual({ value: 1e9, currency: 'USD' });
    expect(deal.conflicts).toEqual([{ amount: { value: 5e8, currency: 'EUR' }, source: expect.objectContaining({ articleId: fr.article.id }) }]);
    db.close();
  });

  test('figures within rounding are one figure, converted at the year’s rate', () => {
    expect(sameFigure({ value: 1e9, currency: 'USD' }, { value: 1.04e9, currency: 'USD' }, 2021)).toBe(true);
    expect(sameFigure({ value: 1e9, currency: 'USD' }, { value: 8.5e8, currency: 'EUR' }, 2021)).toBe(true);
    expect(sameFigure({ value: 1e9, currency: 'USD' }, { value: 5e8, currency: 'EUR' }, 2021)).toBe(false);
    expect(sameFigure({ value: 1e9, currency: 'USD' }, { value: 1e9, currency: 'XYZ' }, 2021)).toBe(false);
  });
});

describe('what a page decides, and what it cannot', () => {
  test.each([
    ['javascript:alert(1)'],
    ['data:text/html,<b>x</b>'],
    ['file:///etc/passwd'],
    ['chrome://settings'],
  ])('a canonical link %s is not stored; the page keeps its own http(s) address', async (canonical) => {
    const db = await open();
    const r = await saveArticle(db, { ...input(seedText('001_f4684ddb6562bfe5.txt'), 'https://news.test/story', '2021-07'), canonicalUrl: canonical });
    expect(r.article.canonicalUrl).toBe('https://news.test/story');
    for (const d of await db.deals.toArray()) for (const s of d.sources) if (s.articleId === r.article.id) expect(s.url).toBe('https://news.test/story');
    db.close();
  });

  test('a page that is not on the web (file:) is saved with no link, and says so', async () => {
    const db = await open();
    const r = await saveArticle(db, { ...input(seedText('001_f4684ddb6562bfe5.txt'), 'https://x.test/', '2021-07'), url: 'file:///home/me/story.html', canonicalUrl: 'file:///home/me/story.html' });
    expect(r.article.url).toBeUndefined();
    expect(r.article.canonicalUrl).toBeUndefined();
    expect(r.notices).toContain('noticeNoLink');
    const again = await saveArticle(db, { ...input(seedText('003_ea5efa2bf7cf5482.txt'), 'https://x.test/', '2021-07'), url: 'file:///home/me/other.html', canonicalUrl: 'file:///home/me/other.html' });
    expect(again.created).toBe(true);
    expect(await db.articles.count()).toBe(2);
    db.close();
  });

  test('a page declaring the canonical link of another saved article replaces nothing: it is saved as its own', async () => {
    const db = await open();
    const a = await saveArticle(db, input(seedText('000_c3201e9730f0093d.txt'), 'https://site.test/a', '2021-07'));
    const b = await saveArticle(db, { ...input(seedText('004_e7cfa98baccc31a9.txt'), 'https://site.test/b', '2021-07'), canonicalUrl: 'https://site.test/a' });
    expect(b.created).toBe(true);
    expect(b.notices).toContain('noticeCanonicalIgnored');
    expect(b.article.canonicalUrl).toBe('https://site.test/b');
    expect(await db.articles.get(a.article.id)).toMatchObject({ title: a.article.title, text: a.article.text, canonicalUrl: 'https://site.test/a' });
    db.close();
  });

  test('the same article from its AMP or print copy (close text) is the same record', async () => {
    const db = await open();
    const text = seedText('002_12a74d0cda6565b4.txt');
    const a = await saveArticle(db, input(text, 'https://site.test/story', '2018-07-02'));
    const print = await saveArticle(db, { ...input(`${text}\nPrinted from site.test`, 'https://site.test/print/story', '2018-07-02'), canonicalUrl: 'https://site.test/story' });
    expect(print.created).toBe(false);
    expect(print.article.id).toBe(a.article.id);
    expect(print.notices).not.toContain('noticeCanonicalIgnored');
    db.close();
  });

  test("a canonical link to the site's home page is ignored", async () => {
    const db = await open();
    const one = await saveArticle(db, { ...input(seedText('000_c3201e9730f0093d.txt'), 'https://site.test/one', '2021-07'), canonicalUrl: 'https://site.test/' });
    const two = await saveArticle(db, { ...input(seedText('003_ea5efa2bf7cf5482.txt'), 'https://site.test/two', '2021-07'), canonicalUrl: 'https://site.test/' });
    expect([one.article.canonicalUrl, two.article.canonicalUrl]).toEqual(['https://site.test/one', 'https://site.test/two']);
    expect(one.notices).toContain('noticeCanonicalIgnored');
    expect(await db.articles.count()).toBe(2);
    db.close();
  });

  test('fields beyond the limits are cut at save time and said; a date that is no date is dropped', async () => {
    const db = await open();
    const r = await saveArticle(db, { ...input(seedText('001_f4684ddb6562bfe5.txt'), 'https://long.test/a', '2021-07'), title: 'T'.repeat(5000), site: 's'.repeat(500), published: '2024-13-45', tags: ['', '  ', 'x'.repeat(300), ...Array.from({ length: 60 }, (_, i) => `t${i}`)] });
    expect(r.article.title).toHaveLength(2000);
    expect(r.article.site).toHaveLength(300);
    expect(r.article.published).toBeUndefined();
    expect(r.article.tags).toHaveLength(50);
    expect(r.article.tags[0]).toHaveLength(100);
    expect(r.notices).toEqual(expect.arrayContaining(['noticeTitleCut', 'noticeFieldCut', 'noticeTagsCut']));
    db.close();
  });
});
