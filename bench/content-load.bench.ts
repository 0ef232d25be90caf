/**
 * npm run bench:load — what DealLens costs a page as it loads, on generated pages with the
 * structures of real sites (bench/content-pages.ts), in Debian's Chromium with dist/chrome
 * loaded. Measured in the same run, page by page:
 *  - long tasks (PerformanceObserver `longtask`, 50 ms and over) without the extension (a plain
 *    Chromium), and with it; with DEALLENS_BENCH_BEFORE=DIR, also with another build (an earlier
 *    commit's dist/chrome), the same way;
 *  - from a DevTools trace of the same page: every task that ran the content script, the longest
 *    of them (however short) and the script's own time in it;
 *  - the `deallens:start` measure: from the script's first line to its first slice painted.
 * Aims: no task over 50 ms on any page, the median page's longest under 10 ms.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { ARGS, CHROMIUM, launchWithExtension, type ExtensionBrowser } from '../test/e2e/harness/chromium-launch';
import { servePages } from '../test/e2e/harness/server';
import { benchPages, type BenchPage } from './content-pages';
import { traceTasks, type TracedTask } from './content-trace';

const BEFORE = process.env.DEALLENS_BENCH_BEFORE;
const ONLY = process.env.DEALLENS_BENCH_ONLY?.split(',');

interface Visit {
  tasks: TracedTask[];
  long: number[];
  start: { duration: number; chars: number } | null;
  slices: number;
  chars: number;
  slowestSlice: number;
}

function observeLongTasks(): void {
  const w = window as unknown as { __long: number[] };
  w.__long = [];
  new PerformanceObserver((l) => w.__long.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
}

const measures = (page: Page) =>
  page.evaluate(() => {
    const a = performance.getEntriesByName('deallens:annotate', 'measure') as PerformanceMeasure[];
    const s = performance.getEntriesByName('deallens:start', 'measure')[0] as PerformanceMeasure | undefined;
    return {
      long: (window as unknown as { __long?: number[] }).__long ?? [],
      start: s ? { duration: s.duration, chars: (s.detail as { chars: number }).chars } : null,
      slices: a.length,
      chars: a.reduce((n, m) => n + (m.detail as { chars: number }).chars, 0),
      slowestSlice: Math.max(0, ...a.map((m) => m.duration)),
    };
  });

/** Waits until DealLens has painted what it reads (its measures stop coming), or a quiet while on a page where it reads nothing. */
async function settle(page: Page, withStartMeasure: boolean): Promise<void> {
  const until = Date.now() + 120_000;
  let last = -1;
  let stable = 0;
  const t0 = Date.now();
  while (Date.now() < until) {
    await page.waitForTimeout(250);
    const m = await measures(page);
    const begun = withStartMeasure ? m.start !== null : m.slices > 0 || Date.now() - t0 > 4000;
    stable = begun && m.slices === last ? stable + 1 : 0;
    last = m.slices;
    if (stable >= 6) return;
  }
}

