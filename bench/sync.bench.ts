/**
 * npm run bench:sync — the team collection (issue 15), in Debian's Chromium with dist/chrome loaded,
 * against a CouchDB-protocol server on loopback (test/support/couch-server.ts):
 *  - a fresh profile joining a team database of N articles and M deals (10,000 and 100,000; smaller
 *    with BENCH_SYNC_ARTICLES / BENCH_SYNC_DEALS): the time from its settings being set to the first
 *    article in its open Collection view, and to every record in its store; the popup's long tasks
 *    (PerformanceObserver) meanwhile;
 *  - baseline, in the same run: the same collection loaded by the JSON import into a fresh store, in
 *    a page of the same browser's real IndexedDB (bench/sync-import-page.ts);
 *  - one article saved in one profile reaching another, both in step: median of 20.
 */
import { launchWithExtension, type ExtensionBrowser } from '../test/e2e/harness/chromium-launch';
import { startCouch } from '../test/support/couch-server';
import { articlesFile } from '../test/e2e/export-files';
import { designDoc, DESIGN_DOC_ID } from '../src/core/team/design-doc';
import { KB_VERSION, kbEntities } from '../src/core/kb';
import { partyKeyOf, type DealRecord } from '../src/store/schema';
import { checkRecord } from '../src/store/records/check-record';
import { openBenchPage } from './bench-page';

const ARTICLES = Number(process.env.BENCH_SYNC_ARTICLES ?? 10_000);
const DEALS = Number(process.env.BENCH_SYNC_DEALS ?? 100_000);
const LATENCY_ROUNDS = 20;
const TIMEOUT_MS = 60 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function dealsOf(n: number, articles: number): DealRecord[] {
  const orgs = kbEntities.filter((e) => e.type !== 'person').map((e) => e.id);
  return Array.from({ length: n }, (_, i) => {
    const parties = { investors: [orgs[i % orgs.length]], targets: [orgs[(i * 7 + 3) % orgs.length]] };
    const partyIds = [...new Set([...parties.investors, ...parties.targets])];
    return {
      id: `team-deal-${i}`,
      type: 'investment',
      parties,
      partyIds,
      partyKey: partyKeyOf(partyIds),
      amount: { value: 1e6 * (1 + (i % 250)), currency: 'EUR' },
      date: `${2012 + (i % 14)}-${String(1 + (i % 12)).padStart(2, '0')}`,
      summary: `Generated deal ${i}`,
      sources: [{ articleId: `article-team-${i % articles}`, url: `https://team.test/articles/${i % articles}`, title: `Article team ${i % articles}` }],
      status: 'confirmed',
      updatedAt: 1_750_000_000_000 + i,
    };
  });
}

/** The store's counts, read in the extension's worker with plain IndexedDB. */
async function counts(b: ExtensionBrowser): Promise<{ articles: number; deals: number }> {
  return b.worker.evaluate(
    () =>
      new Promise<{ articles: number; deals: number }>((resolve, reject) => {
        const open = indexedDB.open('deallens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['articles', 'deals']);
          const a = tx.objectStore('articles').count();
          const d = tx.objectStore('deals').index('status').count('confirmed');
          tx.oncomplete = () => {
            db.close();
            resolve({ articles: a.result, deals: d.result });
          };
        };
      }),
  );
}

const setSync = (b: ExtensionBrowser, s: object) => b.worker.evaluate((x) => chrome.storage.local.set({ sync: x }), s);

