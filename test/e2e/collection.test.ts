import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from './a11y';
import { popupFor, saveFromPopup, storeContents, useExtension } from './fixtures';

const env = useExtension();

/** The popup opened on one of its views, as "open in a tab" does. */
async function openView(hash: string): Promise<Page> {
  const popup = await env.ext.context.newPage();
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?full${hash}`);
  return popup;
}

const rows = (popup: Page) => popup.locator('[data-article]');
const titles = async (popup: Page) => (await rows(popup).locator('.title').allTextContents()).sort();

async function search(popup: Page, query: string): Promise<string[]> {
  await popup.fill('#collection-search', query);
  await popup.locator(`[data-view="collection"][data-query="${query}"]`).waitFor({ timeout: 10_000 });
  return titles(popup);
}

describe('the collection', () => {
  const title: Record<string, string> = {};
  beforeAll(async () => {
    await saveFromPopup(env.ext, env.server, 'seed-000.html');
    await saveFromPopup(env.ext, env.server, 'seed-003.html');
    for (const a of (await storeContents(env.ext.worker)).articles) title[a.entityIds.includes('bmw') ? '003' : '000'] = a.title;
  });

  test('lists every saved article; full-text search finds the right ones, whatever the case and accents', async () => {
    const popup = await openView('#collection');
    await popup.locator('[data-view="collection"][data-ready="true"]').waitFor();
    expect(await titles(popup)).toEqual([title['000'], title['003']].sort());
    expect(await search(popup, 'plug and play')).toEqual([title['000']]);
    expect(await search(popup, 'alibaba')).toEqual([title['003']]);
    expect(await search(popup, 'ALIBABA')).toEqual([title['003']]);
    expect(await search(popup, 'xyzzy')).toEqual([]);
    await expect.poll(() => popup.locator('.collection').textContent()).toContain('No saved article matches');
    await popup.close();
  });

  test('filtering by BMW lists seed 003; by language and by site too', async () => {
    const popup = await openView('#collection');
    await popup.locator('[data-view="collection"][data-ready="true"]').waitFor();
    await popup.locator('.filters summary').click();
    await popup.fill('#filter-entity', 'BMW');
    await popup.press('#filter-entity', 'Enter');
    await expect.poll(() => titles(popup)).toEqual([title['003']]);
    await popup.fill('#filter-entity', '');
    await popup.press('#filter-entity', 'Enter');
    await expect.poll(() => titles(popup)).toHaveLength(2);
    // Both seeds are French: the language menu offers what the collection holds.
    expect(await popup.locator('#filter-lang option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['', 'fr']);
    await popup.selectOption('#filter-lang', 'fr');
    await expect.poll(() => titles(popup)).toHaveLength(2);
    await popup.selectOption('#filter-lang', '');
    // Both come from one (made-up) news site.
    expect(await popup.locator('#filter-site option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['', 'Le Journal de la Route']);
    await popup.selectOption('#filter-site', 'Le Journal de la Route');
    await popup.fill('#filter-entity', 'BMW');
    await popup.press('#filter-entity', 'Enter');
    await expect.poll(() => titles(popup)).toEqual([title['003']]);
    await popup.selectOption('#filter-site', '');
    await popup.fill('#filter-entity', 'Nobody Motors');
    await popup.press('#filter-entity', 'Enter');
    await expect.poll(() => popup.locator('.filters').textContent()).toContain('No entity has this name');
    await popup.close();
  });

  test('an article opens with its details; notes and tags are kept; delete, then undo, gives it back whole', async () => {
    const popup = await openView('#collection');
    await popup.locator('[data-view="collection"][data-ready="true"]').waitFor();
    await popup.getByRole('button', { name: title['003'] }).click();
    await popup.locator('[data-view="article"]').waitFor();
    const detail = (await popup.locator('[data-view="article"]').textContent())!;
    for (const name of ['BMW', 'Alibaba']) expect(detail).toContain(name);
    await popup.fill('#article-tags', 'china, retail');
    await popup.fill('#article-notes', 'Tmall store');
    await popup.getByRole('button', { name: 'Save note and tags' }).click();
    await expect.poll(async () => (await storeContents(env.ext.worker)).articles.find((a) => a.title === title['003'])?.tags).toEqual(['china', 'retail']);

    const before = await storeContents(env.ext.worker);
    await popup.getByRole('button', { name: 'Delete' }).click();
    await popup.locator('.undo').waitFor();
    await expect.poll(() => titles(popup)).toEqual([title['000']]);
    expect((await storeContents(env.ext.worker)).articles).toHaveLength(1);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => titles(popup)).toHaveLength(2);
    expect(await storeContents(env.ext.worker)).toEqual(before);
    expect(await search(popup, 'alibaba')).toEqual([title['003']]);
    await popup.close();
  });

  test('the exported JSON holds what was saved', async () => {
    const popup = await openView('#collection');
    await popup.locator('[data-view="collection"][data-ready="true"]').waitFor();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'JSON' }).click()]);
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file.format).toBe('deallens-export');
    expect(file.articles.map((a: { title: string }) => a.title).sort()).toEqual([title['000'], title['003']].sort());
    expect(file.articles.find((a: { title: string }) => a.title === title['003']).tags).toEqual(['china', 'retail']);
    expect(file.deals.length).toBeGreaterThan(100);
    const [csv] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Articles (CSV)' }).click()]);
    expect(readFileSync((await csv.path())!, 'utf8')).toContain(title['000'].replace(/"/g, '""'));
    await popup.close();
  });
});

describe('deals', () => {
  test('a proposed deal confirmed, then edited, is in the deals table with its new figures, sortable and converted', async () => {
    const { page, popup } = await popupFor(env.ext, env.server, 'proposal.html');
    await popup.getByRole('button', { name: 'Save' }).click();
    const deal = popup.locator('.proposed-deal');
    await expect.poll(() => deal.count(), { timeout: 15_000 }).toBe(1);
    expect(await deal.textContent()).toContain('new');
    await deal.getByRole('button', { name: 'Confirm' }).click();
    await expect.poll(() => deal.getAttribute('data-status')).toBe('confirmed');
    await deal.getByRole('button', { name: 'Edit' }).click();
    await deal.locator('input[name="amount"]').fill('15');
    await deal.locator('input[name="date"]').fill('2024-03-12');
    await deal.locator('input[name="targets"]').fill('Tekion, Nobody Motors');
    await deal.getByRole('button', { name: 'Save the deal' }).click();
    await expect.poll(() => deal.locator('[role="alert"]').textContent()).toContain('Nobody Motors');
    await deal.locator('input[name="targets"]').fill('Tekion');
    await deal.getByRole('button', { name: 'Save the deal' }).click();
    await expect.poll(() => deal.textContent()).toContain('€15.0 m');
    const id = (await deal.getAttribute('data-deal'))!;
    await popup.close();
    await page.close();

    const table = await openView('#deals');
    await table.selectOption('#deal-scope', 'confirmed');
    const row = table.locator(`[data-deal="${id}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain('Porsche Ventures → Tekion');
    expect(await row.locator('.amount-cell').textContent()).toBe('€15.0 m');
    await table.selectOption('#deal-currency', 'USD');
    await expect.poll(() => row.locator('.amount-cell').textContent()).toMatch(/^US\$16\.\d m$/);

    // Every deal, biggest first in the reader's currency; then smallest first.
    await table.selectOption('#deal-scope', 'all');
    const amounts = async () => (await table.locator('.amount-cell').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value') || NaN)))).filter((x) => !Number.isNaN(x));
    const sorted = async (dir: 1 | -1) => {
      const list = await amounts();
      return list.length > 5 && list.every((x, i) => i === 0 || dir * (x - list[i - 1]) >= 0);
    };
    expect(await sorted(-1)).toBe(false);
    await table.click('#sort-amount');
    await expect.poll(() => sorted(-1)).toBe(true);
    expect(await table.locator('[role="columnheader"][aria-sort="descending"]').textContent()).toContain('Amount');
    await table.click('#sort-amount');
    await expect.poll(() => sorted(1)).toBe(true);
    await table.close();
  });
});

