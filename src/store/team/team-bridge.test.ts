import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { freshStore } from '../../../test/support/filled-store';
import { memoryPouch } from '../../../test/support/memory-pouch';
import { analyse } from '../../core/analyse';
import { addUserEntity, editEntity } from '../entity-edits';
import { confirmDeal, editDeal, setArticleNotes } from '../deal-review';
import { deleteArticle, restoreArticle } from '../article-delete';
import { saveArticle, type SaveInput } from '../save-article';
import { searchArticleIds } from '../article-search';
import { mergeVersions } from '../../core/team/version-merge';
import { applyReplica, markPushed, sendLocal } from './team-bridge';
import { resolveConflict, versionsOf } from './team-conflicts';
import type { DealLensDB } from '../schema';
import type { Mirror } from './mirror';

const TEXT = 'Alliance Ventures investit dans Tekion\nAlliance Ventures a investi 20 millions de dollars dans Tekion, la plateforme californienne, en mars 2024.';
function page(): SaveInput {
  const a = analyse(TEXT, { published: '2024-03-12' });
  return { url: 'https://news.test/tekion', canonicalUrl: 'https://news.test/tekion', title: 'Alliance Ventures investit dans Tekion', site: 'news.test', authors: ['Marie Dupont'], lang: 'fr', published: '2024-03-12', text: TEXT, entities: a.entities, amounts: a.amounts, deals: a.deals };
}

interface Reader {
  db: DealLensDB;
  replica: ReturnType<typeof memoryPouch>;
  name: string;
}

async function reader(name: string): Promise<Reader> {
  return { db: await freshStore(`team-${name}`), replica: memoryPouch(name), name };
}

/** One round of what the background does: send, replicate both ways through the "server" (a third replica), apply. */
async function round(server: ReturnType<typeof memoryPouch>, ...readers: Reader[]): Promise<void> {
  for (const r of readers) await sendLocal(r.db, r.replica, r.name);
  for (const r of readers) await r.replica.sync(server);
  for (const r of readers) await r.replica.sync(server);
  for (const r of readers) await applyReplica(r.db, r.replica);
}