async function main(): Promise<void> {
  const articles = articlesFile(ARTICLES, 'team').articles;
  const deals = dealsOf(DEALS, ARTICLES);
  for (const d of deals.slice(0, 10)) if (!checkRecord('deals', d).ok) throw new Error(`a generated deal fails its schema: ${JSON.stringify(checkRecord('deals', d))}`);
  const raw = JSON.stringify({ format: 'deallens-export', version: 2, exportedAt: new Date().toISOString(), kbVersion: KB_VERSION, entities: [], deals, articles });

  const couch = await startCouch();
  await couch.addUser('ann', 'ann-secret');
  await couch.addUser('bob', 'bob-secret');
  const url = await couch.createDatabase('bench', ['ann', 'bob']);
  await couch.asAdmin(`bench/${DESIGN_DOC_ID}`, { method: 'PUT', body: JSON.stringify(designDoc) });
  const docs = [...articles.map((record) => ({ _id: `article:${record.id}`, kind: 'article', record })), ...deals.map((record) => ({ _id: `deal:${record.id}`, kind: 'deal', record }))];
  const auth = `Basic ${Buffer.from('ann:ann-secret').toString('base64')}`;
  const t0 = Date.now();
  for (let i = 0; i < docs.length; i += 2000) {
    const r = await fetch(`${url}/_bulk_docs`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: auth }, body: JSON.stringify({ docs: docs.slice(i, i + 2000).map((d) => ({ ...d, changedBy: 'ann', changedAt: Date.now() })) }) });
    if (!r.ok) throw new Error(`filling the team database: ${r.status} ${await r.text()}`);
  }
  process.stderr.write(`team database filled: ${articles.length} articles, ${deals.length} deals, ${(raw.length / 1e6).toFixed(1)} MB as an export, in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);

  // Baseline: the JSON import of the same collection, same browser build, real IndexedDB.
  const bench = await openBenchPage('bench/sync-import-page.ts', 'sync-import');
  bench.server.routes.set('/team-export.json', raw);
  const imported = (await bench.page.evaluate((p) => (window as unknown as { __importOnce: (p: string) => Promise<{ ms: number; articles: number; deals: number }> }).__importOnce(p), '/team-export.json')) as { ms: number; articles: number; deals: number };
  await bench.close();
  process.stderr.write(`import: ${(imported.ms / 1000).toFixed(1)} s\n`);

  // A fresh profile joins.
  const b = await launchWithExtension();
  const popup = await b.context.newPage();
  await popup.goto(`chrome-extension://${b.extensionId}/popup.html?full#collection`);
  await popup.evaluate(() => {
    const w = window as unknown as { __long: number[]; __lastLong: number };
    w.__long = [];
    w.__lastLong = performance.now();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__long.push(e.duration);
        w.__lastLong = performance.now();
      }
    }).observe({ type: 'longtask' });
  });
  // The popup's own opening (a fresh profile's first store open fills the knowledge base) is not the join's: counted from when it has settled (2 s without a long task).
  await popup.locator('[data-view="collection"]').waitFor();
  await popup.waitForFunction(() => performance.now() - (window as unknown as { __lastLong: number }).__lastLong > 2000, undefined, { timeout: 30_000 });
  await popup.evaluate(() => void ((window as unknown as { __long: number[] }).__long = []));
  const start = Date.now();
  await setSync(b, { enabled: true, url, username: 'bob', password: 'bob-secret' });
  let firstView = 0;
  let full = 0;
  for (;;) {
    if (!firstView && (await popup.locator('[data-article]').count()) > 0) firstView = Date.now() - start;
    const c = await counts(b);
    if (c.articles >= ARTICLES && c.deals >= DEALS) {
      full = Date.now() - start;
      break;
    }
    if (Date.now() - start > TIMEOUT_MS) throw new Error(`not fully replicated after ${TIMEOUT_MS / 60_000} min: ${JSON.stringify(c)}`);
    await sleep(250);
  }
  if (!firstView) firstView = full;
  const long = (await popup.evaluate(() => (window as unknown as { __long: number[] }).__long)) as number[];
  process.stderr.write(`joined: first article shown ${firstView} ms, fully replicated ${full} ms\n`);

  // One saved article from A to B, both in step: A writes it into its store (as the store does) and says so.
  const a = await launchWithExtension();
  await setSync(a, { enabled: true, url, username: 'ann', password: 'ann-secret' });
  for (;;) {
    const c = await counts(a);
    if (c.articles >= ARTICLES && c.deals >= DEALS) break;
    await sleep(1000);
  }
  const aPage = await a.context.newPage();
  await aPage.goto(`chrome-extension://${a.extensionId}/popup.html?full#collection`);
  const template = articlesFile(1, 'latency').articles[0];
  const latencies: number[] = [];
  for (let i = 0; i < LATENCY_ROUNDS; i++) {
    const record = { ...template, id: `article-latency-${i}`, canonicalUrl: `https://latency.test/${i}`, url: `https://latency.test/${i}`, title: `Latency ${i}` };
    const t = Date.now();
    await aPage.evaluate(
      (rec) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('deallens');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            // As the store writes (src/store/team/team-dirty.ts): the record and its mark in one transaction.
            const tx = db.transaction(['articles', 'teamDirty'], 'readwrite');
            tx.objectStore('articles').put(rec);
            tx.objectStore('teamDirty').put({ key: `article:${rec.id}`, mark: `bench.${Date.now()}` });
            tx.oncomplete = () => {
              db.close();
              void chrome.runtime.sendMessage({ type: 'team-nudge', payload: {} }).then(() => resolve());
            };
          };
        }),
      record,
    );
    for (;;) {
      const there = await b.worker.evaluate(
        (id) =>
          new Promise<boolean>((resolve) => {
            const open = indexedDB.open('deallens');
            open.onsuccess = () => {
              const db = open.result;
              const r = db.transaction('articles').objectStore('articles').getKey(id);
              r.onsuccess = () => {
                db.close();
                resolve(r.result !== undefined);
              };
            };
          }),
        record.id,
      );
      if (there) break;
      if (Date.now() - t > 120_000) throw new Error(`article ${i} did not arrive`);
      await sleep(20);
    }
    latencies.push(Date.now() - t);
  }
  await a.close();
  await b.close();
  await couch.close();

  console.log(`Chromium, ${new Date().toISOString().slice(0, 10)}; a team database of ${ARTICLES.toLocaleString('en')} articles and ${DEALS.toLocaleString('en')} deals (${(raw.length / 1e6).toFixed(1)} MB as an export) on pouchdb-server 4.2 (leveldb) on loopback\n`);
  console.log('| measure | time | against the JSON import of the same collection |\n|---|---|---|');
  console.log(`| JSON import into a fresh store (baseline) | ${(imported.ms / 1000).toFixed(1)} s | 1.00x |`);
  console.log(`| a fresh profile joining: the first article in its open Collection view | ${(firstView / 1000).toFixed(1)} s | ${(firstView / imported.ms).toFixed(2)}x |`);
  console.log(`| a fresh profile joining: every record in its store | ${(full / 1000).toFixed(1)} s | ${(full / imported.ms).toFixed(2)}x |`);
  console.log(`| the popup's tasks over 50 ms while it joined | ${long.filter((d) => d > 50).length} (longest ${Math.max(0, ...long).toFixed(0)} ms) | |`);
  console.log(`| one article saved in one profile, in the other's store (median of ${LATENCY_ROUNDS}) | ${median(latencies)} ms (min ${Math.min(...latencies)}, max ${Math.max(...latencies)}) | |`);
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
