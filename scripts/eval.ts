/**
 * `npm run eval`: the recogniser and the deal proposals measured on the development corpus
 * (test/corpus), per language and on the general pages. `-- --errors` lists every miss and every
 * wrong highlight per page; `-- --json` prints the figures as JSON. The floors are checked by
 * `npm test` (test/unit/corpus-floors.test.ts); `-- --write-floors` sets them to today's figures
 * (after an improvement, never to let a regression through).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grouping, type Grouping } from './corpus/grouping';
import { CORPUS, loadCorpus } from './corpus/load';
import { evaluate, loadAliases, type Figures } from './corpus/report';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function table(groups: Map<string, Figures>): string {
  const rows: [string, (f: Figures) => string][] = [
    ['pages', (f) => String(f.pages)],
    ['organisations: recall', (f) => pct(f.orgRecall)],
    ['organisations: precision', (f) => pct(f.orgPrecision)],
    ['people: recall', (f) => pct(f.personRecall)],
    ['people: precision', (f) => pct(f.personPrecision)],
    ['names never seen: painted', (f) => String(f.discovered)],
    ['names never seen: precision', (f) => pct(f.discoveryPrecision)],
    ['amounts: recall', (f) => pct(f.amountRecall)],
    ['amounts: precision', (f) => pct(f.amountPrecision)],
    ['all highlights: precision', (f) => pct(f.precision)],
    ['traps painted', (f) => String(f.traps)],
    ['noise painted (outside the article)', (f) => String(f.noise)],
    ['deals: gold / proposed', (f) => `${f.dealsGold} / ${f.dealsFound}`],
    ['deals: recall', (f) => pct(f.dealRecall)],
    ['deals: precision', (f) => pct(f.dealPrecision)],
    ['deals: roles reversed', (f) => String(f.rolesReversed)],
    ['deals: right amount (stated)', (f) => pct(f.dealAmountRight)],
    ['deals: right month (stated)', (f) => pct(f.dealMonthRight)],
  ];
  const names = [...groups.keys()];
  const width = Math.max(...rows.map(([r]) => r.length));
  const head = `${''.padEnd(width)}  ${names.map((n) => n.padStart(11)).join('')}`;
  return [head, ...rows.map(([label, f]) => `${label.padEnd(width)}  ${names.map((n) => f(groups.get(n)!).padStart(11)).join('')}`)].join('\n');
}

/** Ratios that may not fall, per group (the general pages are measured by precision only), and counts that may not rise. */
const FLOORED: (keyof Figures)[] = ['orgRecall', 'orgPrecision', 'personRecall', 'discoveryPrecision', 'amountRecall', 'amountPrecision', 'precision', 'dealRecall', 'dealPrecision', 'dealAmountRight', 'dealMonthRight'];
const GENERAL_FLOORED: (keyof Figures)[] = ['orgPrecision', 'amountPrecision', 'precision'];
const CEILED: (keyof Figures)[] = ['traps', 'noise', 'rolesReversed'];

function writeFloors(groups: Map<string, Figures>, g: Grouping): void {
  const pick = (f: Figures, keys: (keyof Figures)[], round: (x: number) => number) => Object.fromEntries(keys.map((k) => [k, round(f[k])]));
  const floors = Object.fromEntries([...groups].map(([g, f]) => [g, pick(f, g === 'general' ? GENERAL_FLOORED : FLOORED, (x) => Math.floor(x * 1000) / 1000)]));
  const ceilings = Object.fromEntries([...groups].map(([g, f]) => [g, pick(f, CEILED, (x) => x)]));
  const about = 'Floors (at least) and ceilings (at most) of the figures npm run eval prints, checked by npm test (test/unit/corpus-floors.test.ts); written by npm run eval -- --write-floors after an improvement. Ratios are fractions (0.726 = 72.6 %).';
  const sameDeal = { acrossLanguages: g.acrossLanguages, oneRecord: g.oneRecord };
  writeFileSync(join(CORPUS, 'floors.json'), `${JSON.stringify({ about, floors, ceilings, sameDeal }, null, 2)}\n`);
}

const args = process.argv.slice(2);
const pages = loadCorpus(CORPUS);
const { groups, scores, analyses } = evaluate(pages, loadAliases());
const same = await grouping(pages, scores, analyses);
if (args.includes('--write-floors')) writeFloors(groups, same);
if (args.includes('--json')) process.stdout.write(`${JSON.stringify({ ...Object.fromEntries(groups), sameDeal: { ...same, errors: undefined } }, null, 2)}\n`);
else {
  process.stdout.write(`${table(groups)}\n`);
  process.stdout.write(`deals the gold shares between pages, found in two languages or more: ${same.acrossLanguages}; of them one deal in the store: ${same.oneRecord} (${pct(same.oneRecord / Math.max(1, same.acrossLanguages))})\n`);
  if (args.includes('--errors')) {
    for (const s of scores) if (s.errors.length) process.stdout.write(`\n${s.page}\n${s.errors.map((e) => `  ${e}`).join('\n')}\n`);
    if (same.errors.length) process.stdout.write(`\nthe same deal across pages\n${same.errors.map((e) => `  ${e}`).join('\n')}\n`);
  }
}
