import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { kbDeals, kbEntities } from '../core/kb';
import type { KbDeal, KbEntity } from '../core/kb/types';
import { Matcher } from '../core/match/matcher';
import { applyOverlay } from '../core/kb/overlay';
import { slugOf } from '../core/text/slug';
import { addAlias, addUserEntity, editEntity, EditError, mergeEntities, setAliasHidden, setEntityHidden } from './entity-edits';
import { syncKnowledgeBase } from './kb-sync';
import { overlayOf } from './overlay';
import { DealLensDB, reindex, type ArticleRecord } from './schema';
import { setWatched, watchlist } from './watchlist';
import { deleteEverything, storeCounts } from './wipe';

let n = 0;
const open = async () => {
  const db = new DealLensDB(`deallens-edits-${Date.now()}-${n++}`);
  await db.open();
  return db;
};

const entity = (id: string, name: string, aliases: string[] = []): KbEntity => ({ id, type: 'company', name, aliases, description: `${name}, shipped` });
const deal = (id: string, investors: string[], targets: string[]): KbDeal => ({ id, type: 'investment', parties: { investors, targets }, summary: id, sources: [{ url: 'https://example.test/x', title: 'X' }] });
const article = (id: string, entities: { id: string; count: number }[]): ArticleRecord => ({
  id, url: `https://news.test/${id}`, canonicalUrl: `https://news.test/${id}`, title: id, site: 'news.test', lang: 'en', savedAt: 1, text: id, fingerprint: id,
  entities, entityIds: entities.map((e) => e.id), amounts: [], dealIds: [], notes: '', tags: [],
});

/** What a page would highlight in `text` with the store's overlay applied to `shipped`. */
async function highlighted(db: DealLensDB, shipped: readonly KbEntity[], text: string) {
  const { base, added } = applyOverlay(shipped, await overlayOf(db));
  const m = new Matcher(base);
  for (const e of added) m.add(e);
  return m.find(text).map((x) => `${x.text}=${x.id}`);
}

describe('the reader’s entities', () => {
  test('a new entity gets a unique slug id from its name', async () => {
    const db = await open();
    expect(slugOf('Voltaro Mobility')).toBe('voltaro-mobility');
    expect(slugOf('Škoda Auto Digilab')).toBe('skoda-auto-digilab');
    expect(slugOf('!!!')).toBe('entity');
    const a = await addUserEntity(db, { name: '  Voltaro   Mobility ', type: 'company' });
    const b = await addUserEntity(db, { name: 'Voltaro Mobility', type: 'fund' });
    expect([a.id, a.name, a.origin, b.id]).toEqual(['voltaro-mobility', 'Voltaro Mobility', 'user', 'voltaro-mobility-2']);
    await expect(addUserEntity(db, { name: '   ', type: 'company' })).rejects.toThrow(EditError);
    expect(await highlighted(db, [], 'Voltaro Mobility raised money.')).toEqual(['Voltaro Mobility=voltaro-mobility']);
    db.close();
  });

  test('aliases, names and relations are edited; a shipped entity edited is the reader’s', async () => {
    const db = await open();
    await syncKnowledgeBase(db, { version: 1, entities: [entity('acme', 'Acme Motors'), entity('beta', 'Beta Group')], deals: [] });
    await addAlias(db, 'acme', 'Acme');
    expect(await db.entities.get('acme')).toMatchObject({ aliases: ['Acme'], edited: true });
    await editEntity(db, 'acme', { name: 'Acme Motor Co', relations: [{ type: 'part-of', entity: 'beta' }] });
    expect(await db.entities.get('acme')).toMatchObject({ name: 'Acme Motor Co', relations: [{ type: 'part-of', entity: 'beta' }] });
    await expect(editEntity(db, 'acme', { relations: [{ type: 'part-of', entity: 'nobody' }] })).rejects.toThrow('No entity "nobody"');
    await expect(editEntity(db, 'acme', { relations: [{ type: 'part-of', entity: 'acme' }] })).rejects.toThrow(EditError);
    expect(await highlighted(db, await db.entities.toArray(), 'Acme said; Acme Motor Co said.')).toEqual(['Acme=acme', 'Acme Motor Co=acme']);
    db.close();
  });
});

