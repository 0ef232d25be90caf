import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { filledStore, freshStore, snapshot } from '../../../test/support/filled-store';
import { storeProblems } from '../../../test/support/store-checker';
import { exportStore, type ExportFile } from '../import-export';
import { openStore } from '../open';
import { ImportError, type Problem } from '../records/problem';
import type { ArticleRecord, DealRecord, EntityRecord } from '../schema';
import { importExport } from './import-store';
import { batchesOf, writeBatch } from './journal';
import { parseExport } from './parse-export';
import { planImport } from './plan-import';
import { readStoreView } from './store-view';

const fileOf = async () => JSON.parse(JSON.stringify(await exportStore(await filledStore()))) as ExportFile;
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof ImportError ? e.problem : Promise.reject(e))) as Promise<Problem | null>;
const user = (id: string, over: Partial<EntityRecord> = {}): EntityRecord => ({ id, type: 'company', name: `Name of ${id}`, description: '', origin: 'user', updatedAt: 10, ...over });

/** n more articles, as saved by another DealLens (their own addresses and texts). */
function moreArticles(f: ExportFile, n: number): ArticleRecord[] {
  const base = f.articles[0];
  return Array.from({ length: n }, (_, i) => ({ ...base, id: `article-more-${i}`, url: `https://more.test/${i}`, canonicalUrl: `https://more.test/${i}`, text: `${base.text}\nPart ${i} of the series, word${i}.`, dealIds: [] }));
}

describe('an import that fails half-way leaves the store as it was, and says what it holds, counted', () => {
  test('a write failing at the third batch (storage full) is undone whole', async () => {
    const f = await fileOf();
    const target = await filledStore();
    const before = await snapshot(target);
    const held = { articles: await target.articles.count(), entities: await target.entities.count(), deals: await target.deals.count() };
    const file = { ...f, articles: [...f.articles.map((a) => ({ ...a, notes: `${a.notes} (changed)` })), ...moreArticles(f, 700)], entities: [...f.entities, user('extra-1')] };
    let batches = 0;
    const full = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const problem = await refusal(importExport(target, JSON.stringify(file), { write: async (db, b) => (++batches === 3 ? Promise.reject(full) : writeBatch(db, b)) }));
    expect(batches).toBe(3);
    expect(problem).toMatchObject({ rule: 'import_undone', detail: 'quota', held });
    expect(await snapshot(target)).toBe(before);
    expect(await storeProblems(target)).toEqual([]);
  });

  test('an import interrupted (its page closed) is undone when the store next opens', async () => {
    const f = await fileOf();
    const name = `deallens-interrupted-${Date.now()}`;
    const first = await openStore(name);
    const before = await snapshot(first);
    const raw = JSON.stringify({ ...f, articles: [...f.articles, ...moreArticles(f, 450)] });
    const parsed = parseExport(raw);
    const plan = planImport(parsed, await readStoreView(first, parsed));
    const batches = batchesOf(plan);
    expect(batches.length).toBeGreaterThan(3);
    for (const b of batches.slice(0, 3)) await writeBatch(first, b);
    expect(await first.journal.count()).toBeGreaterThan(0);
    first.close();
    const again = await openStore(name);
    expect(await snapshot(again)).toBe(before);
    again.close();
  });

  test('too little space: refused before the first write, saying what it needs', async () => {
    const f = await fileOf();
    const target = await freshStore();
    const before = await snapshot(target);
    const problem = await refusal(importExport(target, JSON.stringify(f), { estimate: async () => ({ usage: 5_000_000, quota: 6_000_000 }) }));
    expect(problem?.rule).toBe('import_no_space');
    const [needed, free] = problem!.detail!.split('|').map(Number);
    expect(free).toBe(1);
    expect(needed).toBeGreaterThan(free);
    expect(await snapshot(target)).toBe(before);
  });
});

