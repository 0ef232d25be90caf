import type { Page, Worker } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { kbDeals, kbEntities } from '../../src/core/kb';
import { painted, settled, storeContents, tellTab, useExtension } from './fixtures';
import { seriousViolations } from './a11y';

const env = useExtension();

/** Hands a context-menu click on selected text to the extension's own listener (native menus cannot be clicked headless). */
async function clickMenu(worker: Worker, pageUrl: string, menuItemId: string, selectionText: string): Promise<void> {
  await worker.evaluate(
    async ({ pageUrl, menuItemId, selectionText }) => {
      // The tab does not matter to this menu item; its page address does.
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const click = { menuItemId, selectionText, editable: false, pageUrl } as chrome.contextMenus.OnClickData;
      (chrome.contextMenus.onClicked as unknown as { dispatch: (i: unknown, t: unknown) => void }).dispatch(click, tab);
    },
    { pageUrl, menuItemId, selectionText },
  );
}

/** The entities of the store, read with plain IndexedDB in the service worker. */
async function entities(worker: Worker): Promise<{ id: string; name: string; origin: string; aliases?: unknown[]; hidden?: boolean; mergedInto?: string; hiddenAliases?: string[] }[]> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('deallens');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = await new Promise<unknown[]>((resolve, reject) => {
      const r = db.transaction('entities').objectStore('entities').getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return all as never;
  });
}

const texts = async (page: Page, kind?: string) => (await painted(page)).filter((r) => !kind || r.kind === kind).map((r) => r.text);

async function openOptions(): Promise<Page> {
  const options = await env.ext.context.newPage();
  await options.goto(`chrome-extension://${env.ext.extensionId}/options.html`);
  await options.locator('.results li').first().waitFor();
  return options;
}

async function openEntity(options: Page, query: string, id: string): Promise<void> {
  await options.getByLabel('Search by name or alias').fill(query);
  await options.locator(`.results [data-entity="${id}"]`).click();
  await options.locator(`.editor[data-entity="${id}"]`).waitFor();
}

