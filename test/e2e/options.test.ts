import { describe, expect, test } from 'vitest';
import { kbDeals, kbEntities } from '../../src/core/kb';
import { seriousViolations } from './a11y';
import { eachBrowser, expectNoExtensionErrors, type BrowserEnv, type TestPage } from './harness';
import { tempFile } from './harness/files';
import { tellTab } from './harness/flows';
import { painted, settled } from './harness/highlights';
import { storeContents, storedEntities } from './harness/store';
import { byLabel, byRole, clickAt, clickRole, fillLabel, inputValue, setChecked, textOf, textsOf, waitText } from './harness/ui';

/** What a page paints, of one kind or of the kinds DealLens knows (names it has never seen are tested in unknown-names.test.ts). */
const texts = async (page: TestPage, kind?: string) => (await painted(page)).filter((r) => (kind ? r.kind === kind : r.kind !== 'unknown')).map((r) => r.text);

async function openOptions(env: BrowserEnv): Promise<TestPage> {
  const options = await env.b.extensionPage('options.html');
  await options.waitFor(() => document.querySelector('.results li'));
  return options;
}

async function openEntity(options: TestPage, query: string, id: string): Promise<void> {
  await fillLabel(options, 'Search by name or alias', query);
  await clickAt(options, `.results [data-entity="${id}"]`);
  await options.waitFor((i) => document.querySelector(`.editor[data-entity="${i}"]`), id);
}

const isAddForm = (u: string) => u.includes('options.html#add');