describe('hiding', () => {
  test('a hidden alias or entity is no longer highlighted, and shows again when unhidden', async () => {
    const db = await open();
    const shipped = [entity('renault', 'Renault', ['Renault Group']), entity('nexus', 'Nexus')];
    await syncKnowledgeBase(db, { version: 1, entities: shipped, deals: [] });
    const text = 'Renault Group and Renault met Nexus.';
    expect(await highlighted(db, shipped, text)).toEqual(['Renault Group=renault', 'Renault=renault', 'Nexus=nexus']);
    await setAliasHidden(db, 'renault', 'Renault Group', true);
    await setEntityHidden(db, 'nexus', true);
    // "Renault Group" now reads as Renault followed by a word: the name still matches.
    expect(await highlighted(db, shipped, text)).toEqual(['Renault=renault', 'Renault=renault']);
    // Hiding the name leaves only the aliases.
    await setAliasHidden(db, 'renault', 'Renault', true);
    expect(await highlighted(db, shipped, text)).toEqual([]);
    await setAliasHidden(db, 'renault', 'Renault Group', false);
    await setAliasHidden(db, 'renault', 'Renault', false);
    await setEntityHidden(db, 'nexus', false);
    expect(await highlighted(db, shipped, text)).toEqual(['Renault Group=renault', 'Renault=renault', 'Nexus=nexus']);
    expect((await db.entities.get('renault'))!.edited).toBeUndefined();
    db.close();
  });
});

describe('merging two entities', () => {
  test('deals and mentions follow the kept entity; the dropped one becomes its alias and a hidden tombstone', async () => {
    const db = await open();
    await syncKnowledgeBase(db, {
      version: 1,
      entities: [entity('acme', 'Acme Motors'), entity('acme-inc', 'Acme Inc', ['Acme Incorporated']), { ...entity('fund', 'Big Fund'), relations: [{ type: 'sponsored-by', entity: 'acme-inc' }] }, entity('other', 'Other Co')],
      deals: [deal('d1', ['fund'], ['acme-inc']), deal('d2', ['fund'], ['acme', 'acme-inc']), deal('d3', ['fund'], ['other'])],
    });
    await db.articles.bulkPut([article('a1', [{ id: 'acme', count: 2 }, { id: 'acme-inc', count: 3 }]), article('a2', [{ id: 'acme-inc', count: 1 }, { id: 'fund', count: 1 }])]);
    await db.links.bulkPut([{ entity: 'acme-inc', sortKey: 'a:1', ref: 'a1' }, { entity: 'acme', sortKey: 'a:1', ref: 'a1' }, { entity: 'acme-inc', sortKey: 'a:1', ref: 'a2' }, { entity: 'fund', sortKey: 'a:1', ref: 'a2' }]);
    await setWatched(db, 'acme-inc', true);

    const r = await mergeEntities(db, 'acme', 'acme-inc');
    expect([r.deals, r.articles]).toEqual([2, 2]);
    expect(await watchlist(db)).toEqual(['acme']);
    expect((await db.entities.get('fund'))!.relations).toEqual([{ type: 'sponsored-by', entity: 'acme' }]);
    expect(await db.deals.get('d1')).toMatchObject({ parties: { investors: ['fund'], targets: ['acme'] }, partyIds: ['fund', 'acme'], partyKey: 'acme,fund' });
    expect((await db.deals.get('d2'))!.parties.targets).toEqual(['acme']);
    expect(await db.deals.where('partyIds').equals('acme-inc').count()).toBe(0);
    expect(await db.deals.where('partyKey').equals('acme,fund').count()).toBe(2);
    expect((await db.articles.get('a1'))!.entities).toEqual([{ id: 'acme', count: 5 }]);
    expect((await db.articles.get('a2'))!.entityIds).toEqual(['acme', 'fund']);
    expect(await db.articles.where('entityIds').equals('acme').count()).toBe(2);
    expect(await db.links.where('[entity+sortKey+ref]').between(['acme-inc', ''], ['acme-inc', '\uffff']).count()).toBe(0);
    expect((await db.links.where('ref').anyOf(['d1', 'd2', 'a1', 'a2']).toArray()).filter((l) => l.entity === 'acme').map((l) => l.ref).sort()).toEqual(['a1', 'a2', 'd1', 'd2']);
    expect(await db.entities.get('acme')).toMatchObject({ aliases: ['Acme Inc', 'Acme Incorporated'], edited: true });
    expect(await db.entities.get('acme-inc')).toMatchObject({ hidden: true, mergedInto: 'acme' });
    expect(await highlighted(db, await db.entities.toArray(), 'Acme Inc and Acme Motors.')).toEqual(['Acme Inc=acme', 'Acme Motors=acme']);
    await expect(mergeEntities(db, 'acme', 'acme')).rejects.toThrow(EditError);
    await expect(mergeEntities(db, 'acme', 'acme-inc')).rejects.toThrow('merged');
    db.close();
  });
});

