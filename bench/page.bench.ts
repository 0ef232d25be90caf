/**
 * npm run bench:page — DealLens on a ~1 MB article page with ~2,000 mentions, in Debian's
 * Chromium with dist/chrome loaded, with the shipped knowledge base and with 5,000 and 50,000
 * names. Measured in the same run, in the same browser:
 *  - DealLens: the sum of the content script's `deallens:annotate` user-timing measures;
 *  - the floor: a bare TreeWalker pass that reads every text node of the page;
 *  - mark.js highlighting the same names with one combined regular expression (markRegExp),
 *    and with its term list (mark(array)), the latter stopped at 60 s;
 *  - DealLens and markRegExp in alternating rounds (BENCH_ROUNDS, 5): medians, and ratios as
 *    medians of the per-round ratios, since one page load on a shared machine can be off by half;
 *  - long tasks (over 50 ms) on the page while DealLens works.
 */
import type { Page } from 'playwright-core';
import { analyse } from '../src/core/analyse';
import { kbEntities } from '../src/core/kb';
import { Matcher } from '../src/core/match/matcher';
import { launchWithExtension } from '../test/e2e/harness/chromium-launch';
import { servePages } from '../test/e2e/harness/server';
import { rng, seedTexts, syntheticNames } from './support';

const FILLER = 'the market for electric vehicles kept growing in the quarter while analysts waited for new figures on charging networks battery supply software platforms and the cost of capital in europe asia and north america according to several people familiar with the talks who asked not to be named because the discussions were private'.split(' ');

/** Names of the shipped knowledge base that are safe to drop into any sentence. */
const KB_NAMES = kbEntities.filter((e) => !e.nameIsAmbiguous && e.type !== 'person').map((e) => e.name);

function benchPage(extraNames: string[]): { html: string; mentions: number; chars: number } {
  const r = rng(5);
  const seeds = seedTexts().flatMap((s) => s.text.split('\n').filter((l) => l.trim().length > 40));
  const paras: string[] = [];
  let size = 0;
  while (size < 1_000_000) {
    let p: string;
    if (r() < 0.1) p = seeds[Math.floor(r() * seeds.length)];
    else {
      const words = Array.from({ length: 60 + Math.floor(r() * 60) }, () => FILLER[Math.floor(r() * FILLER.length)]);
      // About two thousand mentions in the megabyte: known names, made-up ones, and amounts.
      words.splice(Math.floor(r() * words.length), 0, KB_NAMES[Math.floor(r() * KB_NAMES.length)]);
      if (r() < 0.3) words.splice(Math.floor(r() * words.length), 0, `${1 + Math.floor(r() * 900)} millions d’euros`);
      if (extraNames.length && r() < 0.5) words.splice(Math.floor(r() * words.length), 0, extraNames[Math.floor(r() * extraNames.length)]);
      p = `${words.join(' ')}.`;
      p = p[0].toUpperCase() + p.slice(1);
    }
    paras.push(p);
    size += p.length + 8;
  }
  const text = paras.join('\n');
  const m = new Matcher(kbEntities);
  extraNames.forEach((name, n) => m.add({ id: `synthetic-${n}`, type: 'company', name }));
  const a = analyse(text, { matcher: m, lang: 'fr' });
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Bench article</title></head><body><article>${paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}</article></body></html>`;
  return { html, mentions: a.entities.length + a.amounts.length, chars: text.length };
}

const TIMEOUT_MS = 60_000;
/** DealLens and markRegExp, alternating: figures are medians of these rounds, ratios medians of the per-round ratios. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function deallens(page: Page): Promise<{ ms: number; measures: number; mentions: number; longTasks: number; maxTask: number; maxSlice: number }> {
  // Wait until the measures stop coming.
  let last = -1;
  for (let stable = 0; stable < 4; ) {
    await page.waitForTimeout(250);
    const n = await page.evaluate(() => performance.getEntriesByName('deallens:annotate').length);
    stable = n > 0 && n === last ? stable + 1 : 0;
    last = n;
  }
  return page.evaluate(() => {
    const ms = performance.getEntriesByName('deallens:annotate') as PerformanceMeasure[];
    const from = ms[0].startTime;
    const to = ms[ms.length - 1].startTime + ms[ms.length - 1].duration;
    const long = ((window as unknown as { __long: { start: number; dur: number }[] }).__long ?? []).filter((t) => t.start + t.dur >= from && t.start <= to);
    return {
      ms: ms.reduce((s, m) => s + m.duration, 0),
      measures: ms.length,
      mentions: ms.reduce((s, m) => s + (m.detail.mentions as number) + (m.detail.amounts as number), 0),
      longTasks: long.length,
      maxTask: Math.max(0, ...long.map((t) => t.dur)),
      maxSlice: Math.max(...ms.map((m) => m.duration)),
    };
  });
}

/** The floor, two ways: a TreeWalker pass that reads every text node; and one that also reads every character of it. */
async function floor(page: Page): Promise<{ walk: number; chars: number }> {
  return page.evaluate(() => {
    const walk: number[] = [];
    const chars: number[] = [];
    let sink = 0;
    for (let i = 0; i < 7; i++) {
      let t0 = performance.now();
      let w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) sink += (n as Text).data.length;
      walk.push(performance.now() - t0);
      t0 = performance.now();
      w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const d = (n as Text).data;
        for (let c = 0; c < d.length; c++) sink += d.charCodeAt(c) === 32 ? 1 : 0;
      }
      chars.push(performance.now() - t0);
    }
    (window as unknown as { __sink: number }).__sink = sink;
    return { walk: walk.sort((a, b) => a - b)[3], chars: chars.sort((a, b) => a - b)[3] };
  });
}

async function markRegExp(page: Page, names: string[]): Promise<number> {
  await page.addScriptTag({ url: '/vendor/mark.js' });
  return page.evaluate((names) => {
    const re = new RegExp(`\\b(?:${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi');
    const t0 = performance.now();
    new (window as unknown as { Mark: new (el: Element) => { markRegExp: (r: RegExp) => void } }).Mark(document.querySelector('article')!).markRegExp(re);
    return performance.now() - t0;
  }, names);
}