describe('the options page and adding from a page', () => {
  let reading: Page;
  let other: Page;
  let url: string;

  test('"Add to DealLens as company" on a selection: another open tab highlights it at once, without a reload', async () => {
    url = env.server.url('voltaro.html');
    reading = await env.ext.context.newPage();
    await reading.goto(url);
    other = await env.ext.context.newPage();
    await other.goto(url);
    await settled(other, 3);
    expect(await texts(other)).not.toContain('Voltaro Mobility');
    await other.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

    await clickMenu(env.ext.worker, url, 'deallens-add-company', '  Voltaro  Mobility ');
    await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Voltaro Mobility');
    expect((await texts(other, 'company')).filter((t) => t === 'Voltaro Mobility')).toHaveLength(2);
    // The same document: no reload happened.
    expect(await other.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    expect((await entities(env.ext.worker)).find((e) => e.id === 'voltaro-mobility')).toMatchObject({ name: 'Voltaro Mobility', origin: 'user' });
  });

  test('a selection close to a known entity opens the choice; added as an alias, it is highlighted', async () => {
    const opened = env.ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('options.html#add') });
    await clickMenu(env.ext.worker, url, 'deallens-add-company', 'Voltaro');
    const form = await opened;
    await form.getByRole('radio', { name: 'An alias of an existing entity' }).check();
    await form.getByRole('radio', { name: /Voltaro Mobility/ }).check();
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => form.locator('.add-form [role=status]').textContent()).toContain('“Voltaro” is now an alias of Voltaro Mobility');
    await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Voltaro');
    expect((await entities(env.ext.worker)).find((e) => e.id === 'voltaro-mobility')!.aliases).toEqual(['Voltaro']);

    // The choice the other way: "Voltaro Labs" is close to "Voltaro", and the reader makes it a new company.
    const again = env.ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('options.html#add') });
    await clickMenu(env.ext.worker, url, 'deallens-add-company', 'Voltaro Labs');
    const second = await again;
    await second.getByRole('radio', { name: 'A new entity' }).check();
    await expect.poll(() => second.getByLabel('Kind').inputValue()).toBe('company');
    await second.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => second.locator('.add-form [role=status]').textContent()).toContain('“Voltaro Labs” was added');
    await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Voltaro Labs');
    await form.close();
    await second.close();
  });

  test('merging two entities: the saved article’s mentions and its deal follow, and the page names the kept one', async () => {
    // Save the page: it mentions Voltaro Labs, and proposes Renault's investment in it.
    await reading.reload();
    await settled(reading, 5);
    await reading.bringToFront();
    await env.ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.contextMenus.onClicked as unknown as { dispatch: (i: unknown, t: unknown) => void }).dispatch({ menuItemId: 'deallens-save', editable: false, pageUrl: tab.url }, tab);
    });
    await expect.poll(async () => (await storeContents(env.ext.worker)).articles.length, { timeout: 15_000 }).toBe(1);
    const before = await storeContents(env.ext.worker);
    expect(before.articles[0].entityIds).toEqual(expect.arrayContaining(['voltaro-labs', 'voltaro-mobility', 'renault']));
    const deal = before.deals.find((d) => d.status === 'proposed')! as unknown as { id: string; partyIds: string[] };
    expect(deal.partyIds).toEqual(['renault', 'voltaro-labs']);

    const options = await openOptions();
    await openEntity(options, 'voltaro labs', 'voltaro-labs');
    await options.getByRole('button', { name: 'Merge with…' }).click();
    const dialog = options.getByRole('dialog');
    await dialog.getByLabel('Entity to merge with').fill('Voltaro Mob');
    await dialog.locator('[data-entity="voltaro-mobility"]').click();
    await dialog.getByRole('radio', { name: 'Voltaro Mobility' }).check();
    await expect.poll(() => dialog.locator('.explain').textContent()).toContain('Voltaro Labs will be merged into Voltaro Mobility');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect.poll(() => options.locator('.kb-detail > [role=status]').textContent()).toBe('Voltaro Labs was merged into Voltaro Mobility: 1 deals and 1 saved articles moved.');
    await options.locator('.editor[data-entity="voltaro-mobility"]').waitFor();

    const after = await storeContents(env.ext.worker);
    expect(after.articles[0].entityIds).toContain('voltaro-mobility');
    expect(after.articles[0].entityIds).not.toContain('voltaro-labs');
    expect((after.deals.find((d) => d.id === deal.id) as unknown as { partyIds: string[] }).partyIds).toEqual(['renault', 'voltaro-mobility']);
    expect((await entities(env.ext.worker)).find((e) => e.id === 'voltaro-labs')).toMatchObject({ hidden: true, mergedInto: 'voltaro-mobility' });
    // On the open page, "Voltaro Labs" is now Voltaro Mobility.
    await other.bringToFront();
    await expect
      .poll(async () => ((await tellTab(env.ext.worker, url, { type: 'page-entities', payload: {} })) as { entities: { id: string; count: number }[] }).entities.map((e) => `${e.id}:${e.count}`).sort(), { timeout: 15_000 })
      .toEqual(['renault:3', 'voltaro-mobility:4']);
    await options.close();
  });

  test('hiding a shipped alias removes its highlight from open pages; showing it brings it back', async () => {
    expect(await texts(other, 'company')).toContain('Renault Group');
    const options = await openOptions();
    await openEntity(options, 'renault', 'renault');
    await options.getByRole('button', { name: 'Hide “Renault Group”' }).click();
    await expect.poll(() => options.locator('.editor [role=status]').textContent()).toContain('“Renault Group” is hidden');
    await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).not.toContain('Renault Group');
    // The name itself is still highlighted, inside the hidden alias too.
    expect((await texts(other, 'company')).filter((t) => t === 'Renault')).toHaveLength(3);
    expect((await entities(env.ext.worker)).find((e) => e.id === 'renault')).toMatchObject({ hiddenAliases: ['Renault Group'] });
    await options.getByRole('button', { name: 'Show “Renault Group” again' }).click();
    await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Renault Group');
    await options.getByRole('button', { name: 'Hide “Renault Group”' }).click();
    await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).not.toContain('Renault Group');
    await options.close();
  });

  test('a site switched off and on again from the list', async () => {
    const options = await openOptions();
    await options.getByLabel('Site (for example news.example.com)').fill('http://127.0.0.1:8080/some/page');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.locator('.site-list li').allTextContents()).toEqual(['127.0.0.1Remove 127.0.0.1']);
    await expect.poll(() => painted(other).then((r) => r.length), { timeout: 15_000 }).toBe(0);
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => painted(other).then((r) => r.length), { timeout: 15_000 }).toBeGreaterThan(5);
    // "Only on the sites listed", with none listed: off here too.
    await options.getByRole('radio', { name: 'Only on the sites listed' }).check();
    await expect.poll(() => painted(other).then((r) => r.length), { timeout: 15_000 }).toBe(0);
    await options.getByRole('radio', { name: 'Everywhere, except on the sites listed' }).check();
    await expect.poll(() => painted(other).then((r) => r.length), { timeout: 15_000 }).toBeGreaterThan(5);
    await options.getByLabel('Site (for example news.example.com)').fill('not a site!');
    await options.getByRole('button', { name: 'Add site' }).click();
    await expect.poll(() => options.locator('#site-error').textContent()).toContain('is not a site');
    await options.close();
  });

  test('importing a file shows its progress; a hostile file is refused and changes nothing', async () => {
    const options = await openOptions();
    const input = options.getByLabel('Import a DealLens export (JSON)');
    const before = (await entities(env.ext.worker)).length;
    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'deallens-export', version: 1, exportedAt: '', kbVersion: 1, entities: [{ id: 'x', type: 'company', name: 'Example', website: 'javascript:alert(1)', description: '', origin: 'user', updatedAt: 1 }], deals: [], articles: [] })) });
    await expect.poll(() => options.locator('.export-import [role=status]').textContent()).toContain('Nothing was imported, your data is unchanged.');
    // The refusal names the record (table, index, id), the field and the rule.
    expect(await options.locator('.export-import [role=status]').textContent()).toContain('Record entities[0] (id “x”), field website: is not a web address (http or https).');
    expect((await entities(env.ext.worker)).length).toBe(before);

    const file = {
      format: 'deallens-export', version: 1, exportedAt: new Date().toISOString(), kbVersion: 1,
      entities: Array.from({ length: 3000 }, (_, i) => ({ id: `imported-${i}`, type: 'company', name: `Imported Company ${i}`, description: '', origin: 'user', updatedAt: 1 })),
      deals: [], articles: [],
    };
    await options.evaluate(() => {
      const w = window as unknown as { seen: string[] };
      w.seen = [];
      new MutationObserver(() => {
        const text = document.querySelector('.progress-text')?.textContent;
        if (text && w.seen.at(-1) !== text) w.seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await input.setInputFiles({ name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => options.locator('.export-import [role=status]').textContent(), { timeout: 30_000 }).toBe('Imported: 3000 entities, 0 deals, 0 articles.');
    expect(await options.locator('progress').evaluate((p) => (p as HTMLProgressElement).value)).toBe(1);
    const seen = await options.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.at(-1)).toBe('100 %');
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.map((s) => parseInt(s, 10))).toEqual([...seen.map((s) => parseInt(s, 10))].sort((a, b) => a - b));
    expect((await entities(env.ext.worker)).length).toBe(before + 3000);
    await options.close();
  });

  test('deleting everything names what will be lost, then leaves the shipped knowledge base', async () => {
    const options = await openOptions();
    await expect.poll(() => options.locator('.storage-used').textContent()).toMatch(/^DealLens uses .+ of the .+ this browser allows it\.$/);
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    const dialog = options.getByRole('dialog');
    await expect.poll(() => dialog.locator('.counts li').allTextContents()).toEqual([
      'Saved articles: 1',
      'Confirmed deals: 0',
      'Proposed deals: 1',
      'Your own entities: 3002',
      'Shipped entities you changed, hid or merged: 1',
    ]);
    // Cancel first: nothing happens.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect((await storeContents(env.ext.worker)).articles).toHaveLength(1);
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await dialog.getByRole('button', { name: 'Delete everything', exact: true }).click();
    await expect.poll(() => options.locator('.delete-everything [role=status]').textContent(), { timeout: 15_000 }).toBe('Everything was deleted: DealLens holds its shipped knowledge base only.');

    const { articles, deals } = await storeContents(env.ext.worker);
    expect(articles).toHaveLength(0);
    expect(deals).toHaveLength(kbDeals.length);
    expect(deals.every((d) => d.status === 'kb')).toBe(true);
    const all = await entities(env.ext.worker);
    expect(all).toHaveLength(kbEntities.length);
    expect(all.every((e) => e.origin === 'kb' && !e.hidden && !e.hiddenAliases && !e.mergedInto)).toBe(true);
    expect(await env.ext.worker.evaluate(async () => (await chrome.storage.local.get('kbOverlay')).kbOverlay)).toEqual({ added: [], hidden: [], hiddenAliases: {} });
    // Open pages are back to the shipped knowledge base.
    await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Renault Group');
    expect(await texts(other)).not.toContain('Voltaro Mobility');
    await options.close();
    await reading.close();
    await other.close();
  });
});