describe('a knowledge-base update', () => {
  test('keeps the reader’s entities, edits, hidden entities and aliases, and merges', async () => {
    const db = await open();
    const v1 = [entity('acme', 'Acme Motors'), entity('acme-inc', 'Acme Inc'), entity('renault', 'Renault', ['Renault Group']), entity('nexus', 'Nexus'), entity('plain', 'Plain')];
    await syncKnowledgeBase(db, { version: 1, entities: v1, deals: [deal('d1', ['nexus'], ['acme-inc'])] });
    const mine = await addUserEntity(db, { name: 'Voltaro Mobility', type: 'company', aliases: ['Voltaro'] });
    await editEntity(db, 'acme', { name: 'Acme Motor Co' });
    await setAliasHidden(db, 'renault', 'Renault Group', true);
    await setEntityHidden(db, 'nexus', true);
    await mergeEntities(db, 'acme', 'acme-inc');

    // The new version still ships everything, changed, and a new deal naming the merged-away entity.
    const v2 = v1.map((e) => ({ ...e, description: `${e.name}, v2`, aliases: [...(e.aliases ?? []), `${e.name} SE`] }));
    const r = await syncKnowledgeBase(db, { version: 2, entities: v2, deals: [deal('d1', ['nexus'], ['acme-inc']), deal('d2', ['plain'], ['acme-inc'])] });
    expect(r.ran).toBe(true);
    expect(await db.entities.get(mine.id)).toMatchObject({ name: 'Voltaro Mobility', aliases: ['Voltaro'], origin: 'user' });
    expect(await db.entities.get('acme')).toMatchObject({ name: 'Acme Motor Co', description: 'Acme Motors, shipped' });
    expect(await db.entities.get('acme-inc')).toMatchObject({ hidden: true, mergedInto: 'acme', description: 'Acme Inc, shipped' });
    expect(await db.entities.get('renault')).toMatchObject({ description: 'Renault, v2', aliases: ['Renault Group', 'Renault SE'], hiddenAliases: ['Renault Group'] });
    expect(await db.entities.get('nexus')).toMatchObject({ description: 'Nexus, v2', hidden: true });
    expect(await db.entities.get('plain')).toMatchObject({ description: 'Plain, v2' });
    // Shipped deals name the entity the reader kept.
    expect((await db.deals.get('d1'))!.partyIds).toEqual(['nexus', 'acme']);
    expect((await db.deals.get('d2'))!.partyIds).toEqual(['plain', 'acme']);
    expect(await db.deals.where('partyIds').equals('acme-inc').count()).toBe(0);
    expect(await highlighted(db, v2, 'Voltaro, Acme Inc, Renault Group, Renault SE, Nexus.')).toEqual(['Voltaro=voltaro-mobility', 'Acme Inc=acme', 'Renault=renault', 'Renault SE=renault']);
    db.close();
  });
});

describe('deleting everything', () => {
  test('says what would be lost, then leaves the shipped knowledge base only', async () => {
    const db = await open();
    await syncKnowledgeBase(db);
    await addUserEntity(db, { name: 'Voltaro Mobility', type: 'company' });
    await setEntityHidden(db, 'renault', true);
    await db.articles.put(article('a1', [{ id: 'renault', count: 1 }]));
    await reindex(db, [await db.articles.get('a1')].filter((a) => a !== undefined));
    await setWatched(db, 'renault', true);
    await db.deals.update(kbDeals[0].id, { status: 'confirmed' });
    await db.deals.put({ ...(await db.deals.get(kbDeals[1].id))!, id: 'proposed-x', status: 'proposed' });
    expect(await storeCounts(db)).toEqual({ articles: 1, confirmedDeals: 1, proposedDeals: 1, userEntities: 1, changedEntities: 1 });
    await deleteEverything(db);
    expect(await storeCounts(db)).toEqual({ articles: 0, confirmedDeals: 0, proposedDeals: 0, userEntities: 0, changedEntities: 0 });
    expect(await db.entities.count()).toBe(kbEntities.length);
    expect(await db.deals.count()).toBe(kbDeals.length);
    expect(await db.deals.where('partyIds').equals('alliance-ventures').count()).toBeGreaterThanOrEqual(5);
    expect(await overlayOf(db)).toEqual({ added: [], hidden: [], hiddenAliases: {} });
    // The search index and the watchlist go too.
    expect(await db.terms.count()).toBe(0);
    expect(await watchlist(db)).toEqual([]);
    db.close();
  });
});