describe('the team collection: the store and its replica in step', () => {
  test("a colleague's saved article, confirmed deal and new entity arrive whole, searchable and linked; the shipped knowledge base is not sent", async () => {
    const server = memoryPouch('server');
    const [a, b] = [await reader('ann'), await reader('bob')];
    const { article } = await saveArticle(a.db, page());
    await confirmDeal(a.db, article.dealIds[0]);
    const added = await addUserEntity(a.db, { name: 'Voltaro Mobility', type: 'company' });
    await round(server, a, b);

    const docs = await server.allDocs();
    // The article, its deal(s), the new entity: nothing of the shipped thousands.
    expect(docs.rows.length).toBe(1 + article.dealIds.length + 1);
    const got = await b.db.articles.get(article.id);
    expect(got).toMatchObject({ title: article.title, text: TEXT, notes: '' });
    expect((await b.db.deals.get(article.dealIds[0]))?.status).toBe('confirmed');
    expect((await b.db.entities.get(added.id))?.name).toBe('Voltaro Mobility');
    expect([...((await searchArticleIds(b.db, 'californienne')) ?? [])]).toEqual([article.id]);
    expect(await b.db.links.where('ref').equals(article.id).count()).toBe(got!.entityIds.length);
    const row = await b.db.teamRows.get(`article:${article.id}`);
    expect(row?.changedBy).toBe('ann');
  });

  test('edits go both ways; a record changed by both while apart is kept twice, as a conflict, in both stores', async () => {
    const server = memoryPouch('server');
    const [a, b] = [await reader('ann'), await reader('bob')];
    const { article } = await saveArticle(a.db, page());
    await round(server, a, b);
    await setArticleNotes(b.db, article.id, 'from bob', []);
    await round(server, a, b);
    expect((await a.db.articles.get(article.id))?.notes).toBe('from bob');

    // Apart: each edits the same deal, then both come back.
    const dealId = article.dealIds[0];
    await editDeal(a.db, dealId, { summary: 'Ann: a $20m round' });
    await editDeal(b.db, dealId, { summary: 'Bob: a round of 20 million dollars' });
    await sendLocal(a.db, a.replica, 'ann');
    await a.replica.sync(server);
    await round(server, a, b);
    await round(server, a, b);
    const [da, db] = [await a.db.deals.get(dealId), await b.db.deals.get(dealId)];
    expect(da?.summary).toBe(db?.summary);
    const [ra, rb] = [await a.db.teamRows.get(`deal:${dealId}`), await b.db.teamRows.get(`deal:${dealId}`)];
    expect(ra?.conflicts?.length).toBe(1);
    expect(rb?.conflicts?.length).toBe(1);
    expect((await b.db.teamRows.where('conflicts').above('').distinct().toArray()).map((r) => r.key)).toEqual([`deal:${dealId}`]);
    // The losing version is kept by the replica, whole.
    const loser = await (b.replica as unknown as Mirror).get(`deal:${dealId}`, { rev: rb!.conflicts![0] });
    expect([da?.summary, (loser.record as { summary: string }).summary].sort()).toEqual(['Ann: a $20m round', 'Bob: a round of 20 million dollars']);

    // Bob merges the two (the loser's summary on the shown version): one version for both, no conflict left.
    const versions = await versionsOf(b.replica as unknown as Mirror, `deal:${dealId}`);
    const merged = mergeVersions(versions.map((v) => v.record), { summary: 1 });
    // A merge that breaks the record's schema is refused, with its rule, and changes nothing.
    await expect(resolveConflict(b.replica as unknown as Mirror, `deal:${dealId}`, versions[0]!.rev, 'bob', { ...merged, summary: 42 })).rejects.toMatchObject({ problem: { rule: expect.stringMatching(/^rule_/) } });
    await resolveConflict(b.replica as unknown as Mirror, `deal:${dealId}`, versions[0]!.rev, 'bob', merged);
    await round(server, a, b);
    await round(server, a, b);
    for (const r of [a, b]) {
      expect((await r.db.deals.get(dealId))?.summary).toBe((versions[1]!.record as { summary: string }).summary);
      expect((await r.db.teamRows.get(`deal:${dealId}`))?.conflicts ?? []).toEqual([]);
    }
  });

  test('a deletion replicates, and its undo brings the article back for both', async () => {
    const server = memoryPouch('server');
    const [a, b] = [await reader('ann'), await reader('bob')];
    const { article } = await saveArticle(a.db, page());
    await round(server, a, b);
    const removed = await deleteArticle(a.db, article.id);
    await round(server, a, b);
    expect(await b.db.articles.get(article.id)).toBeUndefined();
    expect(await b.db.links.where('ref').equals(article.id).count()).toBe(0);
    await restoreArticle(a.db, removed);
    await round(server, a, b);
    expect((await b.db.articles.get(article.id))?.title).toBe(article.title);
  });

  test('a shipped entity changed by a colleague, then changed back, is the shipped one again', async () => {
    const server = memoryPouch('server');
    const [a, b] = [await reader('ann'), await reader('bob')];
    const before = await a.db.entities.get('alliance-ventures');
    await editEntity(a.db, 'alliance-ventures', { description: 'Edited by Ann.' });
    await round(server, a, b);
    expect((await b.db.entities.get('alliance-ventures'))?.description).toBe('Edited by Ann.');
    await a.db.entities.put(before!);
    await round(server, a, b);
    expect((await b.db.entities.get('alliance-ventures'))?.description).toBe(before!.description);
    expect(await b.db.entities.get('alliance-ventures')).toMatchObject({ origin: 'kb' });
  });

  test('hostile documents on the server are skipped and said, and the rest is applied', async () => {
    const server = memoryPouch('server');
    const b = await reader('bob');
    const { db: adb } = await reader('ann');
    const { article } = await saveArticle(adb, page());
    const good = { _id: `article:${article.id}`, kind: 'article', record: article, changedBy: 'ann', changedAt: 1 };
    const big = { ...article, id: 'big', text: 'x'.repeat(10_000_000) };
    await server.bulkDocs([
      good,
      { _id: 'article:typed', kind: 'article', record: { ...article, id: 'typed', title: 42 }, changedBy: 'eve', changedAt: 1 },
      { _id: 'article:scripted', kind: 'article', record: { ...article, id: 'scripted', extra: '<script>alert(1)</script>' }, changedBy: 'eve', changedAt: 1 },
      { _id: 'article:proto', kind: 'article', record: JSON.parse(`{"__proto__": {"polluted": true}, "id": "proto"}`), changedBy: 'eve', changedAt: 1 },
      { _id: 'article:big', kind: 'article', record: big, changedBy: 'eve', changedAt: 1 },
      { _id: 'deal:wrong-id', kind: 'deal', record: { id: 'other' }, changedBy: 'eve', changedAt: 1 },
      { _id: 'random-doc', x: 1 },
    ] as never);
    await b.replica.replicate.from(server);
    const report = await applyReplica(b.db, b.replica);
    expect(report.applied).toBe(1);
    expect(report.refused.map((r) => r.key).sort()).toEqual(['article:big', 'article:proto', 'article:scripted', 'article:typed', 'deal:wrong-id', 'random-doc']);
    expect(await b.db.articles.count()).toBe(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Kept in the store's rows (what the status lists, through an index), so a restart of the background does not forget them.
    expect((await b.db.teamRows.where('refused').above('').toArray()).map((r) => r.key).sort()).toEqual(['article:big', 'article:proto', 'article:scripted', 'article:typed', 'deal:wrong-id']);
    // Refused stays refused: nothing is sent back over it, and a second pass says nothing new.
    expect((await sendLocal(b.db, b.replica, 'bob')).sent).toBe(0);
    expect((await applyReplica(b.db, b.replica)).refused).toEqual([]);
  });

  test('a send reads only the records the store marked as changed, forgets a mark once in step, and keeps it while the replica refuses the write', async () => {
    const server = memoryPouch('server');
    const [a, b] = [await reader('ann'), await reader('bob')];
    const { article } = await saveArticle(a.db, page());
    await round(server, a, b);
    expect(await a.db.teamDirty.count()).toBe(0);
    // What bob applied from the team is in step: nothing goes back, and its marks go.
    expect(await b.db.teamDirty.count()).toBeGreaterThan(0);
    expect((await sendLocal(b.db, b.replica, 'bob')).sent).toBe(0);
    expect(await b.db.teamDirty.count()).toBe(0);

    await setArticleNotes(a.db, article.id, 'one change', []);
    expect((await a.db.teamDirty.toArray()).map((m) => m.key)).toEqual([`article:${article.id}`]);
    // A send writes through bulkDocs alone.
    const refusing = { bulkDocs: async (docs: unknown[]) => docs.map(() => ({ error: true, status: 500, name: 'unknown_error' })) } as unknown as Mirror;
    expect((await sendLocal(a.db, refusing, 'ann')).sent).toBe(0);
    expect(await a.db.teamDirty.count()).toBe(1);
    const report = await sendLocal(a.db, a.replica, 'ann');
    expect(report.keys).toEqual([`article:${article.id}`]);
    expect(await a.db.teamDirty.count()).toBe(0);

    // Waiting to go until the replication says that revision went; an older revision going says nothing of the newer.
    const row = (await a.db.teamRows.get(`article:${article.id}`))!;
    const waiting = () => a.db.teamRows.where('waiting').equals(1).primaryKeys();
    expect(await waiting()).toContain(row.key);
    await markPushed(a.db, [{ _id: row.key, _rev: '1-older' }]);
    expect(await waiting()).toContain(row.key);
    await markPushed(a.db, [{ _id: row.key, _rev: row.rev }]);
    expect(await waiting()).not.toContain(row.key);
    expect(await a.db.teamRows.get(row.key)).toEqual((({ waiting: _, ...rest }) => rest)(row));
  });

  test('a write that names no records (a clear) makes the next send look at every record', async () => {
    const server = memoryPouch('server');
    const [a, b] = [await reader('ann'), await reader('bob')];
    const { article } = await saveArticle(a.db, page());
    await round(server, a, b);
    await a.db.transaction('rw', a.db.articles, () => a.db.articles.clear());
    expect((await a.db.teamDirty.toArray()).map((m) => m.key)).toEqual(['*']);
    await round(server, a, b);
    expect(await b.db.articles.get(article.id)).toBeUndefined();
    expect(await a.db.teamDirty.count()).toBe(0);
  });
});
