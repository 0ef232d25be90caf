/**
 * The team collection end to end: two readers, each in a browser profile of their own, share one
 * database on a CouchDB-protocol server on loopback (test/support/couch-server.ts: pouchdb-server,
 * or a real CouchDB with DEALLENS_COUCHDB_URL).
 *
 * A headless browser cannot answer the optional-permission prompt that "Save and sync" raises.
 * Chromium: the test answers it the way the browser does after the reader's "Allow" (the page's
 * `permissions.request` resolves true; the background then finds the origin covered by the host
 * access the extension already holds). Firefox grants the loopback origin without a prompt.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCouch, type CouchServer } from '../support/couch-server';
import { designDoc, DESIGN_DOC_ID } from '../../src/core/team/design-doc';
import { chromiumLauncher } from './harness/chromium';
import { netLogOf } from './harness/chromium-launch';
import { firefoxLauncher } from './harness/firefox';
import { clickSave, popupFor } from './harness/flows';
import { painted, settled } from './harness/highlights';
import type { BrowserEnv } from './harness/index';
import { servePages, type PageServer } from './harness/server';
import { readTables, rowCount, storeContents, storedEntities } from './harness/store';
import type { TestBrowser } from './harness/types';
import { attr, byLabel, clickRole, fillLabel, selectOption, waitText } from './harness/ui';
import { tempFile } from './harness/files';
import { articlesFile } from './export-files';

const wanted = (process.env.DEALLENS_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());
const SYNC_WAIT = 45_000;

interface Row {
  key: string;
  conflicts?: string[];
}

for (const launcher of [chromiumLauncher, firefoxLauncher]) {
  if (!wanted.includes(launcher.name)) continue;
  const missing = launcher.unavailable();
  if (missing && process.env.CI) throw new Error(`${launcher.name}: ${missing}`);
  (missing ? describe.skip : describe)(`the team collection [${launcher.name}]`, () => {
    let couch: CouchServer;
    let server: PageServer;
    let a: TestBrowser;
    let b: TestBrowser;
    let url: string;
    const env = (browser: TestBrowser) => ({ b: browser, server }) as BrowserEnv;

    beforeAll(async () => {
      // Chromium writes every request it makes to a net log, read by the last test (Firefox's are noted by an observer the harness installs).
      if (launcher.name === 'chromium') process.env.DEALLENS_NETLOG = mkdtempSync(join(tmpdir(), 'deallens-netlog-'));
      couch = await startCouch();
      await couch.addUser('ann', 'ann-secret');
      await couch.addUser('bob', 'bob-secret');
      url = await couch.createDatabase(`team-${launcher.name}`, ['ann', 'bob']);
      const put = await couch.asAdmin(`team-${launcher.name}/${DESIGN_DOC_ID}`, { method: 'PUT', body: JSON.stringify(designDoc) });
      expect(put.ok).toBe(true);
      server = await servePages();
      [a, b] = [await launcher.launch(), await launcher.launch()];
    }, 120_000);
    afterAll(async () => {
      await a?.close().catch(() => undefined);
      await b?.close().catch(() => undefined);
      await server?.close();
      await couch?.close();
    });

    const articleCount = (browser: TestBrowser) => rowCount(browser, 'articles');
    const rows = async (browser: TestBrowser) => (await readTables(browser, ['teamRows'])).teamRows as Row[];

    test('off by default: the options page says so and the background contacts nothing', async () => {
      const options = await a.extensionPage('options.html#team');
      await waitText(options, '#team .team-status', (t) => t.includes('Team collection: off'));
      expect((await readTables(a, ['teamRows'])).teamRows).toEqual([]);
      // Off, the marks of the knowledge base's first fill do not pile up: one mark asks for a full look when sync is turned on.
      await expect.poll(async () => ((await readTables(a, ['teamDirty'])).teamDirty as { key: string }[]).map((m) => m.key), { timeout: 15_000 }).toEqual(['*']);
      await options.close();
    });

    test('A sets it up in the options page; B by its settings (contract 7); both are up to date', async () => {
      const options = await a.extensionPage('options.html#team');
      if (launcher.name === 'chromium') await options.evaluate(() => void (chrome.permissions.request = (async () => true) as unknown as typeof chrome.permissions.request));
      await fillLabel(options, 'Database URL', url);
      await fillLabel(options, 'User name', 'ann');
      await fillLabel(options, 'Password', 'wrong');
      await clickRole(options, 'button', 'Test connection');
      await waitText(options, '#team > [role=status]', (t) => t.includes('The user name or the password is wrong.'));
      await fillLabel(options, 'Password', 'ann-secret');
      await clickRole(options, 'button', 'Save and sync');
      await waitText(options, '#team > [role=status]', (t) => t.includes('DealLens syncs with this database'));
      await waitText(options, '#team .team-status', (t) => t.includes('up to date'), SYNC_WAIT);
      await options.close();
      expect(await a.inExtension(() => chrome.storage.local.get('sync'))).toEqual({ sync: { enabled: true, url, username: 'ann', password: 'ann-secret' } });

      await b.inExtension((s) => chrome.storage.local.set({ sync: s }), { enabled: true, url, username: 'bob', password: 'bob-secret' });
      const other = await b.extensionPage('options.html#team');
      await waitText(other, '#team .team-status', (t) => t.includes('up to date'), SYNC_WAIT);
      await other.close();
    });

    test("A saves an article, confirms its deal and adds an entity: B's collection, deals table and pages have them within seconds", async () => {
      const { page, popup } = await popupFor(env(a), 'proposal.html');
      await clickSave(popup);
      await popup.reload();
      await expect.poll(() => attr(popup, '.proposed-deal', 'data-deal'), { timeout: 15_000 }).not.toBeNull();
      await clickRole(popup, 'button', 'Confirm', { within: '.proposed-deal' });
      await expect.poll(() => attr(popup, '.proposed-deal', 'data-status')).toBe('confirmed');
      const dealId = (await attr(popup, '.proposed-deal', 'data-deal'))!;
      await popup.close();
      await page.bringToFront();
      await a.menuClick('deallens-add-company', { selectionText: 'Voltaro Mobility' });
      await page.close();
      const saved = (await storeContents(a)).articles[0];

      // B's collection, open before the article arrives, shows it when it comes.
      const collection = await b.extensionPage('popup.html?full#collection');
      await expect.poll(async () => (await storeContents(b)).articles.map((x) => x.title), { timeout: SYNC_WAIT }).toEqual([saved.title]);
      await waitText(collection, '[data-view="collection"]', (t) => t.includes(saved.title), SYNC_WAIT);
      await expect.poll(async () => (await storeContents(b)).deals.find((d) => d.id === dealId)?.status, { timeout: SYNC_WAIT }).toBe('confirmed');
      await expect.poll(async () => (await storedEntities(b)).find((e) => e.id === 'voltaro-mobility')?.origin, { timeout: SYNC_WAIT }).toBe('user');
      // Who changed it last, as the reader sees it.
      await clickRole(collection, 'button', saved.title);
      await waitText(collection, '.team-changed', (t) => t.startsWith('Changed last by ann'));
      await collection.close();
      const table = await b.extensionPage('popup.html?full#deals');
      // The reader's confirmed deals only: among the shipped hundreds, a list shows the rows in view.
      await selectOption(table, '#deal-scope', 'confirmed');
      await table.waitFor((id) => document.querySelector(`[data-deal="${id}"]`), dealId, SYNC_WAIT);
      await table.close();
      const reading = await b.newPage(server.url('voltaro.html'));
      await settled(reading, 1);
      await expect.poll(async () => (await painted(reading)).filter((r) => r.kind === 'company').map((r) => r.text), { timeout: SYNC_WAIT }).toContain('Voltaro Mobility');
      await reading.close();
      // Who changed it last: the CouchDB user.
      expect((await rows(b)).find((r) => r.key === `article:${saved.id}`)).toMatchObject({ changedBy: 'ann' });
    });

    test("B's worker stopped, then its browser closed and started again: the replication resumes from where it was, and A's changes of meanwhile arrive", async () => {
      const article = (await storeContents(a)).articles[0];
      const annNotes = async (note: string) => {
        const popup = await a.extensionPage('popup.html?full#collection');
        await clickRole(popup, 'button', article.title);
        await popup.fill('#article-notes', note);
        await clickRole(popup, 'button', 'Save note and tags');
        await expect.poll(async () => (await storeContents(a)).articles.find((x) => x.id === article.id)?.notes).toBe(note);
        await popup.close();
      };
      const bNotes = async () => (await storeContents(b)).articles.find((x) => x.id === article.id)?.notes;
      const seq = async () => (await readTables(b, ['meta'])).meta.find((m) => (m as { key: string }).key === 'teamSeq') as { value: number | string } | undefined;
      await b.stopBackground();
      await annNotes('Ann: while B was asleep');
      // B's reader opens the popup: the worker wakes, and the replication with it.
      const popup = await b.extensionPage('popup.html?full#collection');
      await expect.poll(bNotes, { timeout: SYNC_WAIT }).toBe('Ann: while B was asleep');
      await popup.close();
      const before = await seq();
      expect(before).toBeDefined();
      const dir = b.profileDir;
      await b.close(true);
      await annNotes('Ann: while B was closed');
      b = await launcher.launch(dir);
      await expect.poll(bNotes, { timeout: SYNC_WAIT }).toBe('Ann: while B was closed');
      // From its checkpoint: the store's place in the replica's changes went on from where it was, and nothing is doubled.
      const after = await seq();
      expect(parseInt(String(after!.value), 10)).toBeGreaterThan(parseInt(String(before!.value), 10));
      expect((await storeContents(b)).articles).toHaveLength((await storeContents(a)).articles.length);
    });

    test('the server stopped: B edits a note, which waits; the server back, A gets it; nothing lost, nothing doubled', async () => {
      const article = (await storeContents(b)).articles[0];
      await couch.stop();
      const popup = await b.extensionPage('popup.html?full#collection');
      await clickRole(popup, 'button', article.title);
      await popup.fill('#article-notes', 'Bob: ask Porsche about the second close');
      await clickRole(popup, 'button', 'Save note and tags');
      // (Kept before the popup goes: a page closed in the middle of its write keeps nothing of it.)
      await expect.poll(async () => (await storeContents(b)).articles.find((x) => x.id === article.id)?.notes).toBe('Bob: ask Porsche about the second close');
      await popup.close();
      const options = await b.extensionPage('options.html#team');
      await waitText(options, '#team .team-status', (t) => t.includes('offline') && !t.includes('waiting to go: 0'), SYNC_WAIT);
      await couch.restart();
      await expect.poll(async () => (await storeContents(a)).articles[0]?.notes, { timeout: SYNC_WAIT }).toBe('Bob: ask Porsche about the second close');
      await waitText(options, '#team .team-status', (t) => t.includes('up to date') && t.includes('waiting to go: 0'), SYNC_WAIT);
      await options.close();
      const [sa, sb] = [await storeContents(a), await storeContents(b)];
      expect(sb.articles).toEqual(sa.articles);
      const shared = (d: { status: string }) => d.status !== 'kb';
      expect(sb.deals.filter(shared).sort((x, y) => x.id.localeCompare(y.id))).toEqual(sa.deals.filter(shared).sort((x, y) => x.id.localeCompare(y.id)));
    });

    test('both edit the same note apart: the conflict is shown to both, resolved in one, and gone for both', async () => {
      const article = (await storeContents(a)).articles[0];
      const key = `article:${article.id}`;
      await couch.stop();
      for (const [browser, note] of [
        [a, 'Ann: the round closed in March'],
        [b, 'Bob: the round closed in April'],
      ] as const) {
        const popup = await browser.extensionPage('popup.html?full#collection');
        await clickRole(popup, 'button', article.title);
        await popup.fill('#article-notes', note);
        await clickRole(popup, 'button', 'Save note and tags');
        await expect.poll(async () => (await storeContents(browser)).articles[0].notes).toBe(note);
        await popup.close();
      }
      await couch.restart();
      for (const browser of [a, b]) await expect.poll(async () => (await rows(browser)).find((r) => r.key === key)?.conflicts?.length ?? 0, { timeout: SYNC_WAIT }).toBe(1);
      // The popup says it, and leads to the options page where a reader picks.
      const popup = await b.extensionPage('popup.html?full#collection');
      await waitText(popup, '.team-line', (t) => t.includes('in conflict'), SYNC_WAIT);
      await popup.close();
      const options = await a.extensionPage('options.html#team');
      await options.waitFor(() => document.querySelector('.team-conflicts li button'), undefined, SYNC_WAIT);
      await clickRole(options, 'button', `Resolve ${article.title}`);
      await waitText(options, '.team-versions', (t) => t.includes('Ann: the round closed in March') && t.includes('Bob: the round closed in April'));
      await clickRole(options, 'button', 'Keep the version of bob');
      await waitText(options, '.team-conflicts', (t) => t.includes('Resolved'));
      await options.close();
      for (const browser of [a, b]) {
        await expect.poll(async () => (await storeContents(browser)).articles[0].notes, { timeout: SYNC_WAIT }).toBe('Bob: the round closed in April');
        await expect.poll(async () => (await rows(browser)).find((r) => r.key === key)?.conflicts?.length ?? 0, { timeout: SYNC_WAIT }).toBe(0);
      }
    });

    test('both edit the same deal apart: the conflict is shown to both, merged field by field in one, and the merge is what both keep', async () => {
      const dealId = (await storeContents(a)).deals.find((d) => d.status === 'confirmed' && d.sources.some((s) => s.articleId))!.id;
      const key = `deal:${dealId}`;
      await couch.stop();
      // Ann corrects the date, Bob the amount, each from the saved page's popup.
      for (const [browser, field, value] of [
        [a, 'date', '2024-05-02'],
        [b, 'amount', '14'],
      ] as const) {
        const { page, popup } = await popupFor(env(browser), 'proposal.html');
        await popup.waitFor((id) => document.querySelector(`.proposed-deal[data-deal="${id}"]`), dealId, 15_000);
        await clickRole(popup, 'button', 'Edit', { within: '.proposed-deal', exact: true });
        await popup.fill(`.proposed-deal input[name="${field}"]`, value);
        await clickRole(popup, 'button', 'Save the deal', { within: '.proposed-deal' });
        await expect.poll(async () => (await readTables(browser, ['deals'])).deals.find((d) => (d as { id: string }).id === dealId)).toMatchObject(field === 'date' ? { date: value } : { amount: { value: 14_000_000 } });
        await popup.close();
        await page.close();
      }
      await couch.restart();
      for (const browser of [a, b]) await expect.poll(async () => (await rows(browser)).find((r) => r.key === key)?.conflicts?.length ?? 0, { timeout: SYNC_WAIT }).toBe(1);
      const popup = await a.extensionPage('popup.html?full#collection');
      await waitText(popup, '.team-line', (t) => t.includes('in conflict'), SYNC_WAIT);
      await popup.close();
      // Bob merges: Ann's date, his amount.
      const options = await b.extensionPage('options.html#team');
      await options.waitFor((key) => document.querySelector(`.team-conflicts li[data-key="${key}"] button`), key, SYNC_WAIT);
      await clickRole(options, 'button', 'Resolve', { within: `.team-conflicts li[data-key="${key}"]` });
      await clickRole(options, 'button', 'Merge: pick each field', { within: `.team-conflicts li[data-key="${key}"]` });
      for (const [field, who] of [
        ['date', 'ann'],
        ['amount', 'bob'],
      ] as const) {
        await clickRole(options, 'radio', `${who}:`, { within: `.team-merge fieldset[data-field="${field}"]` });
      }
      await clickRole(options, 'button', 'Keep the merge');
      await waitText(options, '.team-conflicts', (t) => t.includes('Resolved'));
      await options.close();
      for (const browser of [a, b]) {
        await expect.poll(async () => (await readTables(browser, ['deals'])).deals.find((d) => (d as { id: string }).id === dealId), { timeout: SYNC_WAIT }).toMatchObject({ date: '2024-05-02', amount: { value: 14_000_000 } });
        await expect.poll(async () => (await rows(browser)).find((r) => r.key === key)?.conflicts?.length ?? 0, { timeout: SYNC_WAIT }).toBe(0);
      }
    });

    test("A deletes the article: B sees it gone; A's undo brings it back for both", async () => {
      const article = (await storeContents(a)).articles[0];
      const popup = await a.extensionPage('popup.html?full#collection');
      await clickRole(popup, 'button', article.title);
      await clickRole(popup, 'button', 'Delete', { exact: true });
      await popup.waitFor(() => document.querySelector('.undo'));
      await expect.poll(async () => (await storeContents(b)).articles.length, { timeout: SYNC_WAIT }).toBe(0);
      await clickRole(popup, 'button', 'Undo');
      await expect.poll(async () => (await storeContents(b)).articles.map((x) => x.id), { timeout: SYNC_WAIT }).toEqual([article.id]);
      await popup.close();
    });

    test('hostile records put straight on the server are refused by its rules or skipped by DealLens, and the rest syncs', async () => {
      const good = (await storeContents(a)).articles[0] as unknown as Record<string, unknown>;
      const asBob = (id: string, body: unknown) =>
        fetch(`${url}/${encodeURIComponent(id)}`, { method: 'PUT', headers: { 'Content-Type': 'application/json', Authorization: `Basic ${Buffer.from('bob:bob-secret').toString('base64')}` }, body: typeof body === 'string' ? body : JSON.stringify(body) });
      // The server's rules: another author, wrong types, 10 MB of text.
      expect((await asBob('article:forged', { kind: 'article', record: { ...good, id: 'forged' }, changedBy: 'ann', changedAt: 1 })).status).toBe(403);
      expect((await asBob('article:typed', { kind: 'article', record: { ...good, id: 'typed', title: 42 }, changedBy: 'bob', changedAt: 1 })).status).toBe(403);
      expect((await asBob('article:huge', { kind: 'article', record: { ...good, id: 'huge', text: 'x'.repeat(10_000_000) }, changedBy: 'bob', changedAt: 1 })).status).toBe(403);
      // Past the server's coarse rules, DealLens's own: a prototype key, a field no record has, a bad date.
      expect((await asBob('article:proto', `{"kind":"article","changedBy":"bob","changedAt":1,"record":{"id":"proto","title":"t","text":"x","__proto__":{"admin":true}}}`)).ok).toBe(true);
      expect((await asBob('article:extra', { kind: 'article', record: { ...good, id: 'extra', onload: 'alert(1)' }, changedBy: 'bob', changedAt: 1 })).ok).toBe(true);
      // A script in a title is text: stored, shown as text, never run.
      expect((await asBob('article:scripted', { kind: 'article', record: { ...good, id: 'scripted', url: 'https://news.test/scripted', canonicalUrl: 'https://news.test/scripted', fingerprint: 'x', title: '<img src=x onerror="window.__pwned=1">Scripted' }, changedBy: 'bob', changedAt: 1 })).ok).toBe(true);

      await expect.poll(async () => (await storeContents(a)).articles.map((x) => x.id).sort(), { timeout: SYNC_WAIT }).toEqual([good.id as string, 'scripted'].sort());
      const options = await a.extensionPage('options.html#team');
      await waitText(options, '#team .team-status', (t) => t.includes('refused (malformed): 2'), SYNC_WAIT);
      await options.close();
      const popup = await a.extensionPage('popup.html?full#collection');
      await waitText(popup, '[data-view="collection"]', (t) => t.includes('<img src=x onerror="window.__pwned=1">Scripted'), SYNC_WAIT);
      expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? null)).toBeNull();
      await popup.close();
    });

    test('the server stopped in the middle of a large sync and started again: nothing lost, nothing doubled (the two exports compared)', async () => {
      const total = (await articleCount(a)) + 600;
      const options = await a.extensionPage('options.html#data');
      await options.setInputFile(await byLabel(options, 'Import a DealLens export (JSON)'), tempFile('team-bulk.json', articlesFile(600, 'team').raw));
      // The server goes while B has some of them and not all.
      await expect.poll(() => articleCount(b), { timeout: SYNC_WAIT, interval: 50 }).toBeGreaterThan(total - 600);
      await couch.stop();
      const midway = await articleCount(b);
      expect(midway).toBeLessThan(total);
      await expect.poll(() => articleCount(a), { timeout: SYNC_WAIT }).toBe(total);
      await couch.restart();
      await expect.poll(() => articleCount(b), { timeout: 3 * SYNC_WAIT }).toBe(total);
      await options.close();
      for (const browser of [a, b]) {
        const page = await browser.extensionPage('options.html#team');
        await waitText(page, '#team .team-status', (t) => t.includes('up to date') && t.includes('waiting to go: 0'), 3 * SYNC_WAIT);
        await page.close();
      }
      const exported = async (browser: TestBrowser) => {
        const popup = await browser.extensionPage('popup.html?full#collection');
        // The whole collection listed first: a click while the view still loads may land on a button about to be redrawn.
        await popup.waitFor((n) => document.querySelector(`[data-view="collection"][data-ready="true"][data-results="${n}"]`), total, SYNC_WAIT);
        const file = await browser.download(popup, () => clickRole(popup, 'button', 'JSON', { exact: true }));
        await popup.close();
        const data = JSON.parse(file.text) as { articles: { id: string }[]; deals: { id: string; status: string }[]; entities: { id: string; origin?: string }[] };
        const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => x.id.localeCompare(y.id));
        // What the team shares: each profile's copy of the shipped knowledge base is its own (stamped when it was installed).
        return { articles: byId(data.articles), deals: byId(data.deals.filter((d) => d.status !== 'kb')), entities: byId(data.entities.filter((e) => e.origin !== 'kb')) };
      };
      const [ea, eb] = [await exported(a), await exported(b)];
      expect(ea.articles).toHaveLength(total);
      expect(new Set(eb.articles.map((x) => x.id)).size).toBe(total);
      expect(eb.articles).toEqual(ea.articles);
      expect(ea.deals.length).toBeGreaterThan(0);
      expect(eb.deals).toEqual(ea.deals);
      expect(ea.entities.length).toBeGreaterThan(0);
      expect(eb.entities).toEqual(ea.entities);
    }, 300_000);

    test.runIf(launcher.name === 'firefox')("no request to any host but the team's server: every request both profiles' extension made", async () => {
      const urls = [...(await a.extensionRequests!()), ...(await b.extensionRequests!())];
      // The recorder saw the replication (so it records), and nothing else.
      expect(urls.length).toBeGreaterThan(10);
      expect([...new Set(urls.filter((u) => /^https?:/.test(u)).map((u) => new URL(u).origin))]).toEqual([new URL(url).origin]);
    });

    test.runIf(launcher.name === 'chromium')("no request to any host but the team's server: the net logs of both profiles", async () => {
      const logs = [netLogOf(a.profileDir), netLogOf(b.profileDir)];
      await a.close();
      await b.close();
      const origins = new Set<string>();
      for (const file of logs) {
        const text = readFileSync(file, 'utf8');
        // A log is closed when the browser exits; one cut short is read up to its last whole event.
        const events = (JSON.parse(/\]\s*\}\s*$/.test(text) ? text : `${text.replace(/,\s*$/, '')}]}`) as { events: { params?: { url?: string; initiator?: string } }[] }).events;
        for (const e of events) {
          const u = e.params?.url;
          if (u && /^https?:/.test(u) && e.params?.initiator?.startsWith('chrome-extension://')) origins.add(new URL(u).origin);
        }
      }
      expect([...origins]).toEqual([new URL(url).origin]);
    });
  });
}
