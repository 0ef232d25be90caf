/**
 * What a page decides and what it cannot: the scheme of a saved link (only http(s) is stored, and
 * every link rendered is http(s)), whether it replaces another saved article (never, unless it is
 * the same article), what its content script may ask and write, and whether its synthetic events
 * open a card.
 */
import { expect, test } from 'vitest';
import { seedFiles, seedText } from '../support/gold';
import { eachBrowser, expectNoExtensionErrors, type BrowserEnv, type TestPage } from './harness';
import { chromiumContentScript } from './harness/chromium';
import { clickSave, popupFor, saveFromPopup } from './harness/flows';
import { settled } from './harness/highlights';
import { readTables, storeContents } from './harness/store';
import { changed, waitForScreen } from './harness/screen';
import { waitText } from './harness/ui';

const seeds = seedFiles.map(seedText);

/** A news page made of a seed article, declaring `canonical` (when given) as its canonical link. */
function newsPage(env: BrowserEnv, path: string, seed: number, canonical?: string, title = `Story ${path}`): string {
  const paragraphs = seeds[seed].split('\n').filter(Boolean).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('');
  const link = canonical === undefined ? '' : `<link rel="canonical" href="${canonical.replace(/"/g, '&quot;')}">`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${link}</head><body><article><h1>${title}</h1>${paragraphs}</article></body></html>`;
  env.server.routes.set(`/${path}`, html);
  return path;
}

/** Every link the page renders, outside DealLens's own routes: their addresses. */
const outLinks = (page: TestPage) => page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith('#')));

eachBrowser('integrity', (env) => {
  test('a page declaring a javascript:, data:, file: or chrome: canonical is saved under its own http address; every link the popup renders is http(s)', async () => {
    const hostile = ['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome://settings'];
    for (const [i, canonical] of hostile.entries()) await saveFromPopup(env, newsPage(env, `hostile-${i}.html`, i, canonical));
    const { articles, deals } = (await readTables(env.b, ['articles', 'deals'])) as { articles: { id: string; canonicalUrl?: string; url?: string }[]; deals: { sources: { url?: string }[] }[] };
    expect(articles).toHaveLength(hostile.length);
    const links = articles.flatMap((a) => [a.canonicalUrl, a.url]);
    for (const link of [...links, ...deals.flatMap((d) => d.sources.map((s) => s.url)).filter(Boolean)]) expect(link).toMatch(/^https?:\/\//);
    expect(links).toEqual(expect.arrayContaining(hostile.map((_, i) => env.server.url(`hostile-${i}.html`))));

    const popup = await env.b.extensionPage('popup.html?full#collection');
    await popup.waitFor(() => document.querySelector('[data-view="collection"][data-ready="true"] [data-article]'));
    for (const href of await outLinks(popup)) expect(href).toMatch(/^https?:\/\//);
    for (const a of articles) {
      await popup.evaluate((h) => (location.hash = h), `#article/${encodeURIComponent(a.id)}`);
      await popup.waitFor(() => document.querySelector('[data-view="article"] h2'));
      await expect.poll(() => popup.evaluate(() => [...document.querySelectorAll('a')].find((x) => x.textContent?.includes('Open the page'))?.getAttribute('href'))).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/hostile-\d\.html$/);
      for (const href of await outLinks(popup)) expect(href).toMatch(/^https?:\/\//);
    }
    await popup.close();
  });

  test("declaring another article's canonical saves it as its own, and says so; a home-page canonical is ignored", async () => {
    const a = newsPage(env, 'story-a.html', 0, undefined, 'The first story');
    await saveFromPopup(env, a);
    const before = (await storeContents(env.b)).articles.length;
    const b = newsPage(env, 'story-b.html', 4, env.server.url(a), 'Another story entirely');
    const { page, popup } = await popupFor(env, b);
    // The page names A's address as its own, so the popup first shows A's saved state; saving it keeps A whole.
    await clickSave(popup);
    await waitText(popup, '.notice', (t) => t.includes('declares the address of another article'));
    await popup.close();
    await page.close();
    await saveFromPopup(env, newsPage(env, 'story-c.html', 3, env.server.url(''), 'A third story'));
    const { articles } = await storeContents(env.b);
    expect(articles).toHaveLength(before + 2);
    expect(articles.map((x) => x.title)).toEqual(expect.arrayContaining(['The first story', 'Another story entirely', 'A third story']));
  });

  /**
   * Code run inside DealLens's content script (its isolated world), as a compromised renderer could:
   * the DevTools protocol reaches that world in Chromium; WebDriver BiDi offers no way into an
   * extension's content-script sandbox, so this one runs in Chromium only. (Firefox also has no
   * `storage.local.setAccessLevel`: there content scripts can still write storage, and what the
   * background reads from it is checked.)
   */
  test.skipIf(env.launcher.name !== 'chromium')('a content script is answered only about its own tab, and can neither read nor write the settings and the overlay', async () => {
    const { page, popup, tabId } = await popupFor(env, 'seed-000.html');
    await popup.close();
    const inContent = (expression: string) => chromiumContentScript(page, expression);
    const own = env.server.url('seed-000.html');
    const ask = (message: unknown) => inContent(`chrome.runtime.sendMessage(${JSON.stringify(message)})`);
    expect(await ask({ type: 'page-status', payload: { url: own } })).toMatchObject({ ok: true });
    expect(await ask({ type: 'page-status', payload: { url: env.server.url('story-a.html') } })).toMatchObject({ ok: false, error: expect.stringContaining('own tab') });
    expect(await ask({ type: 'save-page', payload: { tabId: tabId + 1000 } })).toMatchObject({ ok: false, error: expect.stringContaining('own tab') });
    expect(await ask({ type: 'kb-changed', payload: {} })).toMatchObject({ ok: false });
    expect(await inContent(`(async () => { try { await chrome.storage.local.set({ settings: { enabled: false } }); return 'written'; } catch (e) { return 'refused: ' + e.message; } })()`)).toMatch(/^refused/);
    expect(await inContent(`(async () => { try { return JSON.stringify(await chrome.storage.local.get('kbOverlay')); } catch (e) { return 'refused: ' + e.message; } })()`)).toMatch(/^refused/);
    const settings = await env.b.inExtension(() => chrome.storage.local.get('settings'));
    expect((settings as { settings?: { enabled?: boolean } }).settings?.enabled).not.toBe(false);
    await page.close();
  });

  test('a synthetic mousemove over a highlight opens no card; the reader’s own pointer does', async () => {
    const page = await env.b.newPage(env.server.url('seed-000.html'));
    await settled(page, 1);
    const at = await page.evaluate(() => {
      let range: Range | null = null;
      CSS.highlights.get('deallens-fund')!.forEach((r) => {
        range ??= r as Range;
      });
      const r = (range as unknown as Range).getClientRects()[0];
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouseMove(5, 5);
    const before = await page.screenshot();
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++) document.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y + i * 0.1, bubbles: true }));
    }, at);
    await new Promise((r) => setTimeout(r, 400));
    if (env.b.shadow) expect(await env.b.shadow.cardText(page)).toBeNull();
    expect(changed(before, await page.screenshot()).pixels).toBeLessThan(200);
    await page.mouseMove(at.x, at.y);
    if (env.b.shadow) await expect.poll(() => env.b.shadow!.cardText(page), { timeout: 15_000 }).not.toBeNull();
    await waitForScreen(page, before, (c) => c.pixels > 8000);
    await page.close();
  });

  test('no error from the extension in the browser’s log', () => expectNoExtensionErrors(env.b));
});