describe('the options page’s standards', () => {
  test.each(['light', 'dark'] as const)('no serious or critical accessibility violation (axe-core), %s', async (scheme) => {
    const options = await openOptions();
    await options.emulateMedia({ colorScheme: scheme });
    await openEntity(options, 'alliance ventures', 'alliance-ventures');
    await options.getByRole('button', { name: 'Merge with…' }).click();
    await options.getByRole('dialog').getByLabel('Entity to merge with').fill('renault');
    const violations = await seriousViolations(options);
    expect(violations).toEqual([]);
    await options.close();
  });

  test('usable with the keyboard alone: search, open an entity, hide an alias, close', async () => {
    const options = await openOptions();
    await options.getByLabel('Search by name or alias').focus();
    await options.keyboard.type('tekion');
    await options.keyboard.press('Tab'); // the "show hidden" box
    await options.keyboard.press('Tab'); // the first result
    await options.keyboard.press('Enter');
    await options.locator('.editor[data-entity="tekion"]').waitFor();
    const focusable = options.getByRole('button', { name: 'Hide “Tekion”' });
    await focusable.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => options.getByRole('button', { name: 'Show “Tekion” again' }).count()).toBe(1);
    await options.getByRole('button', { name: 'Show “Tekion” again' }).press('Enter');
    await expect.poll(() => options.getByRole('button', { name: 'Hide “Tekion”' }).count()).toBe(1);
    await options.close();
  });
});
