import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { launchWithExtension, settled, storeContents, useExtension } from './fixtures';

const env = useExtension();

/** Opens the page, then the popup for its tab, as a reader would; returns both. */
async function popupFor(path: string): Promise<{ page: Page; popup: Page }> {
  const page = await env.ext.context.newPage();
  await page.goto(env.server.url(path));
  await settled(page, 1);
  await page.bringToFront();
  const tabId = await env.ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
  const popup = await env.ext.context.newPage();
  await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
  return { page, popup };
}

describe('saving', () => {
  test('with the popup button: the article, its mentions and its deals are stored; the state shows; the badge lights', async () => {
    const { page, popup } = await popupFor('seed-000.html');
    await expect.poll(() => popup.locator('.save-state').textContent()).toBe('Not saved');
    await popup.getByLabel('Tags (comma-separated)').fill('china, accelerator');
    await popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => popup.locator('.save-state').textContent(), { timeout: 15_000 }).toMatch(/^Saved on /);
    await expect.poll(() => popup.getByRole('status').textContent()).toContain('Deals: 3 known, 0 proposed.');
    const { articles } = await storeContents(env.ext.worker);
    expect(articles).toHaveLength(1);
    expect(articles[0].entityIds).toEqual(expect.arrayContaining(['alliance-ventures', 'plug-and-play', 'tekion', 'francois-dossa']));
    expect(articles[0].dealIds.sort()).toEqual(['alliance-ventures-plug-and-play-china-2019', 'alliance-ventures-powershare', 'alliance-ventures-tekion']);
    expect(articles[0].tags).toEqual(['china', 'accelerator']);
    await popup.close();
    await page.bringToFront();
    const pageBadge = await env.ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab.id });
    });
    expect(pageBadge).toBe('✓');
    await page.close();
  });

  test('saving the same article again updates it; a new deal is proposed; the service worker stopped between two saves loses nothing', async () => {
    const again = await popupFor('seed-000.html');
    await expect.poll(() => again.popup.locator('.save-state').textContent()).toMatch(/^Saved on /);
    // The saved tags come back, to edit; the edit is kept.
    await expect.poll(() => again.popup.getByLabel('Tags (comma-separated)').inputValue()).toBe('china, accelerator');
    await again.popup.getByLabel('Note').fill('read the quote again');
    await again.popup.getByRole('button', { name: 'Update' }).click();
    await expect.poll(() => again.popup.getByRole('status').textContent(), { timeout: 15_000 }).toContain('Deals: 3 known');
    const stored = (await storeContents(env.ext.worker)).articles;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ notes: 'read the quote again', tags: ['china', 'accelerator'] });
    await again.popup.close();
    await again.page.close();

    // Stop the service worker, as the browser does when it is idle.
    const probe = await env.ext.context.newPage();
    const cdp = await env.ext.context.newCDPSession(probe);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await probe.close();

    const next = await popupFor('proposal.html');
    await expect.poll(() => next.popup.locator('.save-state').textContent(), { timeout: 15_000 }).toBe('Not saved');
    await next.popup.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => next.popup.getByRole('status').textContent(), { timeout: 15_000 }).toContain('0 known, 1 proposed');
    const worker = env.ext.context.serviceWorkers()[0] ?? (await env.ext.context.waitForEvent('serviceworker'));
    const { articles, deals } = await storeContents(worker);
    expect(articles.map((a) => a.title).sort()).toEqual(expect.arrayContaining(['Une levée pour la vente automobile']));
    expect(articles).toHaveLength(2);
    const proposed = deals.filter((d) => d.status === 'proposed');
    expect(proposed).toHaveLength(1);
    expect(proposed[0].id).toContain('porsche-ventures');
    await next.popup.close();
    await next.page.close();
  });

  test('from the page’s context menu "Save to DealLens", and with the keyboard command', async () => {
    // Native menus cannot be clicked and browser shortcuts cannot be pressed in a headless browser, so the
    // test hands a click and a command to the extension's own listeners, as the browser would.
    const menuExists = await env.ext.worker.evaluate(() => chrome.contextMenus.update('deallens-save', {}).then(() => true, () => false));
    expect(menuExists).toBe(true);
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-002.html'));
    await settled(page, 1);
    await page.bringToFront();
    await env.ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const click = { menuItemId: 'deallens-save', editable: false, pageUrl: tab.url ?? '' } as chrome.contextMenus.OnClickData;
      (chrome.contextMenus.onClicked as unknown as { dispatch: (i: unknown, t: unknown) => void }).dispatch(click, tab);
    });
    await expect.poll(async () => (await storeContents(env.ext.worker)).articles.length, { timeout: 15_000 }).toBe(3);
    const bollore = (await storeContents(env.ext.worker)).articles.find((a) => a.entityIds.includes('bollore'))!;
    expect(bollore.dealIds).toContain('bollore-alibaba-2018');

    const next = await env.ext.context.newPage();
    await next.goto(env.server.url('seed-004.html'));
    await settled(next, 1);
    await next.bringToFront();
    await env.ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.commands.onCommand as unknown as { dispatch: (c: string, t: unknown) => void }).dispatch('save-page', tab);
    });
    await expect.poll(async () => (await storeContents(env.ext.worker)).articles.length, { timeout: 15_000 }).toBe(4);
    await page.close();
    await next.close();
  });

  test('after a browser restart with the same profile, everything is still there', async () => {
    const dir = env.ext.userDataDir;
    await env.ext.close(true);
    env.ext = await launchWithExtension(dir);
    const { articles, deals } = await storeContents(env.ext.worker);
    expect(articles).toHaveLength(4);
    expect(deals.filter((d) => d.status === 'proposed')).toHaveLength(1);
    expect(deals.find((d) => d.id === 'alliance-ventures-tekion')!.sources.some((s) => s.articleId === articles.find((a) => a.dealIds.includes('alliance-ventures-tekion'))!.id)).toBe(true);
  });
});
