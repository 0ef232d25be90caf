import { describe, expect, test } from 'vitest';
import { settled, useExtension } from './fixtures';

const env = useExtension();

describe('the popup: this page’s deal context', () => {
  test('on seed 000 it lists Alliance Ventures, named 3 times, with its deals from the store', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(env.server.url('seed-000.html'));
    await settled(page, 10);
    await page.bringToFront();
    const tabId = await env.ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
    const popup = await env.ext.context.newPage();
    await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
    const fund = popup.locator('[data-entity="alliance-ventures"]');
    await expect.poll(() => fund.locator('.deal').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
    const text = (await fund.textContent())!;
    expect(text).toContain('Alliance Ventures');
    expect(text).toContain('3×');
    for (const party of ['Plug and Play', 'Ionic Materials', 'Renault, Nissan, Mitsubishi Motors', 'US$1.0 bn']) expect(text).toContain(party);
    // Grouped by kind, the most named first; and the page's amount, normalised.
    expect(await popup.locator('.kind-group h2').allTextContents()).toEqual(['Funds', 'Companies', 'Accelerators', 'People', 'Amounts']);
    expect(await popup.locator('.amounts').textContent()).toContain('up to US$1.0 bn');
    await popup.close();
    await page.close();
  });
});