describe('entities and the watchlist', () => {
  test('an entity profile shows aliases, sponsors with shares, a deal timeline and the articles naming it', async () => {
    const popup = await openView('#entity/alliance-ventures');
    const view = popup.locator('[data-view="entity"]');
    await expect.poll(() => view.locator('.timeline .deal').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
    const text = (await view.textContent())!;
    for (const s of ['Alliance Ventures', 'Renault', 'Plug and Play', 'Tekion', '2018']) expect(text).toContain(s);
    expect(text).toMatch(/\d+ %/);
    await popup.close();
  });

  test('a watched entity lights the badge of a page naming it, comes first there, and fills the watchlist timeline', async () => {
    const { page, popup, tabId } = await popupFor(env.ext, env.server, 'seed-003.html');
    const badge = () => env.ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    const tencent = popup.locator('[data-entity="tencent"]');
    await tencent.waitFor();
    const before = await badge();
    expect(before).not.toContain('★');
    await tencent.getByRole('button', { name: 'Watch Tencent' }).click();
    await expect.poll(badge).toContain('★');
    await popup.reload();
    await expect.poll(() => popup.locator('.kind-group:has([data-entity="tencent"]) .entity').first().getAttribute('data-entity')).toBe('tencent');

    const list = await openView('#watchlist');
    await list.locator('[data-view="watchlist"] [data-entity="tencent"]').waitFor();
    await expect.poll(() => list.locator('.timeline .deal').count()).toBeGreaterThan(0);
    expect(await list.locator('.timeline').textContent()).toContain('Tencent');
    await list.getByRole('button', { name: 'Stop watching Tencent' }).click();
    await expect.poll(badge).not.toContain('★');
    await list.close();
    await popup.close();
    await page.close();
  });
});

describe('keyboard and accessibility', () => {
  test('tabs move with the arrow keys, and the article list with up and down', async () => {
    const popup = await openView('#collection');
    await popup.locator('[data-view="collection"][data-ready="true"]').waitFor();
    await popup.focus('#tab-collection');
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.evaluate(() => location.hash)).toBe('#deals');
    // The tab takes the focus in the next animation frame, after the route changes.
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('tab-deals');
    await popup.keyboard.press('ArrowLeft');
    await popup.locator('[data-view="collection"][data-ready="true"]').waitFor();
    await popup.locator('[data-article] .title').first().focus();
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.closest('[data-index]')?.getAttribute('data-index'))).toBe('1');
    await popup.keyboard.press('Enter');
    await popup.locator('[data-view="article"]').waitFor();
    await popup.close();
  });

  test.each(['light', 'dark'] as const)('axe finds no serious or critical issue on any view (%s)', async (scheme) => {
    const { page, popup } = await popupFor(env.ext, env.server, 'seed-000.html');
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.locator('[data-entity="alliance-ventures"] .deal').first().waitFor({ timeout: 15_000 });
    // The check can fail: a button with no name is caught.
    await popup.evaluate(() => document.body.append(Object.assign(document.createElement('button'), { id: 'unnamed' })));
    expect((await seriousViolations(popup)).join()).toContain('button-name');
    await popup.evaluate(() => document.getElementById('unnamed')!.remove());
    const found: Record<string, string[]> = { page: await seriousViolations(popup) };
    const articleId = (await storeContents(env.ext.worker)).articles[0].id;
    for (const hash of ['#collection', '#deals', '#watchlist', '#entity/alliance-ventures', `#article/${encodeURIComponent(articleId)}`]) {
      await popup.evaluate((h) => (location.hash = h), hash);
      await popup.locator('[data-view]').first().waitFor();
      await popup.waitForTimeout(300);
      found[hash] = await seriousViolations(popup);
    }
    await popup.locator('#tab-collection').click();
    await popup.locator('.filters summary').click();
    found.filters = await seriousViolations(popup);
    expect(found).toEqual({ page: [], '#collection': [], '#deals': [], '#watchlist': [], '#entity/alliance-ventures': [], [`#article/${encodeURIComponent(articleId)}`]: [], filters: [] });
    await popup.close();
    await page.close();
  });
});
