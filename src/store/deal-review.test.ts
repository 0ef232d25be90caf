import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyse } from '../core/analyse';
import { openStore, storeErrorMessage } from './open';
import { confirmDeal, dismissDeal, editDeal, setArticleNotes } from './deal-review';
import { syncKnowledgeBase } from './kb-sync';
import { saveArticle, type SaveInput } from './save-article';
import { DealLensDB } from './schema';

let n = 0;
const open = async () => {
  const db = new DealLensDB(`deallens-review-${Date.now()}-${n++}`);
  await db.open();
  await syncKnowledgeBase(db);
  return db;
};
const input = (text: string, url: string): SaveInput => {
  const a = analyse(text, { published: '2024-03-12' });
  return { url, canonicalUrl: url, title: 'T', site: 'x.test', lang: a.lang, published: '2024-03-12', text, entities: a.entities, amounts: a.amounts, deals: a.deals };
};

describe('reviewing proposed deals', () => {
  test('confirm, dismiss, edit; a dismissed deal is not proposed again by the same article', async () => {
    const db = await open();
    const r = await saveArticle(db, input('Porsche Ventures investit 12 millions d’euros dans Tekion.', 'https://x.test/a'));
    const id = r.proposedDeals[0];
    expect((await confirmDeal(db, id)).status).toBe('confirmed');
    const edited = await editDeal(db, id, { amount: { value: 1.5e7, currency: 'EUR' }, date: '2024-03', parties: { investors: ['porsche-ventures', 'bmw-i-ventures'], targets: ['tekion'] } });
    expect(edited).toMatchObject({ edited: true, status: 'confirmed', amount: { value: 1.5e7, currency: 'EUR' }, date: '2024-03' });
    expect(edited.partyIds.sort()).toEqual(['bmw-i-ventures', 'porsche-ventures', 'tekion']);
    expect(await db.deals.where('partyIds').equals('bmw-i-ventures').count()).toBeGreaterThan(0);
    const other = await saveArticle(db, input('Toyota Ventures investit 3 millions d’euros dans PowerShare.', 'https://x.test/b'));
    await dismissDeal(db, other.proposedDeals[0]);
    const again = await saveArticle(db, input('Toyota Ventures investit 3 millions d’euros dans PowerShare.', 'https://x.test/b'));
    expect(again.linkedDeals).toEqual([]);
    expect((await db.deals.get(other.proposedDeals[0]))!.status).toBe('dismissed');
    await expect(confirmDeal(db, 'nope')).rejects.toThrow('No deal "nope"');
    db.close();
  });

  test('notes and tags stay editable after saving', async () => {
    const db = await open();
    const r = await saveArticle(db, input('Porsche Ventures investit 12 millions d’euros dans Tekion.', 'https://x.test/c'));
    await setArticleNotes(db, r.article.id, 'check the amount', [' dms ', 'dms', 'retail']);
    expect(await db.articles.get(r.article.id)).toMatchObject({ notes: 'check the amount', tags: ['dms', 'retail'] });
    await expect(setArticleNotes(db, 'nope', '', [])).rejects.toThrow('No article');
    db.close();
  });
});

describe('a failure while saving', () => {
  test('a full disk mid-save: nothing is half-written, and the message says what to do', async () => {
    const db = await open();
    const first = await saveArticle(db, input('Porsche Ventures investit 12 millions d’euros dans Tekion.', 'https://x.test/d'));
    const before = { articles: await db.articles.toArray(), deals: await db.deals.toArray() };
    // The article write fails after the deals were written in the same transaction.
    db.articles.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await saveArticle(db, input('Hyundai CRADLE investit 7 millions d’euros dans Ionic Materials.', 'https://x.test/e')).catch((e) => e);
    expect(storeErrorMessage(err)).toEqual({ key: 'errorQuota' });
    expect(await db.articles.toArray()).toEqual(before.articles);
    expect(await db.deals.toArray()).toEqual(before.deals);
    expect(first.created).toBe(true);
    db.close();
  });

  test('a bulk write the full disk stopped (a BulkError of QuotaExceededErrors, as Firefox gives) is said as a full disk', () => {
    const quota = new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
    const err = new Dexie.BulkError('termBatches.bulkPut(): 2 of 10 operations failed.', { 3: quota, 7: quota } as never);
    expect(storeErrorMessage(err)).toEqual({ key: 'errorQuota' });
  });

  test('an upgrade blocked by another tab holding an old version open: a plain message at once, and the store opens once it is closed', async () => {
    const name = `deallens-blocked-${Date.now()}`;
    // Another tab of an older DealLens, which does not let go of its connection.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, 10);
      r.onupgradeneeded = () => r.result.createObjectStore('entities', { keyPath: 'id' });
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const err = await openStore(name).catch((e) => e);
    expect(storeErrorMessage(err)).toEqual({ key: 'errorUpgrade' });
    old.close();
    const db = await openStore(name);
    expect(db.verno).toBe(11);
    expect(await db.entities.count()).toBeGreaterThan(800);
    db.close();
  });

  test('an upgrade blocked by another tab, and anything else, get a plain message (every key in every language)', () => {
    for (const lang of ['en', 'fr', 'nl', 'de']) {
      const messages = JSON.parse(readFileSync(join(__dirname, `../_locales/${lang}/messages.json`), 'utf8')) as Record<string, unknown>;
      for (const key of ['errorQuota', 'errorUpgrade', 'errorSave', 'errorUnreadable', 'errorNoText']) expect(messages[key], `${lang}: ${key}`).toBeDefined();
    }
    expect(storeErrorMessage(Object.assign(new Error('x'), { name: 'VersionError' }))).toEqual({ key: 'errorUpgrade' });
    expect(storeErrorMessage(new Error('disk on fire'))).toEqual({ key: 'errorSave', detail: 'disk on fire' });
  });
});
