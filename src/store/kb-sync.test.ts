import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { kbDeals, kbEntities, KB_VERSION } from '../core/kb';
import type { KbDeal, KbEntity } from '../core/kb/types';
import { syncKnowledgeBase } from './kb-sync';
import { DealLensDB } from './schema';

let n = 0;
const open = async () => {
  const db = new DealLensDB(`deallens-kb-${Date.now()}-${n++}`);
  await db.open();
  return db;
};

const entity = (id: string, description: string): KbEntity => ({ id, type: 'company', name: id.toUpperCase(), description });
const deal = (id: string, summary: string): KbDeal => ({ id, type: 'investment', parties: { investors: ['a'], targets: ['b'] }, summary, sources: [{ url: 'https://example.test/x', title: 'X' }] });

describe('knowledge base in the store', () => {
  test('the first run fills it with every shipped entity and deal', async () => {
    const db = await open();
    const r = await syncKnowledgeBase(db);
    expect(r.ran).toBe(true);
    expect(await db.entities.count()).toBe(kbEntities.length);
    expect(await db.deals.count()).toBe(kbDeals.length);
    expect((await db.meta.get('kbVersion'))?.value).toBe(KB_VERSION);
    expect(await db.deals.where('partyIds').equals('alliance-ventures').count()).toBeGreaterThanOrEqual(5);
    // Running again with the same version does nothing.
    expect((await syncKnowledgeBase(db)).ran).toBe(false);
    db.close();
  });

  test('a newer knowledge base merges in without touching what the user saved, confirmed, edited or hid', async () => {
    const db = await open();
    await syncKnowledgeBase(db, { version: 1, entities: [entity('a', 'old A'), entity('b', 'old B'), entity('c', 'old C'), entity('d', 'old D')], deals: [deal('d1', 'old 1'), deal('d2', 'old 2'), deal('d3', 'old 3')] });
    // The user's doings.
    await db.entities.update('a', { description: 'my A', edited: true });
    await db.entities.update('c', { hidden: true });
    await db.entities.put({ id: 'mine', type: 'company', name: 'Mine', description: 'user', origin: 'user', updatedAt: 1 });
    await db.deals.update('d1', { status: 'confirmed' });
    await db.deals.update('d2', { status: 'dismissed' });
    await db.deals.update('d3', { sources: [{ url: 'https://example.test/x', title: 'X' }, { articleId: 'art-1' }] });

    const r = await syncKnowledgeBase(db, { version: 2, entities: [entity('a', 'new A'), entity('b', 'new B'), entity('c', 'new C'), entity('e', 'new E')], deals: [deal('d1', 'new 1'), deal('d2', 'new 2'), deal('d3', 'new 3'), deal('d4', 'new 4')] });
    expect(r).toMatchObject({ ran: true, added: 2 });
    expect((await db.entities.get('a'))!.description).toBe('my A');
    expect((await db.entities.get('b'))!.description).toBe('new B');
    expect(await db.entities.get('c')).toMatchObject({ description: 'new C', hidden: true });
    expect((await db.entities.get('e'))!.description).toBe('new E');
    expect(await db.entities.get('mine')).toMatchObject({ origin: 'user' });
    expect(await db.deals.get('d1')).toMatchObject({ summary: 'old 1', status: 'confirmed' });
    expect(await db.deals.get('d2')).toMatchObject({ summary: 'old 2', status: 'dismissed' });
    const d3 = (await db.deals.get('d3'))!;
    expect(d3.summary).toBe('new 3');
    expect(d3.sources).toContainEqual({ articleId: 'art-1' });
    expect(await db.deals.get('d4')).toMatchObject({ status: 'kb' });
    db.close();
  });
});
