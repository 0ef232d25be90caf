/**
 * npm run bench:popup — the popup's Collection view with 100 articles (1,000 deals) and with 10,000
 * articles (100,000 deals), in Debian's Chromium with dist/chrome loaded. Each size has its own
 * profile, filled once in the extension's origin (bench/popup-fill.ts), after which the browser
 * is restarted and left until it is idle (a freshly written IndexedDB compacts for a while, and a
 * reader's store would long have done so); then, in rounds that alternate the two sizes, a fresh
 * tab opens popup.html#collection and, as soon as the view is ready, types "alibaba" into its
 * search box. Measured from the popup's own user timing:
 *  - ready: the `deallens:collection-ready` mark (first rows painted), from navigation start;
 *  - search: the `deallens:search` measure (input event → results painted);
 *  - to results: the search measure's end, from navigation start (open → results on screen).
 * The search measure includes the view's 120 ms debounce; the table also gives what is left after it.
 * Baseline: the 100-article store, in the same rounds. Aim: 10,000 within 2x of 100.
 * To explain the figures, the store reads the view makes are also timed alone, in the same browsers.
 *
 * `tsx bench/popup.bench.ts --fill-only` fills both stores and checks them, without the popup;
 * `--quick` checks the bench itself: 100 and 1,000 articles, 3 rounds (the big store takes minutes to fill).
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type BrowserContext } from 'playwright-core';
import { ARGS, CHROMIUM, EXTENSION } from '../test/e2e/harness/chromium-launch';
import type { CheckResult, FillInput, FillResult, ReadsResult } from './popup-fill';
import { seedTexts, syntheticNames } from './support';

const QUERY = 'alibaba';
const QUICK = process.argv.includes('--quick');
const ROUNDS = QUICK ? 3 : 7;
const SIZES = [
  { articles: 100, deals: 1_000 },
  QUICK ? { articles: 1_000, deals: 10_000 } : { articles: 10_000, deals: 100_000 },
];
const TIMEOUT_MS = 60_000;
/** CollectionView waits this long after the last keystroke before it searches (its debounce). */
const DEBOUNCE_MS = 120;

interface Run {
  /** The page's DOMContentLoaded end, ms from navigation start: its scripts ran, before any store read. */
  loaded: number;
  /** deallens:collection-ready, ms from navigation start. */
  ready: number;
  /** deallens:search duration: input event → results painted. */
  search: number;
  /** deallens:search end, ms from navigation start. */
  toResults: number;
  /** From the ready mark to the input event: the driver typing. */
  typing: number;
  rowsAtReady: number;
  rowsAfterSearch: number;
  results: number;
}

interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profile: string;
  /** Closes the browser; the profile is deleted unless `keepProfile`. */
  close: (keepProfile?: boolean) => Promise<void>;
}

/**
 * Chromium with a copy of dist/chrome, taken once per run: a build started meanwhile (another
 * session's e2e run, say) must not change the extension under a half-hour benchmark.
 */
async function launch(extension: string, profile = mkdtempSync(join(tmpdir(), 'deallens-bench-popup-'))): Promise<ExtensionBrowser> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    profile,
    close: async (keepProfile = false) => {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** CPU time (clock ticks) used so far by the processes of the browser running on `profile` (Linux /proc). */
function cpuTicks(profile: string): { ticks: number; processes: number } {
  let ticks = 0;
  let processes = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profile)) continue;
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(f[11]) + Number(f[12]);
      processes++;
    } catch {
      // The process ended meanwhile.
    }
  }
  return { ticks, processes };
}

/** Waits until the browser uses under 10% of a CPU for three 2-second windows in a row (at most `cap` ms); returns the wait. */
async function settle(profile: string, cap = 300_000): Promise<number> {
  const t0 = Date.now();
  let quiet = 0;
  let last = cpuTicks(profile).ticks;
  while (quiet < 3 && Date.now() - t0 < cap) {
    await new Promise((r) => setTimeout(r, 2000));
    const now = cpuTicks(profile).ticks;
    quiet = now - last < 0.1 * 2 * 100 ? quiet + 1 : 0;
    last = now;
  }
  return Date.now() - t0;
}

interface Store {
  size: (typeof SIZES)[number];
  ext: ExtensionBrowser;
  fill: FillResult;
  check: CheckResult;
  /** How long the restarted browser took to become idle. */
  settled: number;
  reads?: ReadsResult;
  runs: Run[];
}

/** An extension page with no script of its own (the manifest, as a document): the origin's IndexedDB, and nothing else reading it. */
const plainPage = (ext: ExtensionBrowser) => `chrome-extension://${ext.extensionId}/manifest.json`;

