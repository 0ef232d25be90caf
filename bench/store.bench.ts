/**
 * npm run bench:store — the store with 1,000 and with 100,000 deals (and 10,000 articles), in
 * Chromium's real IndexedDB: the time to save one article (analysed, with its deals) and to
 * fetch the deals and articles linked to 20 entities. Baseline: the same operations on the
 * 1,000-deal store, in the same run. Aim: 100,000 within 2x of 1,000 (indexes, not scans).
 */
import { openBenchPage } from './bench-page';
import { seedTexts } from './support';

async function main(): Promise<void> {
  const { page, close } = await openBenchPage('bench/store-page.ts', 'store-bench');
  const results = (await page.evaluate((texts) => (window as unknown as { __runBench: (t: string[]) => Promise<unknown> }).__runBench(texts), seedTexts().map((s) => s.text))) as {
    deals: number; fill: number; save: number; fetch: number; found: number; page: number;
  }[];
  await close();
  console.log(`Chromium, ${new Date().toISOString().slice(0, 10)}\n`);
  console.log('| store | save one article (analysed, with its deals) | all deals and articles linked to 20 entities | the newest 50 of each, for 20 entities |\n|---|---|---|---|');
  for (const r of results) console.log(`| ${r.deals.toLocaleString('en')} deals, 10,000 articles (filled in ${(r.fill / 1000).toFixed(1)} s) | ${r.save.toFixed(2)} ms | ${r.fetch.toFixed(2)} ms (${r.found} records) | ${r.page.toFixed(2)} ms |`);
  const [small, big] = results;
  console.log(`| 100,000 / 1,000 (aim: within 2x) | ${(big.save / small.save).toFixed(2)}x | ${(big.fetch / small.fetch).toFixed(2)}x | ${(big.page / small.page).toFixed(2)}x |`);
}

void main();
