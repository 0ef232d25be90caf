/**
 * What a page decides and what it cannot, in Chromium with the built extension: the scheme of a
 * saved link (only http(s) is stored, and every link rendered is http(s)), whether it replaces
 * another saved article (never, unless it is the same article), what its content script may ask
 * and write, and whether its synthetic events open a card.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cardText, popupFor, saveFromPopup, settled, storeContents, useExtension } from './fixtures';
import { seedFiles, seedText } from '../support/gold';
import { currentWorker } from './worker-control';

const env = useExtension();
const seeds = seedFiles.map(seedText);

/** A news page made of a seed article, declaring `canonical` (when given) as its canonical link. */
function newsPage(path: string, seed: number, canonical?: string, title = `Story ${path}`): string {
  const paragraphs = seeds[seed].split('\n').filter(Boolean).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
  const link = canonical === undefined ? '' : `<link rel="canonical" href="${canonical.replace(/"/g, '&quot;')}">`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${link}</head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
  env.server.routes.set(`/${path}`, html);
  return path;
}

/** Every link the page renders, outside DealLens's own routes: their addresses. */
const outLinks = (page: Page) => page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('#')));

describe('links are http(s)', () => {
  const hostile = ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome://settings'];

  test('a page declaring a javascript:, data:, file: or chrome: canonical is saved under its own http address; every link the popup renders is http(s)', async () => {
    for (const [i, canonical] of hostile.entries()) await saveFromPopup(env.ext, env.server, newsPage(`hostile-${i}.html`, i, canonical));
    const { articles } = await storeContents(await currentWorker(env.ext));
    const stored = await (await currentWorker(env.ext)).evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const r = indexedDB.open('deallens');
        r.onsuccess = () => resolve(r.result);
      });
      const all = await new Promise<{ canonicalUrl?: string; url?: string }[]>((resolve) => {
        const r = db.transaction('articles').objectStore('articles').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const deals = await new Promise<{ sources: { url?: string }[] }[]>((resolve) => {
        const r = db.transaction('deals').objectStore('deals').getAll();
        r.onsuccess = () => resolve(r.result);
      });
      db.close();
      return { links: all.flatMap((a) => [a.canonicalUrl, a.url]), sources: deals.flatMap((d) => d.sources.map((s) => s.url)).filter(Boolean) };
    });
    expect(articles).toHaveLength(hostile.length);
    for (const link of [...stored.links, ...stored.sources]) expect(link).toMatch(/^https?:\/\//);
    expect(stored.links).toEqual(expect.arrayContaining(hostile.map((_, i) => env.server.url(`hostile-${i}.html`))));

    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html#collection`);
    await popup.locator('.article-row, [role=listbox] [role=option], .collection li').first().waitFor({ timeout: 15_000 });
    for (const href of await outLinks(popup)) expect(href).toMatch(/^https?:\/\//);
    for (const a of articles) {
      await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html#article/${encodeURIComponent(a.id)}`);
      await popup.getByRole('heading', { level: 2 }).first().waitFor();
      await expect.poll(() => popup.getByRole('link', { name: 'Open the page' }).getAttribute('href')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hostile-\d\.html$/);
      for (const href of await outLinks(popup)) expect(href).toMatch(/^https?:\/\//);
    }
    await popup.close();
  });
});

describe('a page cannot replace another saved article', () => {
  test("declaring another article's canonical saves it as its own, and says so; a home-page canonical is ignored", async () => {
    const a = newsPage('story-a.html', 0, undefined, 'The first story');
    await saveFromPopup(env.ext, env.server, a);
    const before = (await storeContents(await currentWorker(env.ext))).articles.length;
    const b = newsPage('story-b.html', 4, env.server.url(a), 'Another story entirely');
    const { page, popup } = await popupFor(env.ext, env.server, b);
    // The page names A's address as its own, so the popup first shows A's saved state; saving it keeps A whole.
    const button = popup.locator('.save button.primary');
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();
    await expect.poll(() => popup.locator('.notice').textContent(), { timeout: 15_000 }).toContain('declares the address of another article');
    await popup.close();
    await page.close();
    await saveFromPopup(env.ext, env.server, newsPage('story-c.html', 3, env.server.url(''), 'A third story'));
    const { articles } = await storeContents(await currentWorker(env.ext));
    expect(articles).toHaveLength(before + 2);
    expect(articles.map((x) => x.title)).toEqual(expect.arrayContaining(['The first story', 'Another story entirely', 'A third story']));
  });
});

describe("a content script's rights", () => {
  /** Runs code in DealLens's content script (its isolated world), as a compromised renderer could. */
  async function inContentScript(page: Page, expression: string): Promise<unknown> {
    const cdp = await page.context().newCDPSession(page);
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith(`chrome-extension://${env.ext.extensionId}`));
    if (!world) throw new Error('DealLens content script world not found');
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as { result: { value: unknown } };
    await cdp.detach();
    return r.result.value;
  }

  test('is answered only about its own tab, and can neither read nor write the settings and the overlay', async () => {
    const { page, popup, tabId } = await popupFor(env.ext, env.server, 'seed-000.html');
    await popup.close();
    const own = env.server.url('seed-000.html');
    const ask = (message: unknown) => inContentScript(page, `chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    expect(await ask({ type: 'page-status', payload: { url: own } })).toMatchObject({ ok: true });
    expect(await ask({ type: 'page-status', payload: { url: env.server.url('story-a.html') } })).toMatchObject({ ok: false, error: expect.stringContaining('own tab') });
    expect(await ask({ type: 'save-page', payload: { tabId: tabId + 1000 } })).toMatchObject({ ok: false, error: expect.stringContaining('own tab') });
    expect(await ask({ type: 'kb-changed', payload: {} })).toMatchObject({ ok: false });
    const storage = await inContentScript(page, `(async () => { try { await chrome.storage.local.set({ settings: { enabled: false } }); return 'written'; } catch (e) { return 'refused: ' + e.message; } })()`);
    expect(storage).toMatch(/^refused/);
    const read = await inContentScript(page, `(async () => { try { return JSON.stringify(await chrome.storage.local.get('kbOverlay')); } catch (e) { return 'refused: ' + e.message; } })()`);
    expect(read).toMatch(/^refused/);
    const settings = await (await currentWorker(env.ext)).evaluate(() => chrome.storage.local.get('settings'));
    expect((settings as { settings?: { enabled?: boolean } }).settings?.enabled).not.toBe(false);
    await page.close();
  });

  test('a synthetic mousemove over a highlight opens no card; the reader’s own pointer does', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-000.html'));
    await settled(page, 1);
    const at = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('deallens-fund') as unknown as Iterable<Range>)][0];
      const r = range.getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++) document.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y + i * 0.1, bubbles: true }));
    }, at);
    await page.waitForTimeout(400);
    expect(await cardText(page)).toBeNull();
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => cardText(page), { timeout: 5_000 }).not.toBeNull();
    await page.close();
  });
});
