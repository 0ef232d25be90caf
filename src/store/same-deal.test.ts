/** The same deal told by several articles, in several languages, is one deal (same-deal.ts, through saveArticle). */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { analyse } from '../core/analyse';
import { confirmDeal, dismissDeal } from './deal-review';
import { freshStore } from '../../test/support/filled-store';
import { saveArticle } from './save-article';
import type { DealLensDB } from './schema';

const store = () => freshStore('same-deal');
async function save(db: DealLensDB, url: string, text: string, published: string) {
  const a = analyse(text, { published });
  return saveArticle(db, { url, canonicalUrl: url, title: url, site: 'news.test', lang: a.lang, published, text, entities: a.entities, amounts: a.amounts, deals: a.deals }, Date.parse(published));
}
const EN = 'Porsche Ventures invests €12 million in Tekion, the company said on Tuesday.';
const FR = 'Tekion lève 12 millions d’euros auprès de Porsche Ventures et de Plug and Play, selon un communiqué.';

describe('the same deal across articles and languages', () => {
  test('an English and a French report of one round, weeks apart, with another investor named: one deal, both sources, both investors', async () => {
    const db = await store();
    const first = await save(db, 'https://a.test/en', EN, '2024-03-05');
    const second = await save(db, 'https://b.test/fr', FR, '2024-03-20');
    expect(second.dealOf).toEqual(first.dealOf);
    const d = (await db.deals.get(first.dealOf[0]!))!;
    expect(d.sources.map((s) => s.url)).toEqual(['https://a.test/en', 'https://b.test/fr']);
    expect(d.parties.investors).toEqual(['porsche-ventures', 'plug-and-play']);
    expect(await db.deals.where('partyIds').equals('plug-and-play').filter((x) => x.id === d.id).count()).toBe(1);
  });

  test('the same target and an investor in common, a year apart, are two rounds', async () => {
    const db = await store();
    const first = await save(db, 'https://a.test/en', EN, '2024-03-05');
    const later = await save(db, 'https://b.test/fr', FR, '2025-04-01');
    expect(later.dealOf[0]).not.toBe(first.dealOf[0]);
  });

  test('a deal the reader confirmed keeps its parties; one they dismissed is not brought back', async () => {
    const db = await store();
    const first = await save(db, 'https://a.test/en', EN, '2024-03-05');
    await confirmDeal(db, first.dealOf[0]!);
    await save(db, 'https://b.test/fr', FR, '2024-03-20');
    expect((await db.deals.get(first.dealOf[0]!))!.parties.investors).toEqual(['porsche-ventures']);
    const db2 = await store();
    const again = await save(db2, 'https://a.test/en', EN, '2024-03-05');
    await dismissDeal(db2, again.dealOf[0]!);
    expect((await save(db2, 'https://c.test/en', `${EN} Details followed.`, '2024-03-06')).dealOf).toEqual([null]);
  });
});

describe('a round one article tells without its investors', () => {
  const BARE = 'InoBat hat in einer Serie-C-Finanzierung 100 Mio. Euro eingesammelt.';
  const NAMED = 'InoBat raised €100 million from Gotion High-Tech in its Series C.';
  test('and another with them, the same sum weeks apart: one deal, the investors joined, both sources', async () => {
    const db = await store();
    const first = await save(db, 'https://a.test/de', BARE, '2024-03-05');
    expect((await db.deals.get(first.dealOf[0]!))!.parties.investors).toBeUndefined();
    const second = await save(db, 'https://b.test/en', NAMED, '2024-03-20');
    expect(second.dealOf).toEqual(first.dealOf);
    const d = (await db.deals.get(first.dealOf[0]!))!;
    expect(d.parties.investors).toEqual(['gotion']);
    expect(d.sources.map((s) => s.url)).toEqual(['https://a.test/de', 'https://b.test/en']);
  });
  test('told after the one that names them, it joins it too; another sum is another round', async () => {
    const db = await store();
    const first = await save(db, 'https://b.test/en', NAMED, '2024-03-05');
    expect((await save(db, 'https://a.test/de', BARE, '2024-03-20')).dealOf).toEqual(first.dealOf);
    const other = await save(db, 'https://c.test/de', BARE.replace('100 Mio.', '30 Mio.'), '2024-03-21');
    expect(other.dealOf[0]).not.toBe(first.dealOf[0]);
  });
});

describe('a partnership told with the joint venture it made and without it', () => {
  const BARE = 'BMW et Daimler ont signé un accord de partenariat.';
  const MADE = 'BMW et Daimler ont signé un accord de partenariat : leur coentreprise Reach Now planifie les trajets.';
  test('is one deal, which gains the joint venture, in either order', async () => {
    for (const [a, b] of [[BARE, MADE], [MADE, BARE]]) {
      const db = await store();
      const first = await save(db, 'https://a.test/1', a, '2019-02-22');
      const second = await save(db, 'https://b.test/2', b, '2019-03-01');
      expect(second.dealOf).toEqual(first.dealOf);
      const d = (await db.deals.get(first.dealOf[0]!))!;
      expect(d.parties.targets).toEqual(['reach-now']);
      expect(d.sources.map((x) => x.url)).toEqual(['https://a.test/1', 'https://b.test/2']);
      expect(await db.deals.where('partyIds').equals('reach-now').count()).toBe(1);
    }
  });
  test('told with the joint venture a shipped deal names, it is that deal', async () => {
    const db = await store();
    const r = await save(db, 'https://a.test/1', "Sony Group et Honda Motor ont signé l'accord qui crée Sony Honda Mobility.", '2022-06-16');
    expect((await db.deals.get(r.dealOf[0]!))!.status).toBe('kb');
  });
});
