/**
 * A reader's path through the popup and the options page, written once for both browsers:
 * the page's deal context, adding an entity from a selection, hiding a shipped alias, importing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { eachBrowser, expectNoExtensionErrors, tabIdOf, type TestPage } from './harness';
import { painted, settled } from './harness/highlights';
import { storedEntities } from './harness/store';
import { clickText, waitText } from './harness/ui';

const texts = async (page: TestPage, kind?: string) => (await painted(page)).filter((r) => !kind || r.kind === kind).map((r) => r.text);

eachBrowser('a reader’s path', (env) => {
  let other: TestPage;

  test('the popup for a tab lists Alliance Ventures, named 3 times, with its deals', async () => {
    const page = await env.b.newPage(env.server.url('seed-000.html'));
    await settled(page, 10);
    const popup = await env.b.extensionPage(`popup.html?tab=${await tabIdOf(env.b, page)}`);
    // The "This page" tab and its Save button are there.
    await waitText(popup, '[role=tab][aria-selected=true]', (t) => t === 'This page');
    await waitText(popup, '.save button.primary', (t) => t === 'Save');
    await popup.waitFor(() => document.querySelectorAll('[data-entity="alliance-ventures"] .deal').length >= 5);
    const text = await waitText(popup, '[data-entity="alliance-ventures"]', (t) => t.includes('3×'));
    for (const party of ['Alliance Ventures', 'Plug and Play', 'Ionic Materials', 'Renault, Nissan, Mitsubishi Motors', 'US$1.0 bn']) expect(text).toContain(party);
    expect(await popup.evaluate(() => [...document.querySelectorAll('.kind-group h2')].map((h) => h.textContent))).toEqual(['Funds', 'Companies', 'Accelerators', 'People', 'Amounts']);
    await popup.close();
    await page.close();
  });

  test('"Add to DealLens as company" on a selection: another open tab highlights it, without a reload', async () => {
    const url = env.server.url('voltaro.html');
    const reading = await env.b.newPage(url);
    other = await env.b.newPage(url);
    await settled(other, 3);
    const before = await texts(other);
    expect(before).not.toContain('Voltaro Mobility');
    await other.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

    await reading.bringToFront();
    await env.b.menuClick('deallens-add-company', { selectionText: '  Voltaro  Mobility ' });
    await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Voltaro Mobility');
    expect((await texts(other, 'company')).filter((t) => t === 'Voltaro Mobility')).toHaveLength(2);
    // The tab kept every highlight it had, and its document: no reload happened.
    expect(await texts(other)).toEqual(expect.arrayContaining(before));
    expect(await other.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect((await storedEntities(env.b)).find((e) => e.id === 'voltaro-mobility')).toMatchObject({ name: 'Voltaro Mobility', origin: 'user' });
    await reading.close();
  });

  test('hiding a shipped alias removes its highlight from the open page; showing it brings it back', async () => {
    expect(await texts(other, 'company')).toContain('Renault Group');
    const options = await env.b.extensionPage('options.html');
    await options.waitFor(() => document.querySelector('.results li'));
    await options.fill('#kb input[type=search]', 'renault');
    await clickText(options, '.results [data-entity="renault"]');
    await options.waitFor(() => document.querySelector('.editor[data-entity="renault"]'));
    await clickText(options, '.editor button', 'Hide “Renault Group”');
    await waitText(options, '.editor [role=status]', (t) => t.includes('“Renault Group” is hidden'));
    await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).not.toContain('Renault Group');
    // The name itself is still highlighted, and so is everything else on the page.
    expect((await texts(other, 'company')).filter((t) => t === 'Renault')).toHaveLength(3);
    expect(await texts(other, 'company')).toContain('Voltaro Mobility');
    await clickText(options, '.editor button', 'Show “Renault Group” again');
    await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Renault Group');
    await options.close();
  });

  test('importing a file shows its progress, then the store holds it', async () => {
    const options = await env.b.extensionPage('options.html#data');
    await options.waitFor(() => document.querySelector('.export-import input[type=file]'));
    const before = (await storedEntities(env.b)).length;
    await options.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      new MutationObserver(() => {
        const text = document.querySelector('.progress-text')?.textContent;
        if (text && w.seen.at(-1) !== text) w.seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const file = join(mkdtempSync(join(tmpdir(), 'deallens-import-')), 'export.json');
    writeFileSync(
      file,
      JSON.stringify({
        format: 'deallens-export', version: 1, exportedAt: new Date().toISOString(), kbVersion: 1,
        entities: Array.from({ length: 3000 }, (_, i) => ({ id: `imported-${i}`, type: 'company', name: `Imported Company ${i}`, description: '', origin: 'user', updatedAt: 1 })),
        deals: [], articles: [],
      }),
    );
    await options.setInputFile('.export-import input[type=file]', file);
    await waitText(options, '.export-import [role=status]', (t) => t === 'Imported: 3000 entities, 0 deals, 0 articles.', 60_000);
    const seen = await options.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.at(-1)).toBe('100 %');
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.map((s) => parseInt(s, 10))).toEqual([...seen.map((s) => parseInt(s, 10))].sort((a, b) => a - b));
    expect((await storedEntities(env.b)).length).toBe(before + 3000);
    await options.close();
    await other.close();
  });

  test('no error from the extension in the browser’s log during the whole run', () => expectNoExtensionErrors(env.b));
});
