/**
 * Imports that cannot lose data: 1,500 articles imported in seconds with a progress bar that moves
 * and a page that stays usable; and an import on a nearly full disk (a tmpfs the test mounts holds
 * the profile) that loses none of the saved articles, also after a restart.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { eachBrowser, expectNoExtensionErrors, type BrowserEnv, type TestPage } from './harness';
import { tempFile } from './harness/files';
import { saveFromPopup } from './harness/flows';
import { readTables, storeContents } from './harness/store';
import { byLabel, clickRole, textOf } from './harness/ui';
import { articlesFile } from './export-files';
import { mountSmallDisk } from './small-disk';

/** The profile's IndexedDB files with their sizes: what to look at when a restart finds the store empty (did the browser delete it?). */
function indexedDbFiles(profile: string): string {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/indexeddb|storage/i.test(p)) out.push(`${p.slice(profile.length)} ${statSync(p).size}`);
    }
  };
  try {
    walk(profile);
  } catch (err) {
    out.push(String(err));
  }
  return out.join('\n');
}

/**
 * What a browser does to a database it finds damaged: it is gone, and the next start opens an empty
 * one. Removes the extension's IndexedDB from a closed profile (Chromium's leveldb, Firefox's idb
 * folder), and nothing else of the origin (its private files stay). Returns what it removed.
 */
function dropIndexedDb(profile: string): string[] {
  const removed: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const p = join(dir, e.name);
      const chromium = /^chrome-extension_.*\.indexeddb\.(leveldb|blob)$/.test(e.name);
      const firefox = e.name === 'idb' && dir.includes('moz-extension+++');
      if (chromium || firefox) {
        rmSync(p, { recursive: true, force: true });
        removed.push(p.slice(profile.length));
      } else walk(p);
    }
  };
  walk(profile);
  return removed;
}

async function openData(env: BrowserEnv): Promise<TestPage> {
  const options = await env.b.extensionPage('options.html#data');
  await options.waitFor(() => document.querySelector('.results li'));
  return options;
}

const status = (options: TestPage) => textOf(options, '.export-import [role=status]');

/** Hands a file to the options page's import, as a reader picking it would. */
async function importFile(options: TestPage, raw: string): Promise<void> {
  await options.setInputFile(await byLabel(options, 'Import a DealLens export (JSON)'), tempFile('bulk.json', raw));
}

/** The full-text rows that name one article, read with plain IndexedDB (an import writes them by batch): the index was built. */
const termRowsOf = (env: BrowserEnv, ref: string) =>
  env.b.inExtension(async (ref) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('deallens');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const n = await new Promise<number>((resolve) => {
      const r = db.transaction('termBatches').objectStore('termBatches').index('refs').count(ref);
      r.onsuccess = () => resolve(r.result);
    });
    db.close();
    return n;
  }, ref);

