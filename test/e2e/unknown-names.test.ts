import { expect, test } from 'vitest';
import { eachBrowser, expectNoExtensionErrors } from './harness';
import { clickSave, popupFor } from './harness/flows';
import { painted, settled } from './harness/highlights';
import { waitForScreen } from './harness/screen';
import { storeContents, storedEntities } from './harness/store';
import { clickText, textsOf, waitText } from './harness/ui';

const PAGE = 'unknown-names.html';
const texts = async (page: Parameters<typeof painted>[0], kind: string) => (await painted(page)).filter((r) => r.kind === kind).map((r) => r.text);

eachBrowser('names DealLens has never seen', (env) => {
  test('are painted in their own highlight, short forms included, beside the names it knows', async () => {
    const page = await env.b.newPage(env.server.url(PAGE));
    await settled(page, 7);
    expect((await texts(page, 'unknown')).sort()).toEqual(['Marie Okonkwo', 'Okonkwo', 'Quartz Ventures', 'Voltiq SAS', 'Voltiq SAS'].sort());
    expect(await texts(page, 'fund')).toEqual(['Alliance Ventures']);
    expect(await texts(page, 'company')).toEqual(['Renault']);
    // Hovering one opens its card.
    const at = await page.evaluate(() => {
      let first: Range | null = null;
      CSS.highlights.get('deallens-unknown')?.forEach((r) => {
        first ??= r as Range;
      });
      const rect = (first as unknown as Range).getClientRects()[0];
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouseMove(5, 5);
    const before = await page.screenshot();
    await page.mouseMove(at.x, at.y);
    await waitForScreen(page, before, (c) => c.pixels > 8000 && (c.box?.width ?? 0) > 150);
    await page.close();
  });

  test('the popup lists them; saved with the article, one added later links it, and the page repaints it as known', async () => {
    const { page, popup } = await popupFor(env, PAGE, 7);
    await waitText(popup, '.new-names', (t) => t.includes('Quartz Ventures'));
    expect(await textsOf(popup, '.new-names li strong')).toEqual(expect.arrayContaining(['Quartz Ventures', 'Marie Okonkwo', 'Voltiq SAS']));
    await clickSave(popup);
    const saved = (await storeContents(env.b)).articles.find((a) => a.canonicalUrl.endsWith('/unknown-names.html'));
    expect(saved?.entityIds).not.toContain('quartz-ventures');

    await clickText(popup, '.new-names li[data-name="Quartz Ventures"] button');
    await waitText(popup, '.new-names li[data-name="Quartz Ventures"]', (t) => /linked to 1 saved article/.test(t));
    expect((await storedEntities(env.b)).find((e) => e.name === 'Quartz Ventures')).toMatchObject({ id: 'quartz-ventures', origin: 'user' });
    const linked = (await storeContents(env.b)).articles.find((a) => a.canonicalUrl.endsWith('/unknown-names.html'));
    expect(linked?.entityIds).toContain('quartz-ventures');
    await expect.poll(() => texts(page, 'fund').then((t) => t.sort()), { timeout: 15_000 }).toEqual(['Alliance Ventures', 'Quartz Ventures']);
    expect(await texts(page, 'unknown')).not.toContain('Quartz Ventures');
    await popup.close();
    await page.close();
  });

  test('switched off in the settings, none is painted; the names it knows stay', async () => {
    const page = await env.b.newPage(env.server.url(PAGE));
    await settled(page, 5);
    await env.b.inExtension(() => chrome.storage.local.set({ settings: { enabled: true, disabledSites: [], mode: 'except-listed', enabledSites: [], discover: false } }));
    await expect.poll(() => texts(page, 'unknown'), { timeout: 15_000 }).toEqual([]);
    expect(await texts(page, 'company')).toEqual(['Renault']);
    await env.b.inExtension(() => chrome.storage.local.set({ settings: { enabled: true, disabledSites: [], mode: 'except-listed', enabledSites: [], discover: true } }));
    await expect.poll(() => texts(page, 'unknown').then((t) => t.length), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.close();
  });

  test('no error from the extension in the browser’s log', () => expectNoExtensionErrors(env.b));
});
