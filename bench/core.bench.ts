/**
 * npm run bench:core — the core's speed, as ratios against baselines measured in the same run.
 *  - matcher throughput on 1 MB of news text with 500, 5,000 and 50,000 names, against a plain
 *    one-pass charCodeAt scan of the same text (the floor);
 *  - analyse (language, entities, amounts) on the 1 MB text, whole and in 12,000-character
 *    slices as a page is read, and with deal proposals on each seed; the deal proposals of the 1 MB
 *    text alone, against analysing it;
 *  - the shipped knowledge base's matcher: built from the entities, against loaded from its
 *    tables (what the extension's build ships), in the same rounds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse } from '../src/core/analyse';
import { proposeDeals } from '../src/core/deals/propose';
import { kbEntities } from '../src/core/kb';
import { Matcher, type MatchableEntity } from '../src/core/match/matcher';
import { recogniseAmounts } from '../src/core/money/recognise';
import { median, newsText, seedTexts, syntheticNames, versus } from './support';

const MB = 1 << 20;

// A page makes its matcher once, in a fresh engine: the first build or load in a new process,
// run as a child of this benchmark (DEALLENS_BENCH_COLD), is the figure that counts there.
const cold = process.env.DEALLENS_BENCH_COLD;
if (cold) {
  const json = readFileSync(process.env.DEALLENS_BENCH_TABLES!, 'utf8');
  const t0 = performance.now();
  if (cold === 'build') new Matcher(kbEntities);
  else Matcher.fromTables(JSON.parse(json));
  process.stdout.write(`${performance.now() - t0}\n`);
  process.exit(0);
}

/** Median ms of the first build and of the first load, each in a fresh process, alternating; and the median of their per-pair ratios. */
function coldStarts(tablesJson: string, pairs = 9): { build: number; load: number; ratio: number } {
  const dir = mkdtempSync(join(tmpdir(), 'deallens-bench-'));
  const file = join(dir, 'tables.json');
  writeFileSync(file, tablesJson);
  const once = (what: string) => Number(spawnSync(process.execPath, [process.argv[1]], { env: { ...process.env, DEALLENS_BENCH_COLD: what, DEALLENS_BENCH_TABLES: file }, encoding: 'utf8' }).stdout);
  const builds: number[] = [];
  const loads: number[] = [];
  for (let i = 0; i < pairs; i++) {
    builds.push(once('build'));
    loads.push(once('load'));
  }
  rmSync(dir, { recursive: true, force: true });
  return { build: mid(builds), load: mid(loads), ratio: mid(loads.map((l, i) => l / builds[i])) };
}
const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function floorScan(text: string): number {
  // The least any matcher must do: read every character once and notice word starts.
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const w = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c >= 192;
    if (w && !inWord) words++;
    inWord = w;
  }
  return words;
}

function dictionary(size: number): MatchableEntity[] {
  const shipped = kbEntities.slice(0, Math.min(size, kbEntities.length));
  const extra = syntheticNames(Math.max(0, size - shipped.length)).map((name, n) => ({ id: `synthetic-${n}`, type: 'company' as const, name }));
  return [...shipped, ...extra];
}

const names = syntheticNames(2000, 99);
const text = newsText(MB, names);
const rows: string[] = [];
const floor = () => floorScan(text);

const perSize: Record<number, number> = {};
for (const size of [500, 5000, 50000]) {
  const entities = dictionary(size);
  const t0 = performance.now();
  const matcher = new Matcher(entities);
  const build = performance.now() - t0;
  const mentions = matcher.find(text).length;
  const r = versus(() => matcher.find(text), floor);
  perSize[size] = r.ratio;
  rows.push(`| matcher, ${size.toLocaleString('en')} names (${matcher.size.toLocaleString('en')} aliases; build ${build.toFixed(0)} ms), ${mentions} mentions | ${r.ms.toFixed(2)} ms | ${r.baselineMs.toFixed(2)} ms | ${r.ratio.toFixed(2)}x |`);
}
rows.push(`| flatness: ratio at 50,000 names / ratio at 500 names | | | ${(perSize[50000] / perSize[500]).toFixed(2)}x |`);

const money = versus(() => recogniseAmounts(text, 'fr'), floor, 11);
rows.push(`| money recogniser on 1 MB | ${money.ms.toFixed(2)} ms | ${money.baselineMs.toFixed(2)} ms | ${money.ratio.toFixed(2)}x |`);
const all = versus(() => analyse(text, { deals: false }), floor, 11);
rows.push(`| analyse (language + entities + amounts) on 1 MB | ${all.ms.toFixed(2)} ms | ${all.baselineMs.toFixed(2)} ms | ${all.ratio.toFixed(2)}x |`);
const slices: string[] = [];
for (let i = 0; i < text.length; i += 12_000) slices.push(text.slice(i, i + 12_000));
const sliced = versus(() => {
  for (const s of slices) analyse(s, { deals: false });
}, floor, 11);
rows.push(`| the same in ${slices.length} slices of 12,000 characters, as a page is read | ${sliced.ms.toFixed(2)} ms | ${sliced.baselineMs.toFixed(2)} ms | ${sliced.ratio.toFixed(2)}x |`);

// Issue 14's aim: proposing the deals of a 1 MB text costs at most as much as analysing it. The analysis's own
// mentions and amounts are given, so the row times the proposals alone, against the analysis, in the same rounds.
const analysed = analyse(text, { deals: false });
const proposing = versus(() => proposeDeals(text, analysed.entities, analysed.amounts), () => analyse(text, { deals: false }), 11);
rows.push(`| deal proposals on the same 1 MB (its mentions and amounts given), against analyse | ${proposing.ms.toFixed(2)} ms | ${proposing.baselineMs.toFixed(2)} ms (analyse) | ${proposing.ratio.toFixed(2)}x of analyse |`);

for (const { file, text: seed } of seedTexts()) {
  const t = median(() => analyse(seed), 200, 20);
  rows.push(`| analyse with deal proposals ${file} (${seed.length} chars) | ${(t * 1000).toFixed(0)} µs | | |`);
}

// The shipped matcher as the extension's build ships it: its tables as a JSON string, parsed and loaded.
const tables = JSON.stringify(new Matcher(kbEntities).toTables());
const load = versus(() => Matcher.fromTables(JSON.parse(tables)), () => new Matcher(kbEntities), 21);
rows.push(`| build the matcher from the shipped knowledge base (${kbEntities.length} entities) | ${load.baselineMs.toFixed(2)} ms | | |`);
rows.push(`| load it from its tables (JSON.parse of ${(tables.length / 1024).toFixed(0)} KB + fromTables), against building, same rounds | ${load.ms.toFixed(2)} ms | ${load.baselineMs.toFixed(2)} ms (build) | ${load.ratio.toFixed(2)}x of building |`);
const first = coldStarts(tables);
rows.push(`| the first build and the first load in a fresh process (as in a page), 9 pairs | load ${first.load.toFixed(2)} ms | build ${first.build.toFixed(2)} ms | ${first.ratio.toFixed(2)}x of building |`);

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('Baseline (floor): a charCodeAt loop over the same 1 MB that notices word starts, timed in the same rounds.\n');
console.log('| measure | median | floor, same rounds | ratio to floor (median of rounds) |\n|---|---|---|---|');
console.log(rows.join('\n'));