eachBrowser('a large import', (env) => {
  test('1,500 articles (4.6 MB): a few seconds, a progress bar that moves, a page that answers meanwhile, everything read back', async () => {
    const { raw } = articlesFile(1500);
    expect(raw.length).toBeGreaterThan(3_300_000);
    const options = await openData(env);
    await options.evaluate(() => {
      const w = window as unknown as { seen: string[]; gaps: number[] };
      w.seen = [];
      w.gaps = [];
      new MutationObserver(() => {
        const text = document.querySelector('.progress-text')?.textContent;
        if (text && w.seen.at(-1) !== text) w.seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      // The page is usable when its event loop keeps turning: the longest wait between two 50 ms ticks.
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.gaps.push(now - last);
        last = now;
      }, 50);
    });
    const usage = () => options.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    const usedBefore = await usage();
    const t0 = Date.now();
    await importFile(options, raw);
    await expect.poll(() => status(options), { timeout: 60_000, interval: 100 }).toBe('Imported: 0 entities, 0 deals, 1500 articles.');
    const seconds = (Date.now() - t0) / 1000;
    console.log(`import of 1,500 articles (${(raw.length / 1e6).toFixed(1)} MB) in ${env.b.name}: ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(30);
    console.log(`the store grew by ${((await usage()) - usedBefore) / 1e6} MB for a ${(raw.length / 1e6).toFixed(1)} MB file`);
    const { seen, gaps } = await options.evaluate(() => {
      const w = window as unknown as { seen: string[]; gaps: number[] };
      return { seen: w.seen, gaps: w.gaps };
    });
    const values = seen.map((s) => parseInt(s, 10));
    expect(values.at(-1)).toBe(100);
    expect(new Set(values).size).toBeGreaterThanOrEqual(5);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    console.log(`longest wait of the options page's event loop during the import: ${Math.max(...gaps).toFixed(0)} ms`);
    expect(Math.max(...gaps)).toBeLessThan(2000);
    const { articles } = await storeContents(env.b);
    expect(articles).toHaveLength(1500);
    expect(articles.find((a) => a.id === 'article-bulk-1499')).toMatchObject({ title: 'Article bulk 1499', entityIds: expect.arrayContaining(['renault']) });
    expect(await termRowsOf(env, 'article-bulk-1499')).toBeGreaterThan(50);
    await options.close();
  });

  test('no error from the extension in the browser’s log', () => expectNoExtensionErrors(env.b));
});

eachBrowser('the browser discards the database mid-import', (env) => {
  test('the collection saved before the import comes back at the next start, and the options page says so', async () => {
    for (const page of ['seed-000.html', 'seed-001.html', 'seed-002.html']) await saveFromPopup(env, page);
    const saved = (await storeContents(env.b)).articles.map((a) => ({ id: a.id, title: a.title })).sort((a, b) => a.id.localeCompare(b.id));
    expect(saved).toHaveLength(3);
    const options = await openData(env);
    await importFile(options, articlesFile(1500).raw);
    await expect.poll(() => textOf(options, '.progress-text').catch(() => null), { timeout: 30_000, interval: 20 }).toMatch(/^([1-9]\d?) %$/);
    // The import's page goes mid-import (its tab closed: the rest is never written), the browser stops and, at the next start, finds its database damaged.
    await options.close();
    const dir = env.b.profileDir;
    await env.b.close(true);
    expect(dropIndexedDb(dir).length).toBeGreaterThan(0);
    env.b = await env.launcher.launch(dir);
    const now = () => storeContents(env.b).then((c) => c.articles.map((a) => ({ id: a.id, title: a.title })).sort((a, b) => a.id.localeCompare(b.id)));
    await expect.poll(now, { timeout: 30_000 }).toEqual(saved);
    const data = await openData(env);
    await data.waitFor(() => document.querySelector('.restored-notice'));
    expect(await textOf(data, '.restored-notice p')).toMatch(/replaced DealLens's database with an empty one.*put it back: 3 articles, \d+ deals/);
    await clickRole(data, 'button', 'Dismiss');
    await data.waitFor(() => !document.querySelector('.restored-notice'));
    await data.close();
  }, 120_000);

  test('no error from the extension in the browser’s log', () => expectNoExtensionErrors(env.b));
});

/** Each browser gets its own small disk (a tmpfs of 400 MB), mounted for its run and taken away after. */
describe('an import on a nearly full disk', () => {
  eachBrowser('on a small disk', (env) => {
    // 400 MB: Firefox lets a profile use about half of the disk's free room, and the last import must find room.
    const disk = mountSmallDisk(400);
    afterAll(() => disk?.unmount());

    test.skipIf(!disk)('loses nothing: every saved article is still there, after the refusal and after a restart; with room again, the import lands', async () => {
      await env.b.close();
      env.b = await env.launcher.launch(disk!.profile);
      for (const page of ['seed-000.html', 'seed-001.html', 'seed-002.html']) await saveFromPopup(env, page);
      const saved = (await storeContents(env.b)).articles.map((a) => ({ id: a.id, title: a.title })).sort((a, b) => a.id.localeCompare(b.id));
      expect(saved).toHaveLength(3);

      disk!.fill(8 * 1024 * 1024);
      const { raw } = articlesFile(1500);
      const options = await openData(env);
      await importFile(options, raw);
      await expect.poll(() => status(options), { timeout: 90_000 }).toMatch(/needs about|was undone|could not be undone/);
      const said = (await status(options))!;
      console.log(`nearly full disk (${(disk!.free() / 1e6).toFixed(1)} MB free): ${said}`);
      // What it says it holds is what it holds: counted, not assumed.
      // Chromium's estimate follows the disk; Firefox's does not, and there the disk itself refuses the import's reserve.
      expect(said).toMatch(/needs about [\d.]+ MB(,| and) (the browser leaves DealLens [\d.]+ MB|and the disk has no room left for it): nothing was written/);
      const now = () => storeContents(env.b).then((c) => c.articles.map((a) => ({ id: a.id, title: a.title })).sort((a, b) => a.id.localeCompare(b.id)));
      /** Every saved article is there, now and after a restart on the still-full disk (the browser did not drop the database). */
      const allThere = async () => {
        await expect.poll(now, { timeout: 30_000 }).toEqual(saved);
        // Firefox ESR 140 fills what the disk has left as it closes: the launch gets room for the profile files it
        // writes first, and the disk stays nearly full.
        const roomToStart = () => {
          disk!.unfill();
          disk!.fill(16 * 1024 * 1024);
        };
        await env.restart(roomToStart);
        await expect.poll(now, { timeout: 30_000 }).toEqual(saved);
      };
      await allThere();

      // Room enough when the import starts, and the disk fills while it writes (another program):
      // the batch that finds it full fails, and the import is undone.
      disk!.unfill();
      const racing = await openData(env);
      await importFile(racing, raw);
      await expect.poll(() => textOf(racing, '.progress-text').catch(() => null), { timeout: 30_000, interval: 20 }).toMatch(/^([1-9]\d?) %$/);
      disk!.fill(1024 * 1024);
      await expect.poll(() => status(racing), { timeout: 90_000 }).toMatch(/Imported|was undone|could not be undone|cannot be read now/);
      const raced = (await status(racing))!;
      // Counted after the undo, not assumed: it holds the three saved articles.
      if (/was undone/.test(raced)) expect(raced).toMatch(/storage is full.*holds 3 articles/);
      // Chromium may discard the database there and then: the copy kept outside it is said, and put back below.
      if (/cannot be read now/.test(raced)) expect(raced).toMatch(/copy of your collection from before the import outside the database \(3 articles, \d+ deals\)/);
      console.log(`${env.b.name}, disk filled mid-import: ${raced}`);
      await racing.close();
      if (/could not be undone|cannot be read now/.test(raced)) {
        // The undo itself was refused (the disk still full): it is done at the next start with room, and nothing saved was lost meanwhile.
        // Chromium may refuse even to open the database while the disk is full; the restart below, with room, then tells.
        const read = await now().catch((err: Error) => err.message);
        // (Read with plain IndexedDB: a database the browser discarded has none of DealLens's tables. Chromium words a
        // database it cannot open on the full disk "Internal error opening backing store": seen once under CI's load.)
        if (typeof read === 'string') expect(read).toMatch(/full disk|QuotaExceeded|object stores was not found|Internal error opening backing store/);
        else for (const a of saved) expect(read.find((x) => x.id === a.id)).toEqual(a);
      } else if (!raced.startsWith('Imported')) await expect.poll(now, { timeout: 30_000 }).toEqual(saved);
      // Then a restart with room again: the store is as it was before the import. (A restart on the still-full
      // disk right after an undone import once came back with an empty store in Chromium, under the full
      // suite's load, and never in isolated runs: left open, see the README.)
      disk!.unfill();
      const before = indexedDbFiles(env.b.profileDir);
      await env.restart();
      console.log(`${env.b.name} after the restart:`, JSON.stringify(await readTables(env.b, ['articles', 'journal', 'entities', 'meta']).then((t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.length]))).catch((e: Error) => e.message)));
      await expect
        .poll(now, { timeout: 60_000, message: `IndexedDB files before the restart:\n${before}\nafter:\n${indexedDbFiles(env.b.profileDir)}` })
        .toEqual(raced.startsWith('Imported') ? expect.arrayContaining(saved) : saved);

      // With room again, the same file imports whole.
      disk!.unfill();
      const again = await openData(env);
      await importFile(again, raw);
      await expect.poll(() => status(again), { timeout: 90_000 }).toBe('Imported: 0 entities, 0 deals, 1500 articles.');
      expect((await storeContents(env.b)).articles).toHaveLength(1503);
      for (const a of saved) expect((await now()).find((x) => x.id === a.id)).toEqual(a);
      // The profile stays on the small disk until the disk goes.
      await env.b.close(true);
      env.b = await env.launcher.launch();
    }, 240_000); // two restarts, an import refused, one undone and one that lands, on a tmpfs: minutes under load
  });
});
