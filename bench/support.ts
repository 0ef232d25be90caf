import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED } from '../test/support/shared';
import { rng } from './rng';

export function seedTexts(): { file: string; text: string }[] {
  const dir = join(SHARED, 'seeds');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8') }));
}

/** Median wall time of `fn` in ms over `runs` runs, after `warm` unmeasured ones. */
export function median(fn: () => unknown, runs = 15, warm = 3): number {
  for (let i = 0; i < warm; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1];
}

/**
 * Time of `fn` against `baseline`, alternating the two in every round so that a busy
 * machine slows both alike: the median of the per-round ratios, and both medians.
 */
export function versus(fn: () => unknown, baseline: () => unknown, rounds = 21): { ratio: number; ms: number; baselineMs: number } {
  for (let i = 0; i < 3; i++) {
    fn();
    baseline();
  }
  const ratios: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    baseline();
    const t1 = performance.now();
    fn();
    const t2 = performance.now();
    b.push(t1 - t0);
    a.push(t2 - t1);
    ratios.push((t2 - t1) / (t1 - t0));
  }
  const mid = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
  return { ratio: mid(ratios), ms: mid(a), baselineMs: mid(b) };
}

export { rng } from './rng';

const SYLLABLES = ['ka', 'ro', 'vel', 'tri', 'mo', 'nex', 'lu', 'dar', 'sen', 'qui', 'bra', 'zo', 'fen', 'tal', 'ori', 'pax', 'ven', 'cor', 'lys', 'tek'];
const SUFFIXES = ['Mobility', 'Motors', 'Ventures', 'Capital', 'Energy', 'Robotics', 'Labs', 'Charging', 'Batteries', 'Systems', 'AI', 'Auto', 'Fund', 'Technologies', 'Group'];

/** Made-up company names shaped like real ones ("Veltrika Mobility"), for dictionary sizes beyond the shipped knowledge base. */
export function syntheticNames(count: number, seed = 7): string[] {
  const r = rng(seed);
  const out = new Set<string>();
  while (out.size < count) {
    const n = 2 + Math.floor(r() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    const name = w[0].toUpperCase() + w.slice(1);
    out.add(r() < 0.6 ? `${name} ${SUFFIXES[Math.floor(r() * SUFFIXES.length)]}` : name);
  }
  return [...out];
}

/** About `bytes` of news text: the seed articles, repeated and interleaved, with synthetic names sprinkled in. */
export function newsText(bytes: number, names: string[] = [], seed = 11): string {
  const r = rng(seed);
  const seeds = seedTexts().map((s) => s.text);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const para = seeds[Math.floor(r() * seeds.length)];
    const extra = names.length ? ` Selon ${names[Math.floor(r() * names.length)]}, la levée atteint 12 millions d’euros.\n` : '\n';
    parts.push(para, extra);
    size += para.length + extra.length;
  }
  return parts.join('').slice(0, bytes);
}