async function markArray(page: Page, names: string[]): Promise<{ ms: number; done: number }> {
  await page.addScriptTag({ url: '/vendor/mark.js' });
  return page.evaluate(
    ({ names, cap }) => {
      const mark = new (window as unknown as { Mark: new (el: Element) => { mark: (t: string[], o: object) => void } }).Mark(document.querySelector('article')!);
      const t0 = performance.now();
      let done = 0;
      // mark(array) in slices of the same list, so the run can stop at the cap.
      while (done < names.length && performance.now() - t0 < cap) {
        const slice = names.slice(done, done + 25);
        mark.mark(slice, { separateWordSearch: false, accuracy: 'exactly' });
        done += slice.length;
      }
      return { ms: performance.now() - t0, done };
    },
    { names, cap: TIMEOUT_MS },
  );
}

function namesOf(extra: string[]): string[] {
  const out = new Set<string>();
  for (const e of kbEntities) {
    if (!e.nameIsAmbiguous) out.add(e.name);
    for (const a of e.aliases ?? []) out.add(typeof a === 'string' ? a : a.text);
  }
  for (const n of extra) out.add(n);
  return [...out];
}

/**
 * Leaves a page and collects its garbage before closing it: pages of one site may share a renderer,
 * and mark.js leaves thousands of elements behind, whose collection would otherwise land in the
 * next page's measures (single slices of 50 to 75 ms on a loaded machine).
 */
async function closeClean(page: Page): Promise<void> {
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  await page.close();
}