describe('conflicts with the store are decisions, reported', () => {
  test('the same address under another id merges into the stored article: notes joined, tags united, deal sources follow', async () => {
    const f = await fileOf();
    const target = await filledStore();
    const stored = (await target.articles.toArray()).find((a) => a.notes !== '')!;
    const twin: ArticleRecord = { ...stored, id: 'article-colleague-copy', notes: 'from a colleague', tags: ['shared'] };
    const deal: DealRecord = { ...f.deals[0], id: 'proposed-investment-colleague', status: 'proposed', sources: [{ articleId: twin.id, title: 't' }] };
    const r = await importExport(target, JSON.stringify({ ...f, entities: [], articles: [twin], deals: [deal] }));
    expect(r.notes).toContainEqual(expect.objectContaining({ table: 'articles', id: twin.id, rule: 'note_article_merged', detail: stored.id }));
    const after = (await target.articles.get(stored.id))!;
    expect(after.notes).toBe(`${stored.notes}\n\nfrom a colleague`);
    expect(after.tags).toEqual([...stored.tags, 'shared']);
    expect(after.title).toBe(stored.title);
    expect(await target.articles.get(twin.id)).toBeUndefined();
    expect((await target.deals.get(deal.id))!.sources[0].articleId).toBe(stored.id);
    expect(await storeProblems(target)).toEqual([]);
  });

  test('two articles of the file with one address become one', async () => {
    const f = await fileOf();
    const target = await freshStore();
    const [a] = f.articles;
    const r = await importExport(target, JSON.stringify({ ...f, articles: [...f.articles, { ...a, id: 'article-same-address', tags: ['second'] }] }));
    expect(r.notes).toContainEqual(expect.objectContaining({ rule: 'note_article_merged', detail: a.id }));
    expect(await target.articles.count()).toBe(f.articles.length);
    expect((await target.articles.get(a.id))!.tags).toContain('second');
    expect(await storeProblems(target)).toEqual([]);
  });

  test('a shipped entity is never overwritten: another type or name is refused; a record of the reader may not take a shipped id', async () => {
    const f = await fileOf();
    const target = await freshStore();
    const before = await snapshot(target);
    const renault = f.entities.findIndex((e) => e.id === 'renault');
    const as = (over: Partial<EntityRecord>) => JSON.stringify({ ...f, entities: f.entities.map((e, i) => (i === renault ? { ...e, ...over } : e)) });
    expect(await refusal(importExport(target, as({ type: 'fund' })))).toMatchObject({ table: 'entities', index: renault, id: 'renault', field: 'type', rule: 'rule_shipped_changed' });
    expect(await refusal(importExport(target, as({ name: 'Hacked' })))).toMatchObject({ field: 'name', rule: 'rule_shipped_changed' });
    expect(await refusal(importExport(target, as({ origin: 'user' })))).toMatchObject({ field: 'id', rule: 'rule_shipped_id' });
    expect(await refusal(importExport(target, JSON.stringify({ ...f, entities: [user('not-shipped', { origin: 'kb' })] })))).toMatchObject({ field: 'origin', rule: 'rule_not_shipped' });
    expect(await snapshot(target)).toBe(before);
    // The reader's own edit of a shipped entity, as their export holds it, is theirs to restore.
    await importExport(target, as({ name: 'Renault Group (mine)', edited: true }));
    expect((await target.entities.get('renault'))!.name).toBe('Renault Group (mine)');
  });

  test("the reader's entities that collide: another type is renamed (its mentions follow), the same type merged", async () => {
    const f = await fileOf();
    const target = await filledStore();
    const voltaro = f.entities.find((e) => e.id === 'voltaro-mobility')!;
    const article = { ...f.articles[0], id: 'article-mentions-voltaro', canonicalUrl: 'https://other.test/v', url: 'https://other.test/v', text: `${f.articles[0].text} Voltaro.`, entities: [{ id: 'voltaro-mobility', count: 1 }], entityIds: ['voltaro-mobility'], dealIds: [] };
    const r = await importExport(target, JSON.stringify({ ...f, entities: [{ ...voltaro, type: 'fund', updatedAt: 1 }], deals: [], articles: [article] }));
    expect(r.notes).toContainEqual(expect.objectContaining({ rule: 'note_renamed', id: 'voltaro-mobility', detail: 'voltaro-mobility-2' }));
    expect((await target.entities.get('voltaro-mobility'))!.type).toBe('company');
    expect((await target.entities.get('voltaro-mobility-2'))!.type).toBe('fund');
    expect((await target.articles.get(article.id))!.entityIds).toEqual(['voltaro-mobility-2']);

    const r2 = await importExport(target, JSON.stringify({ ...f, entities: [{ ...voltaro, aliases: ['VM Group'], description: 'newer', updatedAt: 4e12 }], deals: [], articles: [] }));
    expect(r2.notes).toContainEqual(expect.objectContaining({ rule: 'note_merged', id: 'voltaro-mobility' }));
    expect(await target.entities.get('voltaro-mobility')).toMatchObject({ description: 'newer', aliases: ['VM Group', 'Voltaro'] });
    expect(await storeProblems(target)).toEqual([]);
  });
});

