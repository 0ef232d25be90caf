import { expect, test } from 'vitest';
import { eachBrowser, expectNoExtensionErrors, tabIdOf, type TestPage } from './harness';
import { popupFor, saveState } from './harness/flows';
import { settled } from './harness/highlights';
import { storeContents } from './harness/store';
import { clickText, waitText } from './harness/ui';

const status = (popup: TestPage, ok: (t: string) => boolean) => waitText(popup, '[role=status]', ok);

eachBrowser('saving', (env) => {
  test('with the popup button: the article, its mentions and its deals are stored; the state shows; the badge lights', async () => {
    const { page, popup } = await popupFor(env, 'seed-000.html');
    await saveState(popup, (t) => t === 'Not saved');
    await popup.fill('#save-tags', 'china, accelerator');
    await clickText(popup, '.save button.primary', 'Save');
    await saveState(popup, (t) => t.startsWith('Saved on '));
    await status(popup, (t) => t.includes('Deals: 3 known, 0 proposed.'));
    const { articles } = await storeContents(env.b);
    expect(articles).toHaveLength(1);
    expect(articles[0].entityIds).toEqual(expect.arrayContaining(['alliance-ventures', 'plug-and-play', 'tekion', 'francois-dossa']));
    expect(articles[0].dealIds.sort()).toEqual(['alliance-ventures-plug-and-play-china-2019', 'alliance-ventures-powershare', 'alliance-ventures-tekion']);
    expect(articles[0].tags).toEqual(['china', 'accelerator']);
    await popup.close();
    const tabId = await tabIdOf(env.b, page);
    await expect.poll(() => env.b.inExtension((id) => chrome.action.getBadgeText({ tabId: id }), tabId), { timeout: 10_000 }).toBe('✓');
    await page.close();
  });

  test('saving the same article again updates it; a new deal is proposed; the background stopped between two saves loses nothing', async () => {
    const again = await popupFor(env, 'seed-000.html');
    await saveState(again.popup, (t) => t.startsWith('Saved on '));
    // The saved tags come back, to edit; the edit is kept.
    await again.popup.waitFor(() => (document.querySelector('#save-tags') as HTMLInputElement | null)?.value === 'china, accelerator');
    await again.popup.fill('#save-notes', 'read the quote again');
    await clickText(again.popup, '.save button.primary', 'Update');
    await status(again.popup, (t) => t.includes('Deals: 3 known'));
    const stored = (await storeContents(env.b)).articles;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ notes: 'read the quote again', tags: ['china', 'accelerator'] });
    await again.popup.close();
    await again.page.close();

    // Stop the background, as the browser does when it is idle.
    await env.b.stopBackground();

    const next = await popupFor(env, 'proposal.html');
    await saveState(next.popup, (t) => t === 'Not saved');
    await clickText(next.popup, '.save button.primary', 'Save');
    await status(next.popup, (t) => t.includes('0 known, 1 proposed'));
    const { articles, deals } = await storeContents(env.b);
    expect(articles.map((a) => a.title)).toEqual(expect.arrayContaining(['Une levée pour la vente automobile']));
    expect(articles).toHaveLength(2);
    const proposed = deals.filter((d) => d.status === 'proposed');
    expect(proposed).toHaveLength(1);
    expect(proposed[0].id).toContain('porsche-ventures');
    await next.popup.close();
    await next.page.close();
  });

  test('from the page’s context menu "Save to DealLens", and with the keyboard command', async () => {
    const menuExists = await env.b.inExtension(() => chrome.contextMenus.update('deallens-save', {}).then(() => true, () => false));
    expect(menuExists).toBe(true);
    const page = await env.b.newPage(env.server.url('seed-002.html'));
    await settled(page, 1);
    await page.bringToFront();
    await env.b.menuClick('deallens-save');
    await expect.poll(async () => (await storeContents(env.b)).articles.length, { timeout: 15_000 }).toBe(3);
    const bollore = (await storeContents(env.b)).articles.find((a) => a.entityIds.includes('bollore'))!;
    expect(bollore.dealIds).toContain('bollore-alibaba-2018');

    const next = await env.b.newPage(env.server.url('seed-004.html'));
    await settled(next, 1);
    await next.bringToFront();
    await env.b.command('save-page');
    await expect.poll(async () => (await storeContents(env.b)).articles.length, { timeout: 15_000 }).toBe(4);
    await page.close();
    await next.close();
  });

  test('no error from the extension in the browser’s log before the restart', () => expectNoExtensionErrors(env.b));

  test('after a browser restart with the same profile, everything is still there', async () => {
    await env.restart();
    const { articles, deals } = await storeContents(env.b);
    expect(articles).toHaveLength(4);
    expect(articles.find((a) => a.title === 'Une levée pour la vente automobile')!.entityIds).toEqual(expect.arrayContaining(['porsche-ventures', 'tekion']));
    expect(deals.filter((d) => d.status === 'proposed')).toHaveLength(1);
    expect(deals.find((d) => d.id === 'alliance-ventures-tekion')!.sources.some((s) => s.articleId === articles.find((a) => a.dealIds.includes('alliance-ventures-tekion'))!.id)).toBe(true);
    // And the extension still works on pages after the restart.
    const page = await env.b.newPage(env.server.url('seed-000.html'));
    expect((await settled(page, 10)).length).toBeGreaterThanOrEqual(10);
    await page.close();
    expectNoExtensionErrors(env.b);
  });
});