async function main(): Promise<void> {
  const server = await servePages();
  const ext = await launchWithExtension();
  const rows: string[] = [];
  const extraAll = syntheticNames(50_000 - kbEntities.length, 3);
  const pageNames = extraAll.slice(0, 400);
  // The background publishes the store's overlay once the store is filled: wait for it, so it cannot overwrite the benchmark's.
  while (!(await ext.worker.evaluate(async () => 'kbOverlay' in (await chrome.storage.local.get('kbOverlay'))))) await new Promise((r) => setTimeout(r, 100));
  for (const size of [kbEntities.length, 5_000, 50_000]) {
    const extra = extraAll.slice(0, size - kbEntities.length);
    const { html, mentions, chars: textChars } = benchPage(pageNames.filter((n) => extra.includes(n)).length ? pageNames : []);
    server.routes.set('/bench.html', html);
    // The reader's own entities reach pages as the overlay's `added` (src/core/kb/overlay.ts).
    await ext.worker.evaluate(async (added) => chrome.storage.local.set({ kbOverlay: { added, hidden: [], hiddenAliases: {} } }), extra.map((name, n) => ({ id: `synthetic-${n}`, type: 'company', name })));
    const names = namesOf(extra);
    // DealLens (with the floor read in the same page) and markRegExp alternate, round after round.
    const rounds: { ours: Awaited<ReturnType<typeof deallens>>; base: Awaited<ReturnType<typeof floor>>; re: number }[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { enabled: true, disabledSites: [] } }));
      const page = await ext.context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __long: { start: number; dur: number }[] };
        w.__long = [];
        new PerformanceObserver((l) => w.__long.push(...l.getEntries().map((e) => ({ start: e.startTime, dur: e.duration })))).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(server.url('bench.html'));
      const ours = await deallens(page);
      const base = await floor(page);
      await closeClean(page);
      await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { enabled: false, disabledSites: [] } }));
      const p2 = await ext.context.newPage();
      await p2.goto(server.url('bench.html'));
      const re = await markRegExp(p2, names);
      await closeClean(p2);
      rounds.push({ ours, base, re });
      process.stdout.write(`  ${size.toLocaleString('en')} names, round ${r + 1}: DealLens ${ours.ms.toFixed(1)} ms (longest slice ${ours.maxSlice.toFixed(1)} ms), floor ${base.chars.toFixed(1)} ms, markRegExp ${re.toFixed(0)} ms\n`);
    }
    const ours = rounds.map((x) => x.ours).sort((a, b) => a.ms - b.ms)[rounds.length >> 1];
    const ms = median(rounds.map((x) => x.ours.ms));
    const walk = median(rounds.map((x) => x.base.walk));
    const chars = median(rounds.map((x) => x.base.chars));
    const re = median(rounds.map((x) => x.re));
    const maxSlice = Math.max(...rounds.map((x) => x.ours.maxSlice));
    const longTasks = rounds.reduce((n, x) => n + x.ours.longTasks, 0);
    const maxTask = Math.max(...rounds.map((x) => x.ours.maxTask));
    const p3 = await ext.context.newPage();
    await p3.goto(server.url('bench.html'));
    const arr = await markArray(p3, names);
    await closeClean(p3);

    const arrText = arr.done < names.length ? `> 60 s (stopped after ${arr.done.toLocaleString('en')} of ${names.length.toLocaleString('en')} terms)` : `${(arr.ms / 1000).toFixed(1)} s`;
    rows.push(
      `| ${size.toLocaleString('en')} names | ${(textChars / 1e6).toFixed(2)} MB, ${mentions} mentions expected, ${ours.mentions} painted | ${ms.toFixed(0)} ms (${ours.measures} slices, longest ${maxSlice.toFixed(1)} ms) | ${walk.toFixed(1)} ms / ${chars.toFixed(1)} ms | ${median(rounds.map((x) => x.ours.ms / x.base.walk)).toFixed(0)}x / ${median(rounds.map((x) => x.ours.ms / x.base.chars)).toFixed(1)}x | ${re.toFixed(0)} ms | ${median(rounds.map((x) => x.re / x.ours.ms)).toFixed(1)}x | ${arrText} | ${longTasks} (max ${maxTask.toFixed(0)} ms) |`,
    );
    process.stdout.write(`${rows[rows.length - 1]}\n`);
  }
  await ext.worker.evaluate(() => chrome.storage.local.remove('kbOverlay'));
  await ext.close();
  await server.close();
  console.log(`\nChromium, ${new Date().toISOString().slice(0, 10)}; medians of ${ROUNDS} rounds (DealLens with the floor in its page, then markRegExp), ratios the medians of the per-round ratios; mark(array) once\n`);
  console.log('| dictionary | page | DealLens annotate (sum of its measures) | floor: TreeWalker pass, reading nodes / reading every character | DealLens / floor (nodes / characters) | mark.js markRegExp | markRegExp / DealLens | mark.js mark(array) | long tasks during DealLens |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  console.log(rows.join('\n'));
}

void main();