describe('records that disagree with themselves', () => {
  test('derived fields are recomputed and said, never kept', async () => {
    const f = await fileOf();
    const target = await freshStore();
    const d = 0;
    const file = {
      ...f,
      deals: f.deals.map((x, i) => (i === d ? { ...x, partyIds: ['renault'], partyKey: 'renault' } : x)),
      articles: f.articles.map((a, i) => (i === 0 ? { ...a, entityIds: ['renault'], fingerprint: 'wrong' } : a)),
    };
    const r = await importExport(target, JSON.stringify(file));
    expect(r.notes).toEqual(expect.arrayContaining([
      expect.objectContaining({ table: 'deals', index: d, field: 'partyIds', rule: 'note_recomputed' }),
      expect.objectContaining({ table: 'deals', index: d, field: 'partyKey', rule: 'note_recomputed' }),
      expect.objectContaining({ table: 'articles', index: 0, field: 'entityIds', rule: 'note_recomputed' }),
      expect.objectContaining({ table: 'articles', index: 0, field: 'fingerprint', rule: 'note_recomputed' }),
    ]));
    expect(await storeProblems(target)).toEqual([]);
  });

  test.each([
    ['merged into itself', (f: ExportFile) => ({ ...f, entities: [...f.entities, user('loop', { mergedInto: 'loop', hidden: true })] }), { id: 'loop', field: 'mergedInto', rule: 'rule_merge_self' }],
    ['a cycle of merges', (f: ExportFile) => ({ ...f, entities: [...f.entities, user('one', { mergedInto: 'two' }), user('two', { mergedInto: 'one' })] }), { field: 'mergedInto', rule: 'rule_merge_cycle' }],
    ['a relation to itself', (f: ExportFile) => ({ ...f, entities: [...f.entities, user('self', { relations: [{ type: 'part-of', entity: 'self' }] })] }), { id: 'self', field: 'relations.0.entity', rule: 'rule_self_relation' }],
    ['a party that exists nowhere', (f: ExportFile) => ({ ...f, deals: [{ ...f.deals[0], parties: { investors: ['nobody-at-all'] } }] }), { table: 'deals', index: 0, field: 'parties', rule: 'rule_reference', detail: 'nobody-at-all' }],
    ['a mention of an entity that exists nowhere', (f: ExportFile) => ({ ...f, articles: [{ ...f.articles[0], entities: [{ id: 'ghost', count: 2 }] }] }), { table: 'articles', index: 0, field: 'entities.0.id', rule: 'rule_reference', detail: 'ghost' }],
    ['a one-letter alias', (f: ExportFile) => ({ ...f, entities: [...f.entities, user('short', { aliases: ['a'] })] }), { id: 'short', field: 'aliases.0', rule: 'rule_short_alias', detail: 'a', needsConfirm: true }],
  ])('%s is refused, naming record and field', async (_name, make, expected) => {
    const target = await freshStore();
    const before = await snapshot(target);
    expect(await refusal(importExport(target, JSON.stringify(make(await fileOf()))))).toMatchObject(expected);
    expect(await snapshot(target)).toBe(before);
  });

  test('a short alias the reader confirmed is imported', async () => {
    const f = await fileOf();
    const target = await freshStore();
    await importExport(target, JSON.stringify({ ...f, entities: [...f.entities, user('short', { aliases: ['ab'] })] }), { confirmShortAliases: true });
    expect((await target.entities.get('short'))!.aliases).toEqual(['ab']);
  });
});

describe('imported articles are found by search, and leave the index whole when saved again or deleted', () => {
  test('search finds them; a save and a delete take them out of the batched rows', async () => {
    const { searchArticleIds } = await import('../article-search');
    const { deleteArticle } = await import('../article-delete');
    const { setArticleNotes } = await import('../deal-review');
    const f = await fileOf();
    const target = await freshStore();
    await importExport(target, JSON.stringify({ ...f, articles: [...f.articles, ...moreArticles(f, 30)] }));
    expect(await target.termBatches.count()).toBeGreaterThan(0);
    expect([...(await searchArticleIds(target, 'word17'))!]).toEqual(['article-more-17']);
    await deleteArticle(target, 'article-more-17');
    expect((await searchArticleIds(target, 'word17'))!.size).toBe(0);
    await setArticleNotes(target, 'article-more-3', 'read again', []);
    expect(await storeProblems(target)).toEqual([]);
  });
});
