/**
 * The store benchmark's page side: runs in Chromium, on its real IndexedDB. Bundled by
 * bench/store.bench.ts and driven by it; results come back through window.__bench.
 */
import { rng } from './rng';
import { analyse } from '../src/core/analyse';
import { kbEntities } from '../src/core/kb';
import { syncKnowledgeBase } from '../src/store/kb-sync';
import { articlesMentioning, dealsOf, newestLinked } from '../src/store/queries';
import { saveArticle } from '../src/store/save-article';
import { DealLensDB, partyKeyOf, relink, type ArticleRecord, type DealRecord } from '../src/store/schema';

const ids = kbEntities.filter((e) => e.type !== 'person').map((e) => e.id);

async function filled(deals: number, articles: number): Promise<DealLensDB> {
  const db = new DealLensDB(`bench-${deals}`);
  await db.delete();
  await db.open();
  await syncKnowledgeBase(db);
  const r = rng(deals);
  const pick = () => ids[Math.floor(r() * ids.length)];
  let batch: DealRecord[] = [];
  for (let i = 0; i < deals; i++) {
    const parties = { investors: [pick()], targets: [pick()] };
    const partyIds = [...new Set([...parties.investors, ...parties.targets])];
    batch.push({ id: `bench-deal-${i}`, type: 'investment', parties, partyIds, partyKey: partyKeyOf(partyIds), amount: { value: 1e6 * (1 + (i % 100)), currency: 'EUR' }, date: `20${10 + (i % 15)}-0${1 + (i % 9)}`, summary: 'generated', sources: [{ articleId: `bench-article-${i % articles}` }], status: 'proposed', updatedAt: i });
    if (batch.length === 5000) {
      await putDeals(db, batch);
      batch = [];
    }
  }
  await putDeals(db, batch);
  let arts: ArticleRecord[] = [];
  for (let i = 0; i < articles; i++) {
    const entityIds = [...new Set([pick(), pick(), pick(), pick()])];
    arts.push({ id: `bench-article-${i}`, url: `https://bench.test/${i}`, canonicalUrl: `https://bench.test/${i}`, title: `Article ${i}`, site: 'bench.test', lang: 'fr', savedAt: i, text: 'x'.repeat(2000), fingerprint: `fp-${i}`, entities: entityIds.map((id) => ({ id, count: 1 })), entityIds, amounts: [], dealIds: [], notes: '', tags: [] });
    if (arts.length === 2000) {
      await putArticles(db, arts);
      arts = [];
    }
  }
  await putArticles(db, arts);
  return db;
}

const putDeals = (db: DealLensDB, deals: DealRecord[]) =>
  db.transaction('rw', [db.deals, db.links], async () => {
    await db.deals.bulkPut(deals);
    await relink(db, deals, []);
  });
const putArticles = (db: DealLensDB, articles: ArticleRecord[]) =>
  db.transaction('rw', [db.articles, db.links], async () => {
    await db.articles.bulkPut(articles);
    await relink(db, [], articles);
  });

async function time(fn: () => Promise<unknown>, runs = 15): Promise<number> {
  for (let i = 0; i < 3; i++) await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  return t.sort((a, b) => a - b)[t.length >> 1];
}

async function run(texts: string[]): Promise<unknown> {
  const analyses = texts.map((text) => ({ text, a: analyse(text) }));
  const twenty = ids.slice(0, 20);
  const out: { deals: number; fill: number; save: number; fetch: number; found: number; page: number }[] = [];
  for (const deals of [1_000, 100_000]) {
    const t0 = performance.now();
    const db = await filled(deals, 10_000);
    const fill = performance.now() - t0;
    let k = 0;
    const save = await time(async () => {
      const { text, a } = analyses[k % analyses.length];
      const url = `https://bench.test/save/${deals}/${k++}`;
      await saveArticle(db, { url, canonicalUrl: url, title: 'T', site: 'bench.test', lang: a.lang, text: `${text}\n${url}`, entities: a.entities, amounts: a.amounts, deals: a.deals });
    });
    let found = 0;
    const fetch = await time(async () => {
      const [d, a] = await Promise.all([dealsOf(db, twenty), articlesMentioning(db, twenty)]);
      found = d.length + a.length;
    });
    const page = await time(() => newestLinked(db, twenty, 50));
    out.push({ deals, fill, save, fetch, found, page });
    db.close();
    await db.delete();
  }
  return out;
}

(window as unknown as { __runBench: typeof run }).__runBench = run;
