import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { cardBox, cardText, liveText, painted, setSettings, settled, tellTab, useExtension } from './fixtures';

const env = useExtension();

/** Centre of the first painted range whose text is `text`. */
async function pointOf(page: Page, kind: string, text: string) {
  return page.evaluate(
    ({ kind, text }) => {
      for (const r of CSS.highlights.get(`deallens-${kind}`) as unknown as Iterable<Range>) {
        if (r.toString() !== text) continue;
        const b = r.getClientRects()[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    },
    { kind, text },
  );
}

describe('the card', () => {
  test('opens on hover, with Alliance Ventures’s seed deals, and Escape closes it', async () => {
    const page = await env.ext.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    await page.goto(env.server.url('seed-000.html'));
    await settled(page, 10);
    const p = await pointOf(page, 'fund', 'Alliance Ventures');
    expect(p).not.toBeNull();
    await page.mouse.move(p!.x, p!.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Alliance Ventures');
    const text = (await cardText(page))!;
    expect(text).toContain('Fund');
    expect(text).toContain('Renault (40%)');
    for (const party of ['Plug and Play', 'PowerShare', 'Tekion', 'Ionic Materials']) expect(text).toContain(party);
    expect(text).toContain('US$1.0 bn');
    // Escape closes; the card's host is the only element DealLens added, and it sits outside <body>.
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBeNull();
    expect(await page.evaluate(() => document.querySelectorAll('deallens-card').length)).toBe(1);
    expect(await page.evaluate(() => document.body.querySelector('deallens-card'))).toBeNull();
    await page.close();
  });

  test('stays inside the viewport, near the right and bottom edges too', async () => {
    const page = await env.ext.context.newPage();
    await page.setViewportSize({ width: 520, height: 420 });
    await page.goto(env.server.url('seed-003.html'));
    await settled(page, 10);
    // The page's last highlight, scrolled to just above the bottom of the window.
    const point = await page.evaluate(() => {
      let last: Range | null = null;
      for (const r of CSS.highlights.get('deallens-company') as unknown as Iterable<Range>) {
        if (!last || r.compareBoundaryPoints(Range.START_TO_START, last) > 0) last = r;
      }
      const top = last!.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - innerHeight + 30);
      const b = last!.getClientRects()[0];
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).not.toBeNull();
    const box = (await cardBox(page))!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(520);
    expect(box.y + box.height).toBeLessThanOrEqual(420);
    await page.close();
  });

  test('an amount’s card gives its normalised value and its conversion at the year’s rate', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-004.html'));
    await settled(page, 10);
    const p = await pointOf(page, 'amount', "100 millions d'euros");
    await page.mouse.move(p!.x, p!.y);
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('€100.0 m');
    expect(await cardText(page)).toMatch(/≈ US\$1\d\d\.\d m .*2022/);
    await page.close();
  });

  test('the keyboard command moves to the next highlight and opens its card, without taking the focus', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-000.html'));
    const ranges = await settled(page, 10);
    await page.focus('input[type="text"]');
    const first = (await tellTab(env.ext.worker, page.url(), { type: 'step-highlight', payload: { direction: 1 } })) as { ok: boolean; index: number; total: number };
    expect(first).toEqual({ ok: true, index: 0, total: ranges.length });
    await expect.poll(() => cardText(page)).toContain('Renault');
    // Screen readers hear where the command went.
    await expect.poll(() => liveText(page)).toBe(`Renault, Company: highlight 1 of ${ranges.length}`);
    const second = (await tellTab(env.ext.worker, page.url(), { type: 'step-highlight', payload: { direction: 1 } })) as { index: number };
    expect(second.index).toBe(1);
    await expect.poll(() => cardText(page)).toContain('Nissan');
    await expect.poll(() => liveText(page)).toBe(`Nissan, Company: highlight 2 of ${ranges.length}`);
    const back = (await tellTab(env.ext.worker, page.url(), { type: 'step-highlight', payload: { direction: -1 } })) as { index: number };
    expect(back.index).toBe(0);
    await expect.poll(() => liveText(page)).toBe(`Renault, Company: highlight 1 of ${ranges.length}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('text');
    await page.close();
  });

  test('a malformed message to the page gets an error and changes nothing', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-000.html'));
    const before = (await settled(page, 10)).length;
    const answer = (await tellTab(env.ext.worker, page.url(), { type: 'step-highlight', payload: { direction: 7 } })) as { ok: boolean; error: string };
    expect(answer.ok).toBe(false);
    expect(answer.error).toContain('invalid step-highlight');
    expect((await tellTab(env.ext.worker, page.url(), { type: 'wipe' })) as { ok: boolean }).toMatchObject({ ok: false });
    expect((await painted(page)).length).toBe(before);
    await page.close();
  });
});

describe('on and off', () => {
  test('switching off removes every highlight at once; on brings them back without a reload', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-003.html'));
    const n = (await settled(page, 10)).length;
    await setSettings(env.ext.worker, { enabled: false, disabledSites: [] });
    await expect.poll(async () => (await painted(page)).length).toBe(0);
    await setSettings(env.ext.worker, { enabled: true, disabledSites: [] });
    await expect.poll(async () => (await painted(page)).length, { timeout: 10_000 }).toBe(n);
    // Per site: off on 127.0.0.1 only.
    await setSettings(env.ext.worker, { enabled: true, disabledSites: ['127.0.0.1'] });
    await expect.poll(async () => (await painted(page)).length).toBe(0);
    await setSettings(env.ext.worker, { enabled: true, disabledSites: [] });
    await expect.poll(async () => (await painted(page)).length, { timeout: 10_000 }).toBe(n);
    await page.close();
  });
});

describe('the toolbar button’s menu and the keyboard commands, through the extension’s own listeners', () => {
  // Native menus cannot be clicked nor browser shortcuts pressed headless: the test hands the click or the
  // command to the listeners the extension registered, as the browser would.
  const click = (menuItemId: string, checked: boolean) =>
    env.ext.worker.evaluate(
      async ({ menuItemId, checked }) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        (chrome.contextMenus.onClicked as unknown as { dispatch: (i: unknown, t: unknown) => void }).dispatch({ menuItemId, checked, editable: false, pageUrl: tab.url ?? '' }, tab);
      },
      { menuItemId, checked },
    );
  const command = (name: string) =>
    env.ext.worker.evaluate(async (name) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.commands.onCommand as unknown as { dispatch: (c: string, t: unknown) => void }).dispatch(name, tab);
    }, name);

  test('"Highlight on all sites" and "Highlight on this site" switch the page off and on', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-004.html'));
    const n = (await settled(page, 10)).length;
    await page.bringToFront();
    await click('deallens-enabled', false);
    await expect.poll(async () => (await painted(page)).length).toBe(0);
    await click('deallens-enabled', true);
    await expect.poll(async () => (await painted(page)).length, { timeout: 10_000 }).toBe(n);
    await click('deallens-site-enabled', false);
    await expect.poll(async () => (await painted(page)).length).toBe(0);
    expect(await env.ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings)).toEqual({ enabled: true, disabledSites: ['127.0.0.1'], mode: 'except-listed', enabledSites: [] });
    await click('deallens-site-enabled', true);
    await expect.poll(async () => (await painted(page)).length, { timeout: 10_000 }).toBe(n);
    await page.close();
  });

  test('the next / previous highlight commands open the cards in turn', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-004.html'));
    await settled(page, 10);
    await page.bringToFront();
    await command('next-highlight');
    await expect.poll(() => cardText(page)).toContain('Nexus Automotive');
    await command('next-highlight');
    await expect.poll(() => cardText(page)).toContain('Sparker');
    await command('previous-highlight');
    await expect.poll(() => cardText(page)).toContain('Nexus Automotive');
    await page.close();
  });
});

describe('the popup’s switches', () => {
  test('turning the site off from the popup removes the page’s highlights at once', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-002.html'));
    const n = (await settled(page, 5)).length;
    // DealLens asks for no "tabs" permission, so it cannot look tabs up by URL: take the one in front.
    await page.bringToFront();
    const tabId = await env.ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    expect(tabId).toBeGreaterThan(0);
    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
    const site = popup.getByRole('switch', { name: 'On 127.0.0.1' });
    await expect.poll(() => site.isChecked()).toBe(true);
    await site.uncheck();
    await expect.poll(async () => (await painted(page)).length).toBe(0);
    await site.check();
    await expect.poll(async () => (await painted(page)).length, { timeout: 10_000 }).toBe(n);
    const global = popup.getByRole('switch', { name: 'DealLens on all sites' });
    await global.uncheck();
    await expect.poll(async () => (await painted(page)).length).toBe(0);
    expect(await site.isDisabled()).toBe(true);
    await global.check();
    await expect.poll(async () => (await painted(page)).length, { timeout: 10_000 }).toBe(n);
    await popup.close();
    await page.close();
  });
});

describe('pages that change', () => {
  test('once the page is read, DealLens does no more work until the page changes (it never loops on itself)', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-001.html'));
    await settled(page, 10);
    const count = () => page.evaluate(() => performance.getEntriesByName('deallens:annotate').length);
    const before = await count();
    // Hovering opens the card (DealLens's own element): still no re-reading.
    const p = await pointOf(page, 'person', 'Carlos Ghosn');
    await page.mouse.move(p!.x, p!.y);
    await expect.poll(() => cardText(page)).toContain('Carlos Ghosn');
    await page.waitForTimeout(1500);
    expect(await count()).toBe(before);
    await page.close();
  });

  test('text added by the page’s script 2 s after load is highlighted; replaced text is re-read, its old highlight dropped', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('dynamic.html'));
    await expect.poll(async () => (await painted(page)).map((r) => r.text)).toEqual(['Renault']);
    await expect.poll(async () => (await painted(page)).map((r) => r.text).sort(), { timeout: 10_000 }).toEqual(
      ['$25 million', 'BMW i Ventures', 'Stellantis Ventures', 'Toyota Ventures'].sort(),
    );
    await page.close();
  });

  test('a framework page that re-renders keeps working, with no console error, and its new text is highlighted', async () => {
    const page = await env.ext.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(env.server.url('framework.html'));
    await expect.poll(async () => (await painted(page)).map((r) => r.text).sort(), { timeout: 10_000 }).toEqual(
      ['$30 million', 'Hyundai CRADLE', 'Porsche Ventures', 'Tekion'].sort(),
    );
    // The app still works: its state updates its DOM.
    await page.click('#more');
    await page.click('#more');
    await expect.poll(() => page.textContent('#more')).toBe('Read more (2)');
    expect(errors).toEqual([]);
    await page.close();
  });
});
