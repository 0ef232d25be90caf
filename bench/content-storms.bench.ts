/**
 * npm run bench:storms — pages that never stop changing. On a 200 KB article with about 1,500
 * highlights (bench/storm-page.ts), each storm runs for 10 s (a text node under <body> rewritten
 * every 10 ms, a class toggled on <body>, a style changed on <article>, the last two once
 * invisibly and once repainting the page, a paragraph appended), in Debian's Chromium: without
 * the extension (a plain Chromium); with as many highlights registered by the page itself and no
 * extension (the browser's own price of repainting them); with DealLens (dist/chrome); and with
 * DEALLENS_BENCH_BEFORE=DIR another build (an earlier commit's), in the same run. Over the 10 s:
 *  - main-thread busy time: the DevTools protocol's Performance.getMetrics TaskDuration;
 *  - DealLens's annotate passes (`deallens:annotate` measures) and the characters they read;
 *  - DealLens's own script time, from a traced extra run (CPU profiler samples with content.js
 *    on the stack, bench/content-trace.ts): what its code adds, apart from the browser's work;
 *  - flicker: the number of highlights, sampled between tasks, never below where it started (no
 *    storm removes text) and never 0.
 * Aim: DealLens adds at most 10% of main-thread time; no flicker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { ARGS, CHROMIUM, launchWithExtension } from '../test/e2e/harness/chromium-launch';
import { ROOT, servePages } from '../test/e2e/harness/server';
import { traceTasks } from './content-trace';
import { registerHighlights, STORMS, stormPage, type Storm } from './storm-page';

const BEFORE = process.env.DEALLENS_BENCH_BEFORE;
const STORM_MS = 10_000;
const ROUNDS = Number(process.env.DEALLENS_BENCH_ROUNDS ?? 1);

interface Result {
  busy: number;
  passes: number;
  chars: number;
  start: number;
  min: number;
  end: number;
}

/**
 * Counts DealLens's highlights between tasks (every 5 ms), from now on: a drop that lasts past
 * one task would reach the screen. Not every animation frame: a frame loop makes the browser
 * render every frame, and with highlights registered that alone costs a storm's whole price.
 * A string: the page runs it as written.
 */
const SAMPLE_HIGHLIGHTS = `(() => {
  window.__counts = [];
  const kinds = ['fund', 'company', 'accelerator', 'person', 'amount'];
  window.__sampler = setInterval(() => window.__counts.push(kinds.reduce((n, k) => n + (CSS.highlights.get('deallens-' + k)?.size ?? 0), 0)), 5);
})()`;

async function settled(page: Page, extension: boolean): Promise<void> {
  if (!extension) return page.waitForTimeout(3000);
  let last = -1;
  for (let stable = 0; stable < 6; ) {
    await page.waitForTimeout(250);
    const n = await page.evaluate(() => performance.getEntriesByName('deallens:annotate').length);
    stable = n > 0 && n === last ? stable + 1 : 0;
    last = n;
  }
}

const CSS_FILE = readFileSync(join(ROOT, 'src/content/content.css'), 'utf8');

async function run(page: Page, url: string, storm: Storm, extension: boolean, highlights = 0): Promise<Result> {
  await page.goto(url);
  await settled(page, extension);
  if (highlights) await page.evaluate(registerHighlights(CSS_FILE, highlights));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value;
  await page.evaluate(SAMPLE_HIGHLIGHTS);
  await page.waitForTimeout(200);
  const from = await page.evaluate(() => performance.now());
  const busy0 = await busy();
  await page.evaluate((script) => new Function(script)(), STORMS[storm]);
  await page.waitForTimeout(STORM_MS);
  await page.evaluate(() => [(window as unknown as { __storm: number }).__storm, (window as unknown as { __sampler: number }).__sampler].forEach(clearInterval));
  const busy1 = await busy();
  const r = await page.evaluate((from) => {
    const m = (performance.getEntriesByName('deallens:annotate', 'measure') as PerformanceMeasure[]).filter((x) => x.startTime >= from);
    const counts = (window as unknown as { __counts: number[] }).__counts;
    return { passes: m.length, chars: m.reduce((n, x) => n + (x.detail as { chars: number }).chars, 0), start: counts[0], min: Math.min(...counts), end: counts[counts.length - 1] };
  }, from);
  await cdp.detach();
  return { busy: busy1 - busy0, ...r };
}

/** The content script's own time during a storm, from a traced run. */
async function scriptTime(page: Page, url: string, storm: Storm): Promise<number> {
  await page.goto(url);
  await settled(page, true);
  const { script } = await traceTasks(page, async () => {
    await page.evaluate((source) => new Function(source)(), STORMS[storm]);
    await page.waitForTimeout(STORM_MS);
  });
  return script / 1000;
}