async function fillStore(size: (typeof SIZES)[number], extension: string, bundle: string, texts: string[], names: string[]): Promise<Store> {
  const first = await launch(extension);
  const page = await first.context.newPage();
  await page.goto(plainPage(first));
  await page.evaluate(bundle);
  const input: FillInput = { ...size, texts, names };
  const fill = (await page.evaluate((i) => (globalThis as unknown as { __fill: (i: FillInput) => Promise<FillResult> }).__fill(i), input)) as FillResult;
  const check = (await page.evaluate((q) => (globalThis as unknown as { __check: (q: string) => Promise<CheckResult> }).__check(q), QUERY)) as CheckResult;
  await first.close(true);
  const ext = await launch(extension, first.profile);
  const settled = await settle(ext.profile);
  return { size, ext, fill, check, settled, runs: [] };
}

async function storeReads(ext: ExtensionBrowser, bundle: string): Promise<ReadsResult> {
  const page = await ext.context.newPage();
  await page.goto(plainPage(ext));
  await page.evaluate(bundle);
  const r = (await page.evaluate((q) => (globalThis as unknown as { __reads: (q: string) => Promise<ReadsResult> }).__reads(q), QUERY)) as ReadsResult;
  await page.close();
  return r;
}

/** One fresh popup: open popup.html#collection, type the query once the view is ready, read the timings. */
async function openOnce(context: BrowserContext, extensionId: string): Promise<Run> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 600 });
  // The rows on screen when the view says it is ready (read in the page, before anything is typed).
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('deallens:collection-ready').length) {
        (globalThis as unknown as { __rowsAtReady: number }).__rowsAtReady = document.querySelectorAll('[data-article]').length;
      }
    }).observe({ type: 'mark' });
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html#collection`, { waitUntil: 'commit' });
  await page.waitForSelector('[data-view="collection"][data-ready="true"]', { timeout: TIMEOUT_MS });
  await page.fill('#collection-search', QUERY);
  await page.waitForSelector(`[data-view="collection"][data-query="${QUERY}"]`, { timeout: TIMEOUT_MS });
  const run = await page.evaluate((query) => {
    const ready = performance.getEntriesByName('deallens:collection-ready')[0];
    const search = (performance.getEntriesByName('deallens:search') as PerformanceMeasure[]).filter((m) => (m.detail as { query?: string } | null)?.query === query).pop();
    if (!ready || !search) throw new Error(`missing user timing: collection-ready ${Boolean(ready)}, search ${Boolean(search)}`);
    const view = document.querySelector('[data-view="collection"]')!;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      loaded: nav.domContentLoadedEventEnd,
      ready: ready.startTime,
      search: search.duration,
      toResults: search.startTime + search.duration,
      typing: search.startTime - ready.startTime,
      rowsAtReady: (globalThis as unknown as { __rowsAtReady?: number }).__rowsAtReady ?? -1,
      rowsAfterSearch: document.querySelectorAll('[data-article]').length,
      results: Number(view.getAttribute('data-results')),
    };
  }, QUERY);
  await page.close();
  return run;
}

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (x: number) => `${x.toFixed(1)} ms`;
const n = (x: number) => x.toLocaleString('en');

