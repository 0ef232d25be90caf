/** The reader's confirmed deals on an entity's card (reader-deals.ts, core/kb/entity-card.ts withReaderDeals). */
import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { entityCard, MAX_DEALS, withReaderDeals } from '../core/kb/entity-card';
import { analyse } from '../core/analyse';
import { confirmDeal } from './deal-review';
import { freshStore } from '../../test/support/filled-store';
import { readerDealsOf } from './reader-deals';
import { saveArticle } from './save-article';
import type { DealLensDB } from './schema';

async function store(): Promise<DealLensDB> {
  const db = await freshStore('reader-deals');
  for (const [url, text] of [
    ['https://journal.test/bmw', 'BMW i Ventures invests $30 million in Ionic Materials, according to a statement.'],
    ['https://autonews.test/porsche', 'Porsche Ventures invests €12 million in Tekion, the company said on Tuesday.'],
  ]) {
    const a = analyse(text, { published: '2024-03-05' });
    await saveArticle(db, { url, canonicalUrl: url, title: url.includes('bmw') ? 'BMW i Ventures bets on Ionic Materials' : 'Porsche Ventures backs Tekion', site: 'news.test', lang: a.lang, published: '2024-03-05', text, entities: a.entities, amounts: a.amounts, deals: a.deals }, 1000);
  }
  const bmw = (await db.deals.where('partyIds').equals('ionic-materials').filter((d) => d.status === 'proposed').first())!;
  await confirmDeal(db, bmw.id);
  return db;
}

describe('the card lists the deals the reader confirmed', () => {
  test('a confirmed deal is listed, with its counterparties by name, its amount and its source; a proposed one is not', async () => {
    const db = await store();
    expect((await readerDealsOf(db, 'ionic-materials')).map((d) => [d.type, d.with, d.amount, d.source.title])).toEqual([['investment', ['BMW i Ventures'], 'US$30.0 m', 'BMW i Ventures bets on Ionic Materials']]);
    expect(await readerDealsOf(db, 'tekion')).toEqual([]);
    const porsche = (await db.deals.where('partyIds').equals('tekion').filter((d) => d.status === 'proposed').first())!;
    await confirmDeal(db, porsche.id);
    expect((await readerDealsOf(db, 'tekion')).map((d) => d.with)).toEqual([['Porsche Ventures']]);
  });

  test('first on the card, marked as the reader’s, within the card’s bound', () => {
    const card = entityCard('alliance-ventures');
    const mine = Array.from({ length: 3 }, (_, i) => ({ type: 'investment' as const, with: [`Start-up ${i}`], amount: null, date: '2026-01', summary: '', source: { title: 'x', url: null } }));
    const merged = withReaderDeals(card, mine);
    expect(merged.deals.slice(0, 3).map((d) => [d.with[0], d.mine])).toEqual([['Start-up 0', true], ['Start-up 1', true], ['Start-up 2', true]]);
    expect(merged.deals.length).toBe(Math.min(MAX_DEALS, card.deals.length + 3));
    expect(merged.deals.length + merged.more).toBe(card.deals.length + card.more + 3);
    expect(withReaderDeals(card, [])).toBe(card);
  });
});