async function visit(open: () => Promise<Page>, url: string, how: 'plain' | 'now' | 'before'): Promise<Visit> {
  const page = await open();
  await page.addInitScript(observeLongTasks);
  const { tasks } = await traceTasks(page, async () => {
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    if (how === 'plain') await page.waitForTimeout(3000);
    else await settle(page, how === 'now');
  });
  const v = await measures(page);
  await page.close();
  return { ...v, tasks };
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const longText = (l: number[]) => (l.length ? `${l.length}, ${ms(Math.max(...l))} ms` : 'none');
/** Tasks of 50 ms and over in the trace: how many, the longest. */
const longTasks = (tasks: TracedTask[]) => longText(tasks.filter((t) => t.duration >= 50).map((t) => t.duration));
const longestOurs = (tasks: TracedTask[]) => tasks.filter((t) => t.script > 0).reduce((a, t) => (t.duration > a.duration ? t : a), { start: 0, duration: 0, script: 0 });
/** The same, leaving out the first: the script's own evaluation (compiling the bundle, its modules' top level). */
const longestAfterEvaluation = (tasks: TracedTask[]) => longestOurs(tasks.filter((t) => t.script > 0).slice(1));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function main(): Promise<void> {
  const server = await servePages();
  const pages: BenchPage[] = benchPages().filter((p) => !ONLY || ONLY.includes(p.name));
  for (const p of pages) server.routes.set(p.path, p.body);
  const plain: Browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const now: ExtensionBrowser = await launchWithExtension();
  const before: ExtensionBrowser | null = BEFORE ? await launchWithExtension(undefined, BEFORE) : null;
  // The background publishes the store's overlay once the store is filled; pages opened before it would read it again.
  for (const b of [now, before]) if (b) while (!(await b.worker.evaluate(async () => 'kbOverlay' in (await chrome.storage.local.get('kbOverlay'))))) await new Promise((r) => setTimeout(r, 100));

  const rows: string[] = [];
  const longest: number[] = [];
  const after: number[] = [];
  const starts: number[] = [];
  for (const p of pages) {
    const url = server.url(p.path);
    const without = await visit(() => plain.newPage(), url, 'plain');
    const withNow = await visit(() => now.context.newPage(), url, 'now');
    const withBefore = before ? await visit(() => before.context.newPage(), url, 'before') : null;
    const top = longestOurs(withNow.tasks);
    longest.push(top.duration);
    after.push(longestAfterEvaluation(withNow.tasks).duration);
    if (withNow.start) starts.push(withNow.start.duration);
    const start = withNow.start ? `${ms(withNow.start.duration)} ms${withNow.start.chars === 0 ? ' (nothing to read)' : ''}` : '–';
    const ours = (v: Visit) => {
      const t = longestOurs(v.tasks);
      const e = longestAfterEvaluation(v.tasks);
      return `${ms(t.duration)} ms (script ${ms(t.script)}); after evaluation ${ms(e.duration)} ms`;
    };
    const b = withBefore;
    rows.push(
      `| ${p.name} | ${p.kind} | ${(withNow.chars / 1e6).toFixed(2)} M chars, ${withNow.slices} slices (slowest ${ms(withNow.slowestSlice)} ms) | ${longTasks(without.tasks)} | ${b ? `${longTasks(b.tasks)} | ` : ''}${longTasks(withNow.tasks)} | ${b ? `${ours(b)} | ` : ''}${ours(withNow)} | ${longText(without.long)} / ${b ? `${longText(b.long)} / ` : ''}${longText(withNow.long)} | ${start} |`,
    );
    process.stdout.write(`${rows[rows.length - 1]}\n`);
  }
  await plain.close();
  await now.close();
  await before?.close();
  await server.close();

  console.log(`\nChromium, ${new Date().toISOString().slice(0, 10)}${BEFORE ? `; before: ${BEFORE}` : ''}\n`);
  const bh = (t: string) => (before ? `${t} | ` : '');
  const header = `| page | structure | text DealLens read | trace: tasks ≥ 50 ms, no extension | ${bh('tasks ≥ 50 ms, DealLens before')}tasks ≥ 50 ms, DealLens now | ${bh('longest task running DealLens, before')}longest task running DealLens, now | the page's longtask observer: none / ${before ? 'before / ' : ''}now | deallens:start |`;
  console.log(header);
  console.log(`|${'---|'.repeat(header.split('|').length - 2)}`);
  console.log(rows.join('\n'));
  console.log(`\nLongest task running DealLens: median ${ms(median(longest))} ms, max ${ms(Math.max(...longest))} ms over ${pages.length} pages; after its script's evaluation: median ${ms(median(after))} ms, max ${ms(Math.max(...after))} ms; deallens:start median ${ms(median(starts))} ms, max ${ms(Math.max(...starts))} ms.`);
}

void main();