async function once(open: () => Promise<Page>, measure: (p: Page) => Promise<Result>): Promise<Result> {
  const page = await open();
  try {
    return await measure(page);
  } finally {
    await page.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const pick = (rs: Result[]): Result => {
  const mid = median(rs.map((r) => r.busy));
  return rs.find((r) => r.busy === mid)!;
};

async function main(): Promise<void> {
  const server = await servePages();
  server.routes.set('/storm.html', stormPage());
  const url = server.url('storm.html');
  const plain = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const now = await launchWithExtension();
  const before = BEFORE ? await launchWithExtension(undefined, BEFORE) : null;
  for (const b of [now, before]) if (b) while (!(await b.worker.evaluate(async () => 'kbOverlay' in (await chrome.storage.local.get('kbOverlay'))))) await new Promise((r) => setTimeout(r, 100));

  const rows: string[] = [];
  let painted = 1500;
  for (const storm of Object.keys(STORMS) as Storm[]) {
    const results: Record<'without' | 'control' | 'tenth' | 'before' | 'now', Result[]> = { without: [], control: [], tenth: [], before: [], now: [] };
    for (let round = 0; round < ROUNDS; round++) {
      // Alternated, so that a busy machine slows them all alike.
      results.without.push(await once(() => plain.newPage(), (p) => run(p, url, storm, false)));
      const n = await once(() => now.context.newPage(), (p) => run(p, url, storm, true));
      results.now.push(n);
      painted = n.start;
      results.control.push(await once(() => plain.newPage(), (p) => run(p, url, storm, false, painted)));
      results.tenth.push(await once(() => plain.newPage(), (p) => run(p, url, storm, false, Math.round(painted / 10))));
      if (before) results.before.push(await once(() => before.context.newPage(), (p) => run(p, url, storm, true)));
    }
    const traced = async (b: typeof now) => {
      const page = await b.context.newPage();
      try {
        return await scriptTime(page, url, storm);
      } finally {
        await page.close();
      }
    };
    const ownNow = await traced(now);
    const ownBefore = before ? await traced(before) : 0;
    const w = pick(results.without);
    const c = pick(results.control);
    const t = pick(results.tenth);
    const n = pick(results.now);
    const b = before ? pick(results.before) : null;
    const s = (x: number) => `${x.toFixed(2)} s`;
    const share = (r: Result, base: Result) => {
      const v = ((r.busy - base.busy) / (STORM_MS / 1000)) * 100;
      return `${v >= 0 ? '+' : ''}${v.toFixed(1)}%`;
    };
    const flicker = (r: Result) => `${r.start} → min ${r.min} → ${r.end}${r.min < r.start ? ' (dropped)' : ''}`;
    rows.push(
      `| ${storm} | ${s(w.busy)} | ${s(c.busy)} (${share(c, w)}) | ${s(t.busy)} (${share(t, w)}) | ${b ? `${s(b.busy)} (${share(b, w)}) | ` : ''}${s(n.busy)} (${share(n, w)}; ${share(n, c)} over the control) | ${b ? `${s(ownBefore)} | ` : ''}${s(ownNow)} (${((ownNow / (STORM_MS / 1000)) * 100).toFixed(1)}%) | ${b ? `${b.passes} / ${(b.chars / 1e6).toFixed(1)} M | ` : ''}${n.passes} / ${(n.chars / 1e6).toFixed(2)} M | ${b ? `${flicker(b)} | ` : ''}${flicker(n)} |`,
    );
    process.stdout.write(`${rows[rows.length - 1]}\n`);
  }
  await plain.close();
  await now.close();
  await before?.close();
  await server.close();
  console.log(`\nChromium, ${new Date().toISOString().slice(0, 10)}, ${STORM_MS / 1000} s per storm, median of ${ROUNDS} round(s)${BEFORE ? `; before: ${BEFORE}` : ''}\n`);
  const bh = (t: string) => (before ? `${t} | ` : '');
  const header = `| storm | main thread busy, no extension | the control: ${painted} highlights registered by the page, no extension | a tenth of them | ${bh('DealLens before')}DealLens now | ${bh("DealLens's own script, before")}DealLens's own script, now (share of 10 s) | ${bh('annotate passes / chars read, before')}passes / chars read, now | ${bh('highlights between tasks, before: start → min → end')}highlights between tasks, now |`;
  console.log(header);
  console.log(`|${'---|'.repeat(header.split('|').length - 2)}`);
  console.log(rows.join('\n'));
}

void main();