async function main(): Promise<void> {
  const fillOnly = process.argv.includes('--fill-only');
  if (!CHROMIUM) throw new Error('Chromium not found: install Debian’s chromium (apt-get install -y chromium)');
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('dist/chrome is missing: run npm run build first');
  const extension = mkdtempSync(join(tmpdir(), 'deallens-bench-ext-'));
  cpSync(EXTENSION, extension, { recursive: true });
  const bundle = (await build({ entryPoints: ['bench/popup-fill.ts'], bundle: true, format: 'iife', write: false, target: 'chrome120', logLevel: 'warning' })).outputFiles[0].text;
  const texts = seedTexts().map((s) => s.text);
  const names = syntheticNames(3_000, 17);
  const stores: Store[] = [];
  try {
    for (const size of SIZES) {
      const s = await fillStore(size, extension, bundle, texts, names);
      stores.push(s);
      const c = s.fill.chunkMs;
      console.error(
        `filled ${n(s.fill.articles)} articles, ${n(s.fill.deals)} deals, ${n(s.fill.links)} link rows, ${n(s.fill.terms)} term rows in ${(s.fill.ms / 1000).toFixed(1)} s ` +
          `(deals ${(s.fill.dealsMs / 1000).toFixed(1)} s; ${c.length} chunks of 250 articles, first ${(c[0] / 1000).toFixed(1)} s, median ${(mid(c) / 1000).toFixed(1)} s, last ${(c[c.length - 1] / 1000).toFixed(1)} s; kbVersion ${String(s.fill.kbVersion)}); "${QUERY}": ${n(s.check.hits)} articles; restarted, idle after ${(s.settled / 1000).toFixed(0)} s (${cpuTicks(s.ext.profile).processes} browser processes watched)`,
      );
    }
    if (fillOnly) return;
    // One unmeasured open per store, then rounds that alternate the sizes (and their order).
    for (const s of stores) await openOnce(s.ext.context, s.ext.extensionId);
    const ratios = { loaded: [] as number[], ready: [] as number[], search: [] as number[], work: [] as number[], toResults: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...stores].reverse() : stores;
      for (const s of order) s.runs.push(await openOnce(s.ext.context, s.ext.extensionId));
      const [small, big] = stores.map((s) => s.runs[round]);
      for (const k of ['loaded', 'ready', 'search', 'toResults'] as const) ratios[k].push(big[k] / small[k]);
      ratios.work.push((big.search - DEBOUNCE_MS) / (small.search - DEBOUNCE_MS));
      console.error(`round ${round + 1}: ${stores.map((s) => `${n(s.size.articles)}: loaded ${ms(s.runs[round].loaded)}, ready ${ms(s.runs[round].ready)}, search ${ms(s.runs[round].search)}, to results ${ms(s.runs[round].toResults)} (typing ${ms(s.runs[round].typing)}; ${s.runs[round].rowsAtReady} rows at ready, ${s.runs[round].rowsAfterSearch} after search, ${s.runs[round].results} results)`).join(' | ')}`);
    }
    console.log(`\nChromium, ${new Date().toISOString().slice(0, 10)}, median of ${ROUNDS} fresh opens per size\n`);
    console.log(`| store | popup.html#collection → DOMContentLoaded | popup.html#collection → collection ready (first rows painted) | search "${QUERY}": input → results painted | of which after the ${DEBOUNCE_MS} ms debounce | popup.html#collection → "${QUERY}" results painted | results (expected: searchArticleIds) | rows painted, at ready / after search |`);
    console.log('|---|---|---|---|---|---|---|---|');
    for (const s of stores) {
      const r = s.runs;
      const res = [...new Set(r.map((x) => x.results))].join(', ');
      console.log(`| ${n(s.size.articles)} articles, ${n(s.fill.deals)} deals (${n(s.fill.terms)} term rows; filled in ${(s.fill.ms / 1000).toFixed(1)} s) | ${ms(mid(r.map((x) => x.loaded)))} | ${ms(mid(r.map((x) => x.ready)))} | ${ms(mid(r.map((x) => x.search)))} | ${ms(mid(r.map((x) => x.search - DEBOUNCE_MS)))} | ${ms(mid(r.map((x) => x.toResults)))} | ${res} (${n(s.check.hits)}) | ${mid(r.map((x) => x.rowsAtReady))} / ${mid(r.map((x) => x.rowsAfterSearch))} |`);
    }
    console.log(`| ${n(SIZES[1].articles)} / ${n(SIZES[0].articles)} (aim: within 2x; median of per-round ratios) | ${mid(ratios.loaded).toFixed(2)}x | ${mid(ratios.ready).toFixed(2)}x | ${mid(ratios.search).toFixed(2)}x | ${mid(ratios.work).toFixed(2)}x | ${mid(ratios.toResults).toFixed(2)}x | | |`);
    for (const s of stores) s.reads = await storeReads(s.ext, bundle);
    console.log(`\nThe store reads the view makes, each alone, in an extension page of the same browsers (median of 5):\n`);
    console.log(`| store | open the store | every article id by saved date (orderedArticleIds) | ids matching "${QUERY}" (filteredArticleIds) | sites and languages (collectionFacets) | all entities (the directory) |`);
    console.log('|---|---|---|---|---|---|');
    for (const s of stores) {
      const r = s.reads!;
      console.log(`| ${n(s.size.articles)} articles | ${ms(r.open)} | ${ms(r.ordered)} | ${ms(r.search)} | ${ms(r.facets)} | ${ms(r.entities)} |`);
    }
    const [a, b] = stores.map((s) => s.reads!);
    console.log(`| ${n(SIZES[1].articles)} / ${n(SIZES[0].articles)} | ${(b.open / a.open).toFixed(2)}x | ${(b.ordered / a.ordered).toFixed(2)}x | ${(b.search / a.search).toFixed(2)}x | ${(b.facets / a.facets).toFixed(2)}x | ${(b.entities / a.entities).toFixed(2)}x |`);
    console.log(`\nTyping (from the ready mark to the input event, the driver's round trip): median ${stores.map((s) => `${ms(mid(s.runs.map((x) => x.typing)))} at ${n(s.size.articles)}`).join(', ')}.`);
  } finally {
    for (const s of stores) await s.ext.close();
    rmSync(extension, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
