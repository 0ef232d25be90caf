/**
 * npm run bench:import — importing 1,500 articles (an export of 4.6 MB) in Chromium's real
 * IndexedDB, against bulkPut of the same records in the same run: the floor (the articles and the
 * same link and full-text rows, in one transaction) and the articles alone. Rounds alternate them;
 * the ratio is the median of the per-round ratios. Aim (issue 11): within 2x of the floor.
 */
import { articlesFile } from '../test/e2e/export-files';
import { openBenchPage } from './bench-page';

const ROUNDS = 5;

async function main(): Promise<void> {
  const { page, close } = await openBenchPage('bench/import-page.ts', 'import-bench');
  const { raw } = articlesFile(1500);
  const rounds = (await page.evaluate(([raw, n]) => (window as unknown as { __runImportBench: (r: string, n: number) => Promise<unknown> }).__runImportBench(raw as string, n as number), [raw, ROUNDS] as const)) as { floor: number; records: number; import: number; steps: number; perArticle?: number }[];
  await close();
  const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  console.log(`Chromium, ${new Date().toISOString().slice(0, 10)}, 1,500 articles (${(raw.length / 1e6).toFixed(1)} MB), ${ROUNDS} rounds\n`);
  console.log('| measure | median |\n|---|---|');
  console.log(`| import (read, check, plan, write in batches under the journal; ${rounds[0].steps} progress steps) | ${(mid(rounds.map((r) => r.import)) / 1000).toFixed(2)} s |`);
  console.log(`| floor: bulkPut of the articles, their link rows and their full-text rows by batch, one transaction | ${(mid(rounds.map((r) => r.floor)) / 1000).toFixed(2)} s |`);
  console.log(`| the same with one full-text row per (word, article), as imports wrote them before (first round) | ${(rounds[0].perArticle! / 1000).toFixed(2)} s |`);
  console.log(`| bulkPut of the articles alone | ${(mid(rounds.map((r) => r.records)) / 1000).toFixed(2)} s |`);
  console.log(`| import / floor (aim: within 2x) | ${mid(rounds.map((r) => r.import / r.floor)).toFixed(2)}x |`);
  console.log(`| import / articles alone | ${mid(rounds.map((r) => r.import / r.records)).toFixed(2)}x |`);
}

void main();