eachBrowser('the options page and adding from a page', (env) => {
  let reading: TestPage;
  let other: TestPage;

  describe('adding, merging, hiding, sites, import, delete', () => {
    test('"Add to DealLens as company" on a selection: another open tab highlights it at once, without a reload', async () => {
      const url = env.server.url('voltaro.html');
      reading = await env.b.newPage(url);
      other = await env.b.newPage(url);
      await settled(other, 3);
      const before = await texts(other);
      expect(before).not.toContain('Voltaro Mobility');
      await other.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

      await reading.bringToFront();
      await env.b.menuClick('deallens-add-company', { selectionText: '  Voltaro  Mobility ' });
      await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Voltaro Mobility');
      expect((await texts(other, 'company')).filter((t) => t === 'Voltaro Mobility')).toHaveLength(2);
      // The tab kept every highlight it had (Firefox once dropped them all here), in the same document: no reload happened.
      expect(await texts(other)).toEqual(expect.arrayContaining(before));
      expect(await other.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
      expect((await storedEntities(env.b)).find((e) => e.id === 'voltaro-mobility')).toMatchObject({ name: 'Voltaro Mobility', origin: 'user' });
    });

    test('a selection close to a known entity opens the choice; added as an alias, it is highlighted', async () => {
      await reading.bringToFront();
      const form = await env.b.openedBy(() => env.b.menuClick('deallens-add-company', { selectionText: 'Voltaro' }), isAddForm);
      await setChecked(form, await byRole(form, 'radio', 'An alias of an existing entity'));
      await setChecked(form, await byRole(form, 'radio', 'Voltaro Mobility'));
      await clickRole(form, 'button', 'Add', { exact: true });
      await waitText(form, '.add-form [role=status]', (t) => t.includes('“Voltaro” is now an alias of Voltaro Mobility'));
      await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Voltaro');
      expect((await storedEntities(env.b)).find((e) => e.id === 'voltaro-mobility')!.aliases).toEqual(['Voltaro']);

      // The choice the other way: "Voltaro Labs" is close to "Voltaro", and the reader makes it a new company.
      await reading.bringToFront();
      const second = await env.b.openedBy(() => env.b.menuClick('deallens-add-company', { selectionText: 'Voltaro Labs' }), isAddForm);
      await setChecked(second, await byRole(second, 'radio', 'A new entity'));
      await expect.poll(async () => inputValue(second, await byLabel(second, 'Kind'))).toBe('company');
      await clickRole(second, 'button', 'Add', { exact: true });
      await waitText(second, '.add-form [role=status]', (t) => t.includes('“Voltaro Labs” was added'));
      await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Voltaro Labs');
      await form.close();
      await second.close();
    });

    test('merging two entities: the saved article’s mentions and its deal follow, and the page names the kept one', async () => {
      // Save the page: it mentions Voltaro Labs, and proposes Renault's investment in it.
      await reading.reload();
      await settled(reading, 5);
      await reading.bringToFront();
      await env.b.menuClick('deallens-save');
      await expect.poll(async () => (await storeContents(env.b)).articles.length, { timeout: 15_000 }).toBe(1);
      const before = await storeContents(env.b);
      expect(before.articles[0].entityIds).toEqual(expect.arrayContaining(['voltaro-labs', 'voltaro-mobility', 'renault']));
      const deal = before.deals.find((d) => d.status === 'proposed')!;
      expect(deal.partyIds).toEqual(['renault', 'voltaro-labs']);

      const options = await openOptions(env);
      await openEntity(options, 'voltaro labs', 'voltaro-labs');
      await clickRole(options, 'button', 'Merge with…');
      await fillLabel(options, 'Entity to merge with', 'Voltaro Mob', { within: 'dialog' });
      await clickAt(options, 'dialog [data-entity="voltaro-mobility"]');
      await setChecked(options, await byRole(options, 'radio', 'Voltaro Mobility', { within: 'dialog' }));
      await waitText(options, 'dialog .explain', (t) => t.includes('Voltaro Labs will be merged into Voltaro Mobility'));
      await clickRole(options, 'button', 'Merge', { exact: true, within: 'dialog' });
      await waitText(options, '.kb-detail > [role=status]', (t) => t === 'Voltaro Labs was merged into Voltaro Mobility: 1 deals and 1 saved articles moved.');
      await options.waitFor(() => document.querySelector('.editor[data-entity="voltaro-mobility"]'));

      const after = await storeContents(env.b);
      expect(after.articles[0].entityIds).toContain('voltaro-mobility');
      expect(after.articles[0].entityIds).not.toContain('voltaro-labs');
      expect(after.deals.find((d) => d.id === deal.id)!.partyIds).toEqual(['renault', 'voltaro-mobility']);
      expect((await storedEntities(env.b)).find((e) => e.id === 'voltaro-labs')).toMatchObject({ hidden: true, mergedInto: 'voltaro-mobility' });
      // On the open page, "Voltaro Labs" is now Voltaro Mobility.
      await expect
        .poll(async () => ((await tellTab(env.b, other, { type: 'page-entities', payload: {} })) as { entities: { id: string; count: number }[] }).entities.map((e) => `${e.id}:${e.count}`).sort(), { timeout: 15_000 })
        .toEqual(['renault:3', 'voltaro-mobility:4']);
      await options.close();
    });

    test('hiding a shipped alias removes its highlight from open pages; showing it brings it back', async () => {
      expect(await texts(other, 'company')).toContain('Renault Group');
      const options = await openOptions(env);
      await openEntity(options, 'renault', 'renault');
      await clickRole(options, 'button', 'Hide “Renault Group”');
      await waitText(options, '.editor [role=status]', (t) => t.includes('“Renault Group” is hidden'));
      await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).not.toContain('Renault Group');
      // The name itself is still highlighted, inside the hidden alias too.
      expect((await texts(other, 'company')).filter((t) => t === 'Renault')).toHaveLength(3);
      expect((await storedEntities(env.b)).find((e) => e.id === 'renault')).toMatchObject({ hiddenAliases: ['Renault Group'] });
      await clickRole(options, 'button', 'Show “Renault Group” again');
      await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).toContain('Renault Group');
      await clickRole(options, 'button', 'Hide “Renault Group”');
      await expect.poll(() => texts(other, 'company'), { timeout: 15_000 }).not.toContain('Renault Group');
      await options.close();
    });

    test('a site switched off and on again from the list', async () => {
      const options = await openOptions(env);
      await fillLabel(options, 'Site (for example news.example.com)', 'http://127.0.0.1:8080/some/page');
      await clickRole(options, 'button', 'Add site');
      await expect.poll(() => textsOf(options, '.site-list li')).toEqual(['127.0.0.1Remove 127.0.0.1']);
      await expect.poll(() => painted(other).then((r) => r.length), { timeout: 15_000 }).toBe(0);
      await clickRole(options, 'button', 'Remove 127.0.0.1');
      await expect.poll(() => painted(other).then((r) => r.length), { timeout: 15_000 }).toBeGreaterThan(5);
      // "Only on the sites listed", with none listed: off here too.
      await setChecked(options, await byRole(options, 'radio', 'Only on the sites listed'));
      await expect.poll(() => painted(other).then((r) => r.length), { timeout: 15_000 }).toBe(0);
      await setChecked(options, await byRole(options, 'radio', 'Everywhere, except on the sites listed'));
      await expect.poll(() => painted(other).then((r) => r.length), { timeout: 15_000 }).toBeGreaterThan(5);
      await fillLabel(options, 'Site (for example news.example.com)', 'not a site!');
      await clickRole(options, 'button', 'Add site');
      await waitText(options, '#site-error', (t) => t.includes('is not a site'));
      await options.close();
    });

    test('importing a file shows its progress; a hostile file is refused and changes nothing', async () => {
      const options = await openOptions(env);
      const input = await byLabel(options, 'Import a DealLens export (JSON)');
      const before = (await storedEntities(env.b)).length;
      const bad = { format: 'deallens-export', version: 1, exportedAt: '', kbVersion: 1, entities: [{ id: 'x', type: 'company', name: 'Example', website: 'javascript:alert(1)', description: '', origin: 'user', updatedAt: 1 }], deals: [], articles: [] };
      await options.setInputFile(input, tempFile('bad.json', JSON.stringify(bad)));
      const said = await waitText(options, '.export-import [role=status]', (t) => t.includes('Nothing was imported, your data is unchanged.'));
      // The refusal names the record (table, index, id), the field and the rule.
      expect(said).toContain('Record entities[0] (id “x”), field website: is not a web address (http or https).');
      expect((await storedEntities(env.b)).length).toBe(before);

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
      await options.setInputFile(input, tempFile('export.json', JSON.stringify(file)));
      await waitText(options, '.export-import [role=status]', (t) => t === 'Imported: 3000 entities, 0 deals, 0 articles.', 60_000);
      expect(await options.evaluate(() => (document.querySelector('progress') as HTMLProgressElement).value)).toBe(1);
      const seen = await options.evaluate(() => (window as unknown as { seen: string[] }).seen);
      expect(seen.at(-1)).toBe('100 %');
      expect(seen.length).toBeGreaterThanOrEqual(3);
      expect(seen.map((s) => parseInt(s, 10))).toEqual([...seen.map((s) => parseInt(s, 10))].sort((a, b) => a - b));
      expect((await storedEntities(env.b)).length).toBe(before + 3000);
      await options.close();
    });

    test('deleting everything names what will be lost, then leaves the shipped knowledge base', async () => {
      const options = await openOptions(env);
      await waitText(options, '.storage-used', (t) => /^DealLens uses .+ of the .+ this browser allows it\.$/.test(t));
      await clickRole(options, 'button', 'Delete everything…');
      await expect.poll(() => textsOf(options, 'dialog .counts li')).toEqual([
        'Saved articles: 1',
        'Confirmed deals: 0',
        'Proposed deals: 1',
        'Your own entities: 3002',
        'Shipped entities you changed, hid or merged: 1',
      ]);
      // Cancel first: nothing happens.
      await clickRole(options, 'button', 'Cancel');
      expect((await storeContents(env.b)).articles).toHaveLength(1);
      await clickRole(options, 'button', 'Delete everything…');
      await clickRole(options, 'button', 'Delete everything', { exact: true });
      await waitText(options, '.delete-everything [role=status]', (t) => t === 'Everything was deleted: DealLens holds its shipped knowledge base only.');

      const { articles, deals } = await storeContents(env.b);
      expect(articles).toHaveLength(0);
      expect(deals).toHaveLength(kbDeals.length);
      expect(deals.every((d) => d.status === 'kb')).toBe(true);
      const all = await storedEntities(env.b);
      expect(all).toHaveLength(kbEntities.length);
      expect(all.every((e) => e.origin === 'kb' && !e.hidden && !e.hiddenAliases && !e.mergedInto)).toBe(true);
      expect(await env.b.inExtension(async () => (await chrome.storage.local.get('kbOverlay')).kbOverlay)).toEqual({ added: [], hidden: [], hiddenAliases: {} });
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
      const options = await openOptions(env);
      await options.colorScheme(scheme);
      await openEntity(options, 'alliance ventures', 'alliance-ventures');
      await clickRole(options, 'button', 'Merge with…');
      await fillLabel(options, 'Entity to merge with', 'renault');
      const violations = await seriousViolations(options);
      expect(violations).toEqual([]);
      await options.colorScheme('light');
      await options.close();
    });

    test('usable with the keyboard alone: search, open an entity, hide an alias, close', async () => {
      const options = await openOptions(env);
      await options.focus(await byLabel(options, 'Search by name or alias'));
      await options.type('tekion');
      await options.press('Tab'); // the "show hidden" box
      await options.press('Tab'); // the first result
      await options.press('Enter');
      await options.waitFor(() => document.querySelector('.editor[data-entity="tekion"]'));
      await options.focus(await byRole(options, 'button', 'Hide “Tekion”'));
      await options.press('Enter');
      await options.focus(await byRole(options, 'button', 'Show “Tekion” again'));
      await options.press('Enter');
      await byRole(options, 'button', 'Hide “Tekion”');
      expect(await textOf(options, '.editor h3')).toBe('Tekion');
      await options.close();
    });
  });

  test('no error from the extension in the browser’s log', () => expectNoExtensionErrors(env.b));
});
