import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, test } from 'vitest';
import { textFingerprint } from '../core/text/char-class';
import { DealLensDB } from './schema';

let n = 0;
const fresh = () => `deallens-test-${Date.now()}-${n++}`;

describe('schema versions', () => {
  test('a store filled by version 1 opens in the current version with everything kept', async () => {
    const name = fresh();
    // The first DealLens's store, exactly as version 1 declared it.
    const v1 = new Dexie(name);
    v1.version(1).stores({
      entities: 'id, type, name, origin',
      deals: 'id, type, *partyIds, date, status',
      articles: 'id, &canonicalUrl, savedAt, published, lang, site, *entityIds',
      meta: 'key',
    });
    await v1.table('entities').bulkPut([
      { id: 'voltaro-mobility', type: 'company', name: 'Voltaro Mobility', description: 'Mine', origin: 'user', updatedAt: 1 },
      { id: 'bmw', type: 'company', name: 'BMW', description: 'Edited by me', origin: 'kb', edited: true, updatedAt: 1 },
    ]);
    await v1.table('deals').put({ id: 'd1', type: 'investment', parties: { investors: ['bmw'], targets: ['voltaro-mobility'] }, partyIds: ['bmw', 'voltaro-mobility'], summary: 's', sources: [{ articleId: 'a1' }], status: 'confirmed', updatedAt: 1 });
    await v1.table('articles').put({ id: 'a1', url: 'https://x.test/a?utm_source=y', canonicalUrl: 'https://x.test/a', title: 'T', site: 'x.test', author: 'By Jane Doe, John Smith', lang: 'en', savedAt: 5, text: 'BMW invests in Voltaro Mobility.', entities: [{ id: 'bmw', count: 1 }], entityIds: ['bmw'], amounts: [], dealIds: ['d1'] });
    await v1.table('meta').put({ key: 'kbVersion', value: 1 });
    v1.close();

    const db = new DealLensDB(name);
    await db.open();
    expect(db.verno).toBe(11);
    expect(await db.entities.count()).toBe(2);
    expect(await db.entities.get('bmw')).toMatchObject({ description: 'Edited by me', edited: true });
    expect(await db.deals.get('d1')).toMatchObject({ status: 'confirmed' });
    const a = (await db.articles.get('a1'))!;
    expect(a).toMatchObject({ title: 'T', tags: [], notes: '', fingerprint: textFingerprint('BMW invests in Voltaro Mobility.') });
    // One author string became a list of names.
    expect(a.authors).toEqual(['Jane Doe', 'John Smith']);
    expect('author' in a).toBe(false);
    // The new indexes work on the old data.
    expect(await db.articles.where('fingerprint').equals(a.fingerprint).count()).toBe(1);
    expect(await db.deals.where('partyIds').equals('voltaro-mobility').count()).toBe(1);
    expect(await db.deals.where('partyKey').equals('bmw,voltaro-mobility').count()).toBe(1);
    // Link rows were built from the old records.
    expect((await db.links.where('ref').equals('d1').toArray()).map((l) => l.entity).sort()).toEqual(['bmw', 'voltaro-mobility']);
    expect(await db.links.where('ref').equals('a1').count()).toBe(1);
    // The full-text index was built from the old articles.
    expect((await db.terms.where('ref').equals('a1').toArray()).map((t) => t.term).sort()).toEqual(['bmw', 'invests', 'mobility', 'voltaro']);
    db.close();
  });
});
