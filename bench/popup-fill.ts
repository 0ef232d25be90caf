/**
 * The popup benchmark's filler: runs in the extension's origin (evaluated by bench/popup.bench.ts in
 * an extension page, through the DevTools protocol), on the store the popup opens (DB_NAME). Fills it
 * with the knowledge base, generated deals and articles made from the five seed texts (each analysed
 * once), with their link and full-text rows, as saving would leave them. Exposed as globalThis.__fill
 * and globalThis.__check.
 */
import { rng } from './rng';
import { analyse } from '../src/core/analyse';
import { kbEntities } from '../src/core/kb';
import { textFingerprint } from '../src/core/text/char-class';
import { collectionFacets, filteredArticleIds, orderedArticleIds, searchArticleIds } from '../src/store/article-search';
import { syncKnowledgeBase } from '../src/store/kb-sync';
import { DealLensDB, partyKeyOf, reindex, relink, type ArticleRecord, type DealRecord, type DealStatus } from '../src/store/schema';

export interface FillInput {
  articles: number;
  deals: number;
  /** The seed texts, in file order (000 to 004). */
  texts: string[];
  /** Made-up company names, for titles and a generated paragraph per article (words of its own). */
  names: string[];
}

export interface FillResult {
  ms: number;
  /** Writing the deals (with their link rows). */
  dealsMs: number;
  /** Writing each chunk of 250 articles (with their link and term rows). */
  chunkMs: number[];
  articles: number;
  deals: number;
  links: number;
  terms: number;
  kbVersion: unknown;
}

export interface CheckResult {
  /** searchArticleIds(query).size: what the collection should show for the query. */
  hits: number;
  articles: number;
}

const orgs = kbEntities.filter((e) => e.type !== 'person').map((e) => e.id);
const SITES = ['auto-infos.example', 'mobilite-hebdo.example', 'journal-vc.example', 'usine-auto.example', 'tech-eco.example', 'autovak.example', 'les-echos-auto.example', 'flotte-pro.example', 'start-up-mag.example', 'nieuwsmobiliteit.example', 'capital-risque.example', 'la-route.example'];
const DEAL_TYPES = ['investment', 'acquisition', 'partnership', 'fund'] as const;
const STATUSES: DealStatus[] = ['proposed', 'proposed', 'confirmed', 'dismissed'];
/**
 * Which seed each article is made from, by its index mod 10: seeds 002 and 003 (the two that name
 * Alibaba) once in ten each, so one article in five mentions Alibaba.
 */
const SEED_OF = [0, 1, 4, 0, 1, 4, 0, 1, 2, 3];
const CITIES = ['Paris', 'Lyon', 'Amsterdam', 'Munich', 'Shanghai', 'Detroit', 'Turin', 'Barcelone', 'Stuttgart', 'Göteborg', 'Nagoya', 'Séoul'];

/** A seed's title: its first line that reads like one (the seeds start with page furniture). */
function titleOf(text: string): string {
  const line = text.split('\n').find((l) => l.trim().length >= 30 && l.trim().length <= 140) ?? text.slice(0, 100);
  return line.trim().replace(/^date \d{4}-\d{2}\s*/, '');
}

function dealsOf(count: number, articles: number): DealRecord[] {
  const r = rng(count);
  const pick = () => orgs[Math.floor(r() * orgs.length)];
  const out: DealRecord[] = [];
  for (let i = 0; i < count; i++) {
    const parties = { investors: [pick()], targets: [pick()] };
    const partyIds = [...new Set([...parties.investors, ...parties.targets])];
    const month = String(1 + (i % 12)).padStart(2, '0');
    out.push({
      id: `bench-deal-${i}`,
      type: DEAL_TYPES[i % DEAL_TYPES.length],
      parties,
      partyIds,
      partyKey: partyKeyOf(partyIds),
      amount: { value: 1e6 * (1 + (i % 250)), currency: i % 3 ? 'EUR' : 'USD' },
      date: `${2012 + (i % 14)}-${month}`,
      summary: `Generated deal ${i}`,
      sources: [{ articleId: `bench-article-${i % articles}`, url: `https://bench.example/${i % articles}` }],
      status: STATUSES[i % STATUSES.length],
      updatedAt: 1_750_000_000_000 + i,
    });
  }
  return out;
}

