import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, test } from 'vitest';
import { seedText } from '../../test/support/gold';
import { analyse } from '../core/analyse';
import { deleteArticle, restoreArticle } from './article-delete';
import { collectionFacets, filteredArticleIds, newestArticleIds, orderedArticleIds, searchArticleIds } from './article-search';
import { exportStore } from './import-export';
import { importExport } from './import/import-store';
import { syncKnowledgeBase } from './kb-sync';
import { saveArticle } from './save-article';
import { DealLensDB } from './schema';
import { setWatched, watchlist } from './watchlist';

let n = 0;
const SEEDS: [string, string, string][] = [
  ['000_c3201e9730f0093d.txt', 'https://usine.test/alliance', '2021-07-01'],
  ['001_f4684ddb6562bfe5.txt', 'https://nl.test/renault', '2018-01-11'],
  ['003_ea5efa2bf7cf5482.txt', 'https://de.test/bmw-alibaba', '2018-07-07'],
];
const ids: Record<string, string> = {};

async function filled(): Promise<DealLensDB> {
  const db = new DealLensDB(`deallens-search-${Date.now()}-${n++}`);
  await db.open();
  await syncKnowledgeBase(db);
  let t = 1000;
  for (const [file, url, published] of SEEDS) {
    const text = seedText(file);
    const a = analyse(text, { published });
    const r = await saveArticle(db, { url, canonicalUrl: url, title: text.split('\n')[0].slice(0, 80), site: new URL(url).hostname, lang: a.lang, published, text, entities: a.entities, amounts: a.amounts, deals: a.deals }, t++);
    ids[file.slice(0, 3)] = r.article.id;
  }
  return db;
}

describe('finding saved articles', () => {
  let db: DealLensDB;
  beforeAll(async () => {
    db = await filled();
  });

  test.each([
    ['plug and play', ['000']],
    ['ALIBABA', ['003']],
    ['alibab', ['003']],
    ['Renault', ['000', '001']],
    ['renault alibaba', []],
    ['zzzz', []],
  ])('searching %j', async (query, expected) => {
    const found = await searchArticleIds(db, query);
    expect([...found!].sort()).toEqual(expected.map((k) => ids[k]).sort());
  });

  test('a query with no word is no search', async () => {
    expect(await searchArticleIds(db, '  - ')).toBeNull();
    expect(await filteredArticleIds(db, { query: ' ' })).toBeNull();
  });

  test('filters combine: entity, kind, language, site, published range', async () => {
    expect([...(await filteredArticleIds(db, { entities: ['bmw'] }))!]).toEqual([ids['003']]);
    expect([...(await filteredArticleIds(db, { lang: 'nl' }))!]).toEqual([ids['001']]);
    expect([...(await filteredArticleIds(db, { site: 'usine.test' }))!]).toEqual([ids['000']]);
    expect([...(await filteredArticleIds(db, { from: '2018', to: '2018-06' }))!]).toEqual([ids['001']]);
    expect([...(await filteredArticleIds(db, { query: 'renault', from: '2019' }))!]).toEqual([ids['000']]);
    expect((await filteredArticleIds(db, { kind: 'fund' }))!.has(ids['000'])).toBe(true);
    expect(await filteredArticleIds(db, {})).toBeNull();
    expect(await collectionFacets(db)).toEqual({ sites: ['de.test', 'nl.test', 'usine.test'], langs: ['fr', 'nl'] });
  });

  test('order by saved or by published date, newest first', async () => {
    expect(await orderedArticleIds(db, 'saved')).toEqual([ids['003'], ids['001'], ids['000']]);
    expect(await newestArticleIds(db, 2)).toEqual([ids['003'], ids['001']]);
    expect(await orderedArticleIds(db, 'published')).toEqual([ids['000'], ids['003'], ids['001']]);
  });

  test('an import is searchable at once', async () => {
    const file = JSON.stringify(await exportStore(db));
    const other = new DealLensDB(`deallens-search-import-${n++}`);
    await other.open();
    await importExport(other, file);
    expect([...(await searchArticleIds(other, 'alibaba'))!]).toEqual([ids['003']]);
    other.close();
  });
});

describe('deleting an article', () => {
  test('takes its words, links and lone proposed deals; undo puts back every record as it was', async () => {
    const db = await filled();
    const before = await exportStore(db, new Date(0));
    const id = ids['003'];
    const proposedAlone = (await db.deals.where('status').equals('proposed').toArray()).filter((d) => d.sources.every((s) => s.articleId === id));
    const removed = await deleteArticle(db, id);
    expect(await db.articles.get(id)).toBeUndefined();
    expect(await searchArticleIds(db, 'alibaba')).toEqual(new Set());
    expect(await db.links.where('ref').equals(id).count()).toBe(0);
    for (const d of proposedAlone) expect(await db.deals.get(d.id)).toBeUndefined();
    // A shipped deal it reported stays, without this source.
    for (const d of await db.deals.bulkGet(removed.article.dealIds)) if (d) expect(d.sources.some((s) => s.articleId === id)).toBe(false);

    await restoreArticle(db, removed);
    expect(await exportStore(db, new Date(0))).toEqual(before);
    expect([...(await searchArticleIds(db, 'alibaba'))!]).toEqual([id]);
    await expect(deleteArticle(db, 'nope')).rejects.toThrow(/No article/);
  });
});

describe('watchlist', () => {
  test('stars in order, unstars, and ignores junk in storage', async () => {
    const db = await filled();
    expect(await watchlist(db)).toEqual([]);
    await setWatched(db, 'bmw', true);
    await setWatched(db, 'alliance-ventures', true);
    await setWatched(db, 'bmw', true);
    expect(await watchlist(db)).toEqual(['alliance-ventures', 'bmw']);
    expect(await setWatched(db, 'alliance-ventures', false)).toEqual(['bmw']);
    await db.meta.put({ key: 'watchlist', value: ['x', 3, null] });
    expect(await watchlist(db)).toEqual(['x']);
    await db.meta.put({ key: 'watchlist', value: 'junk' });
    expect(await watchlist(db)).toEqual([]);
  });
});
