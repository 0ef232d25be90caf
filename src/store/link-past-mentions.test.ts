import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { analyse } from '../core/analyse';
import { exportStore } from './import-export';
import { importExport } from './import/import-store';
import { addUserEntity } from './entity-edits';
import { syncKnowledgeBase } from './kb-sync';
import { linkPastMentions } from './link-past-mentions';
import { saveArticle, type SaveInput } from './save-article';
import { DealLensDB } from './schema';

let n = 0;
const open = async () => {
  const db = new DealLensDB(`deallens-link-past-${Date.now()}-${n++}`);
  await db.open();
  await syncKnowledgeBase(db);
  return db;
};

const TEXT = 'Quartz Ventures, a young fund, took a stake in Voltiq SAS. Marie Okonkwo founded Quartz Ventures in 2024; Okonkwo runs it with Renault.';

function input(url: string): SaveInput {
  const a = analyse(TEXT, { published: '2026-03' });
  return { url, canonicalUrl: url, title: 'Quartz', site: 'news.test', lang: a.lang, published: '2026-03', text: TEXT, entities: a.entities, unknown: a.unknown, amounts: a.amounts, deals: a.deals };
}

describe('names never seen, kept with a saved article and linked when added', () => {
  test('the article keeps each name once, with its count and guessed kind, short forms counted for the full name', async () => {
    const db = await open();
    const { article } = await saveArticle(db, input('https://news.test/a'));
    expect(article.unknownNames).toEqual(
      expect.arrayContaining([
        { name: 'Quartz Ventures', type: 'fund', count: 2 },
        { name: 'Voltiq SAS', type: 'company', count: 1 },
        { name: 'Marie Okonkwo', type: 'person', count: 2 },
      ]),
    );
    expect(article.unknownKeys).toEqual(expect.arrayContaining(['quartz ventures', 'voltiq sas', 'marie okonkwo']));
    db.close();
  });

  test('adding one links every saved article that named it, by name or alias, with its count; the others are left alone', async () => {
    const db = await open();
    await saveArticle(db, input('https://news.test/a'));
    await saveArticle(db, { ...input('https://news.test/b'), text: `${TEXT} More.` });
    const other = await saveArticle(db, { ...input('https://news.test/c'), text: 'Renault only.', entities: [], unknown: [] });
    const e = await addUserEntity(db, { name: 'Quartz Ventures', type: 'fund' });
    expect(await linkPastMentions(db, e)).toBe(2);
    for (const url of ['https://news.test/a', 'https://news.test/b']) {
      const a = (await db.articles.where('canonicalUrl').equals(url).first())!;
      expect(a.entities).toContainEqual({ id: e.id, count: 2 });
      expect(a.entityIds).toContain(e.id);
      expect(a.unknownNames!.map((u) => u.name)).not.toContain('Quartz Ventures');
      expect(a.unknownKeys).not.toContain('quartz ventures');
    }
    // The entity's link rows now list both articles.
    expect((await db.links.toArray()).filter((l) => l.entity === e.id)).toHaveLength(2);
    expect((await db.articles.get(other.article.id))!.entityIds).not.toContain(e.id);
    // By an alias, case and accents aside: "VOLTIQ sas".
    const v = await addUserEntity(db, { name: 'Voltiq', type: 'company', aliases: ['VOLTIQ sas'] });
    expect(await linkPastMentions(db, v)).toBe(2);
    db.close();
  });

  test('an imported article with malformed unknown names is refused, naming the field', async () => {
    const db = await open();
    const { article } = await saveArticle(db, input('https://news.test/a'));
    const file = await exportStore(db);
    const bad = { ...file, articles: [{ ...article, id: 'other', canonicalUrl: 'https://news.test/z', url: 'https://news.test/z', fingerprint: 'x', unknownNames: [{ name: '', type: 'planet', count: 0 }] }] };
    const target = await open();
    const r = await importExport(target, JSON.stringify(bad)).catch((err: unknown) => err);
    expect(JSON.stringify(r, Object.getOwnPropertyNames(r))).toMatch(/unknownNames/);
    expect(await target.articles.count()).toBe(0);
    target.close();
    db.close();
  });
});