function articlesOf(input: FillInput): ArticleRecord[] {
  const { articles, deals, texts, names } = input;
  const r = rng(articles + 7);
  const seeds = texts.map((text) => {
    const a = analyse(text, { deals: false });
    const counts = new Map<string, number>();
    for (const m of a.entities) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
    return {
      text,
      title: titleOf(text),
      lang: a.lang,
      entities: [...counts].map(([id, count]) => ({ id, count })),
      amounts: a.amounts.map((x) => ({ text: x.text, value: x.value, currency: x.currency, qualifier: x.qualifier })),
    };
  });
  const name = () => names[Math.floor(r() * names.length)];
  const out: ArticleRecord[] = [];
  for (let i = 0; i < articles; i++) {
    const s = seeds[SEED_OF[i % SEED_OF.length]];
    const [a, b, c] = [name(), name(), name()];
    const city = CITIES[Math.floor(r() * CITIES.length)];
    // A paragraph of the article's own: other names, so the index holds more than the seeds' words.
    const extra =
      s.lang === 'nl'
        ? `\n\nVolgens ${a} werken ${b} en ${c} samen aan een nieuw project in ${city}, artikel ${i}.`
        : `\n\nSelon ${a}, ${b} et ${c} travaillent ensemble sur un nouveau projet à ${city}, article ${i}.`;
    const text = s.text + extra;
    const site = SITES[i % SITES.length];
    const year = 2015 + (i % 12);
    const published = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const entities = s.entities;
    const dealIds: string[] = [];
    for (let d = i; d < deals; d += articles) dealIds.push(`bench-deal-${d}`);
    out.push({
      id: `bench-article-${i}`,
      url: `https://${site}/${year}/${i}-article?utm_source=bench`,
      canonicalUrl: `https://${site}/${year}/${i}-article`,
      title: `${s.title} — ${a}`,
      site,
      lang: s.lang,
      published,
      savedAt: 1_750_000_000_000 + i * 3_600_000,
      text,
      fingerprint: textFingerprint(text),
      entities,
      entityIds: entities.map((e) => e.id),
      amounts: s.amounts,
      dealIds: dealIds.slice(0, 12),
      notes: i % 7 === 0 ? `Note ${i}` : '',
      tags: i % 4 === 0 ? ['bench', SITES[i % SITES.length].split('.')[0]] : [],
    });
  }
  return out;
}

async function fill(input: FillInput): Promise<FillResult> {
  const t0 = performance.now();
  const db = new DealLensDB();
  await db.open();
  // The background syncs on install too; this one is idempotent (it waits on the same tables).
  await syncKnowledgeBase(db);
  const deals = dealsOf(input.deals, input.articles);
  const t1 = performance.now();
  for (let i = 0; i < deals.length; i += 5000) {
    const chunk = deals.slice(i, i + 5000);
    await db.transaction('rw', [db.deals, db.links], async () => {
      await db.deals.bulkPut(chunk);
      await relink(db, chunk, []);
    });
  }
  const dealsMs = performance.now() - t1;
  const articles = articlesOf(input);
  const chunkMs: number[] = [];
  for (let i = 0; i < articles.length; i += 250) {
    const chunk = articles.slice(i, i + 250);
    const t2 = performance.now();
    await db.transaction('rw', [db.articles, db.links, db.terms, db.termBatches], async () => {
      await db.articles.bulkPut(chunk);
      await relink(db, [], chunk);
      await reindex(db, chunk);
    });
    chunkMs.push(performance.now() - t2);
  }
  const [a, d, l, t, kb] = await Promise.all([db.articles.count(), db.deals.count(), db.links.count(), db.terms.count(), db.meta.get('kbVersion')]);
  db.close();
  return { ms: performance.now() - t0, dealsMs, chunkMs, articles: a, deals: d, links: l, terms: t, kbVersion: kb?.value };
}

async function check(query: string): Promise<CheckResult> {
  const db = new DealLensDB();
  await db.open();
  const hits = (await searchArticleIds(db, query))?.size ?? 0;
  const articles = await db.articles.count();
  db.close();
  return { hits, articles };
}

/** Median time of `fn` over `runs` runs, after one unmeasured. */
async function time(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  return t.sort((a, b) => a - b)[runs >> 1];
}

export interface ReadsResult {
  open: number;
  ordered: number;
  search: number;
  facets: number;
  entities: number;
}

/** The store reads the Collection view makes when it opens and when it searches, each timed alone. */
async function reads(query: string): Promise<ReadsResult> {
  const open = await time(async () => {
    const d = new DealLensDB();
    await d.open();
    await d.meta.get('kbVersion');
    d.close();
  });
  const db = new DealLensDB();
  await db.open();
  const out = {
    open,
    ordered: await time(() => orderedArticleIds(db, 'saved')),
    search: await time(() => filteredArticleIds(db, { query })),
    facets: await time(() => collectionFacets(db)),
    entities: await time(() => db.entities.toArray()),
  };
  db.close();
  return out;
}

Object.assign(globalThis, { __fill: fill, __check: check, __reads: reads });
