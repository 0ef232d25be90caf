/**
 * npm run bench:core — the core's speed, as ratios against baselines measured in the same run.
 *  - matcher throughput on 1 MB of news text with 500, 5,000 and 50,000 names, against a plain
 *    one-pass charCodeAt scan of the same text (the floor);
 *  - analyse (language, entities, amounts) on each seed, and on the 1 MB text;
 *  - knowledge base: time to build the matcher from the shipped entities.
 */
import { analyse } from '../src/core/analyse';
import { kbEntities } from '../src/core/kb';
import { Matcher, type MatchableEntity } from '../src/core/match/matcher';
import { recogniseAmounts } from '../src/core/money/recognise';
import { median, newsText, seedTexts, syntheticNames, versus } from './support';

const MB = 1 << 20;

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
const all = versus(() => analyse(text), floor, 11);
rows.push(`| analyse (language + entities + amounts) on 1 MB | ${all.ms.toFixed(2)} ms | ${all.baselineMs.toFixed(2)} ms | ${all.ratio.toFixed(2)}x |`);

for (const { file, text: seed } of seedTexts()) {
  const t = median(() => analyse(seed), 200, 20);
  rows.push(`| analyse ${file} (${seed.length} chars) | ${(t * 1000).toFixed(0)} µs | | |`);
}

const build = median(() => new Matcher(kbEntities), 9, 2);
rows.push(`| build the matcher from the shipped knowledge base (${kbEntities.length} entities) | ${build.toFixed(2)} ms | | |`);

console.log(`node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('Baseline (floor): a charCodeAt loop over the same 1 MB that notices word starts, timed in the same rounds.\n');
console.log('| measure | median | floor, same rounds | ratio to floor (median of rounds) |\n|---|---|---|---|');
console.log(rows.join('\n'));
