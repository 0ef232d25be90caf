import { beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y';
import { eachBrowser, expectNoExtensionErrors, type BrowserEnv, type TestPage } from './harness';
import { clickSave, popupFor, saveFromPopup } from './harness/flows';
import { storeContents } from './harness/store';
import { attr, clickAt, clickRole, count, selectOption, textOf, textsOf, waitText } from './harness/ui';

/** The popup opened on one of its views, as "open in a tab" does. */
const openView = (env: BrowserEnv, hash: string) => env.b.extensionPage(`popup.html?full${hash}`);

const titles = async (popup: TestPage) => (await textsOf(popup, '[data-article] .title')).sort();
const ready = (popup: TestPage) => popup.waitFor(() => document.querySelector('[data-view="collection"][data-ready="true"]'));

async function search(popup: TestPage, query: string): Promise<string[]> {
  await popup.fill('#collection-search', query);
  await popup.waitFor((q) => document.querySelector(`[data-view="collection"][data-query="${q}"]`), query, 10_000);
  return titles(popup);
}

async function filterEntity(popup: TestPage, name: string): Promise<void> {
  await popup.fill('#filter-entity', name);
  await popup.focus('#filter-entity');
  await popup.press('Enter');
}

eachBrowser('the collection', (env) => {
  const title: Record<string, string> = {};
  beforeAll(async () => {
    await saveFromPopup(env, 'seed-000.html');
    await saveFromPopup(env, 'seed-003.html');
    for (const a of (await storeContents(env.b)).articles) title[a.entityIds.includes('bmw') ? '003' : '000'] = a.title;
  });

  test('lists every saved article; full-text search finds the right ones, whatever the case and accents', async () => {
    const popup = await openView(env, '#collection');
    await ready(popup);
    expect(await titles(popup)).toEqual([title['000'], title['003']].sort());
    expect(await search(popup, 'plug and play')).toEqual([title['000']]);
    expect(await search(popup, 'alibaba')).toEqual([title['003']]);
    expect(await search(popup, 'ALIBABA')).toEqual([title['003']]);
    expect(await search(popup, 'xyzzy')).toEqual([]);
    await waitText(popup, '.collection', (t) => t.includes('No saved article matches'));
    await popup.close();
  });

  test('filtering by BMW lists seed 003; by language and by site too', async () => {
    const popup = await openView(env, '#collection');
    await ready(popup);
    await clickAt(popup, '.filters summary');
    await filterEntity(popup, 'BMW');
    await expect.poll(() => titles(popup)).toEqual([title['003']]);
    await filterEntity(popup, '');
    await expect.poll(() => titles(popup)).toHaveLength(2);
    // Both seeds are French: the language menu offers what the collection holds.
    const options = (s: string) => popup.evaluate((sel) => [...document.querySelectorAll(`${sel} option`)].map((o) => (o as HTMLOptionElement).value), s);
    await expect.poll(() => options('#filter-lang')).toEqual(['', 'fr']);
    await selectOption(popup, '#filter-lang', 'fr');
    await expect.poll(() => titles(popup)).toHaveLength(2);
    await selectOption(popup, '#filter-lang', '');
    // Both come from one (made-up) news site.
    await expect.poll(() => options('#filter-site')).toEqual(['', 'Le Journal de la Route']);
    await selectOption(popup, '#filter-site', 'Le Journal de la Route');
    await filterEntity(popup, 'BMW');
    await expect.poll(() => titles(popup)).toEqual([title['003']]);
    await selectOption(popup, '#filter-site', '');
    await filterEntity(popup, 'Nobody Motors');
    await waitText(popup, '.filters', (t) => t.includes('No entity has this name'));
    await popup.close();
  });

  test('an article opens with its details; notes and tags are kept; delete, then undo, gives it back whole', async () => {
    const popup = await openView(env, '#collection');
    await ready(popup);
    await clickRole(popup, 'button', title['003']);
    await popup.waitFor(() => document.querySelector('[data-view="article"]'));
    const detail = (await textOf(popup, '[data-view="article"]'))!;
    for (const name of ['BMW', 'Alibaba']) expect(detail).toContain(name);
    await popup.fill('#article-tags', 'china, retail');
    await popup.fill('#article-notes', 'Tmall store');
    await clickRole(popup, 'button', 'Save note and tags');
    await expect.poll(async () => (await storeContents(env.b)).articles.find((a) => a.title === title['003'])?.tags).toEqual(['china', 'retail']);

    const before = await storeContents(env.b);
    await clickRole(popup, 'button', 'Delete', { exact: true });
    await popup.waitFor(() => document.querySelector('.undo'));
    await expect.poll(() => titles(popup)).toEqual([title['000']]);
    expect((await storeContents(env.b)).articles).toHaveLength(1);
    await clickRole(popup, 'button', 'Undo');
    await expect.poll(() => titles(popup)).toHaveLength(2);
    expect(await storeContents(env.b)).toEqual(before);
    expect(await search(popup, 'alibaba')).toEqual([title['003']]);
    await popup.close();
  });

  test('the exported JSON holds what was saved', async () => {
    const popup = await openView(env, '#collection');
    await ready(popup);
    const json = await env.b.download(popup, () => clickRole(popup, 'button', 'JSON', { exact: true }));
    const file = JSON.parse(json.text);
    expect(file.format).toBe('deallens-export');
    expect(file.articles.map((a: { title: string }) => a.title).sort()).toEqual([title['000'], title['003']].sort());
    expect(file.articles.find((a: { title: string }) => a.title === title['003']).tags).toEqual(['china', 'retail']);
    expect(file.deals.length).toBeGreaterThan(100);
    const csv = await env.b.download(popup, () => clickRole(popup, 'button', 'Articles (CSV)'));
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text).toContain(title['000'].replace(/"/g, '""'));
    await popup.close();
  });

  describe('deals', () => {
    test('a proposed deal confirmed, then edited, is in the deals table with its new figures, sortable and converted', async () => {
      const { page, popup } = await popupFor(env, 'proposal.html');
      await clickSave(popup);
      await popup.waitFor(() => document.querySelectorAll('.proposed-deal').length === 1, undefined, 15_000);
      expect(await textOf(popup, '.proposed-deal')).toContain('new');
      await clickRole(popup, 'button', 'Confirm', { within: '.proposed-deal' });
      await popup.waitFor(() => document.querySelector('.proposed-deal')?.getAttribute('data-status') === 'confirmed');
      await clickRole(popup, 'button', 'Edit', { within: '.proposed-deal', exact: true });
      await popup.fill('.proposed-deal input[name="amount"]', '15');
      await popup.fill('.proposed-deal input[name="date"]', '2024-03-12');
      await popup.fill('.proposed-deal input[name="targets"]', 'Tekion, Nobody Motors');
      await clickRole(popup, 'button', 'Save the deal', { within: '.proposed-deal' });
      await waitText(popup, '.proposed-deal [role="alert"]', (t) => t.includes('Nobody Motors'));
      await popup.fill('.proposed-deal input[name="targets"]', 'Tekion');
      await clickRole(popup, 'button', 'Save the deal', { within: '.proposed-deal' });
      await waitText(popup, '.proposed-deal', (t) => t.includes('€15.0 m'));
      const id = (await attr(popup, '.proposed-deal', 'data-deal'))!;
      await popup.close();
      await page.close();

      const table = await openView(env, '#deals');
      await selectOption(table, '#deal-scope', 'confirmed');
      const row = `[data-deal="${id}"]`;
      await table.waitFor((r) => document.querySelector(r), row);
      expect(await textOf(table, row)).toContain('Porsche Ventures → Tekion');
      expect(await textOf(table, `${row} .amount-cell`)).toBe('€15.0 m');
      await selectOption(table, '#deal-currency', 'USD');
      await waitText(table, `${row} .amount-cell`, (t) => /^US\$16\.\d m$/.test(t));

      // Every deal, biggest first in the reader's currency; then smallest first.
      await selectOption(table, '#deal-scope', 'all');
      const amounts = async () => (await table.evaluate(() => [...document.querySelectorAll('.amount-cell')].map((c) => Number(c.getAttribute('data-value') || NaN)))).filter((x) => !Number.isNaN(x));
      const sorted = async (dir: 1 | -1) => {
        const list = await amounts();
        return list.length > 5 && list.every((x, i) => i === 0 || dir * (x - list[i - 1]) >= 0);
      };
      await expect.poll(async () => (await amounts()).length).toBeGreaterThan(5);
      expect(await sorted(-1)).toBe(false);
      await clickAt(table, '#sort-amount');
      await expect.poll(() => sorted(-1)).toBe(true);
      expect(await textOf(table, '[role="columnheader"][aria-sort="descending"]')).toContain('Amount');
      await clickAt(table, '#sort-amount');
      await expect.poll(() => sorted(1)).toBe(true);
      await table.close();
    });
  });

  describe('entities and the watchlist', () => {
    test('an entity profile shows aliases, sponsors with shares, a deal timeline and the articles naming it', async () => {
      const popup = await openView(env, '#entity/alliance-ventures');
      await popup.waitFor(() => document.querySelectorAll('[data-view="entity"] .timeline .deal').length >= 5, undefined, 10_000);
      const text = (await textOf(popup, '[data-view="entity"]'))!;
      for (const s of ['Alliance Ventures', 'Renault', 'Plug and Play', 'Tekion', '2018']) expect(text).toContain(s);
      expect(text).toMatch(/\d+ %/);
      await popup.close();
    });

    test('a watched entity lights the badge of a page naming it, comes first there, and fills the watchlist timeline', async () => {
      const { page, popup, tabId } = await popupFor(env, 'seed-003.html');
      const badge = () => env.b.inExtension((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
      await popup.waitFor(() => document.querySelector('[data-entity="tencent"]'));
      expect(await badge()).not.toContain('★');
      await clickRole(popup, 'button', 'Watch Tencent', { within: '[data-entity="tencent"]' });
      await expect.poll(badge, { timeout: 15_000 }).toContain('★');
      await popup.reload();
      await expect.poll(() => attr(popup, '.kind-group:has([data-entity="tencent"]) .entity', 'data-entity')).toBe('tencent');

      const list = await openView(env, '#watchlist');
      await list.waitFor(() => document.querySelector('[data-view="watchlist"] [data-entity="tencent"]'));
      await expect.poll(() => count(list, '.timeline .deal')).toBeGreaterThan(0);
      expect(await textOf(list, '.timeline')).toContain('Tencent');
      await clickRole(list, 'button', 'Stop watching Tencent');
      await expect.poll(badge, { timeout: 15_000 }).not.toContain('★');
      await list.close();
      await popup.close();
      await page.close();
    });
  });

  describe('keyboard and accessibility', () => {
    test('tabs move with the arrow keys, and the article list with up and down', async () => {
      const popup = await openView(env, '#collection');
      await ready(popup);
      await popup.focus('#tab-collection');
      await popup.press('ArrowRight');
      await expect.poll(() => popup.evaluate(() => location.hash)).toBe('#deals');
      await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('tab-deals');
      await popup.press('ArrowLeft');
      await ready(popup);
      await popup.focus('[data-article] .title');
      await popup.press('ArrowDown');
      await expect.poll(() => popup.evaluate(() => document.activeElement?.closest('[data-index]')?.getAttribute('data-index'))).toBe('1');
      await popup.press('Enter');
      await popup.waitFor(() => document.querySelector('[data-view="article"]'));
      await popup.close();
    });

    test.each(['light', 'dark'] as const)('axe finds no serious or critical issue on any view (%s)', async (scheme) => {
      const { page, popup } = await popupFor(env, 'seed-000.html');
      await popup.colorScheme(scheme);
      await popup.waitFor(() => document.querySelector('[data-entity="alliance-ventures"] .deal'), undefined, 15_000);
      // The check can fail: a button with no name is caught.
      await popup.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { id: 'unnamed' })));
      expect((await seriousViolations(popup)).join()).toContain('button-name');
      await popup.evaluate(() => document.getElementById('unnamed')!.remove());
      const found: Record<string, string[]> = { page: await seriousViolations(popup) };
      const articleId = (await storeContents(env.b)).articles[0].id;
      for (const hash of ['#collection', '#deals', '#watchlist', '#entity/alliance-ventures', `#article/${encodeURIComponent(articleId)}`]) {
        await popup.evaluate((h) => (location.hash = h), hash);
        await popup.waitFor(() => document.querySelector('[data-view]'));
        await new Promise((r) => setTimeout(r, 300));
        found[hash] = await seriousViolations(popup);
      }
      await clickAt(popup, '#tab-collection');
      await clickAt(popup, '.filters summary');
      found.filters = await seriousViolations(popup);
      expect(found).toEqual({ page: [], '#collection': [], '#deals': [], '#watchlist': [], '#entity/alliance-ventures': [], [`#article/${encodeURIComponent(articleId)}`]: [], filters: [] });
      await popup.colorScheme('light');
      await popup.close();
      await page.close();
    });
  });

  test('no error from the extension in the browser’s log', () => expectNoExtensionErrors(env.b));
});

