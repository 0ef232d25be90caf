/**
 * What a save records of a page's metadata, in the real browsers: the metadata pages read as the
 * reader would write them, corrected before saving and after, and the corrections kept when the
 * page is saved again; a page in a language DealLens does not recognise names in says so.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { METADATA_PAGES, type Expected } from '../support/metadata-pages';
import { eachBrowser, expectNoExtensionErrors, type BrowserEnv } from './harness';
import { popupFor, saveState } from './harness/flows';
import { readTables } from './harness/store';
import { clickText, waitText } from './harness/ui';

interface Stored {
  id: string;
  canonicalUrl: string;
  title: string;
  site: string;
  authors?: string[];
  published?: string;
  lang: string;
  corrected?: string[];
}

const expected = (name: string) => JSON.parse(readFileSync(join(METADATA_PAGES, `${name}.json`), 'utf8')) as Expected;
/** The first metadata page whose gold says so (the pages are many; the test names what it needs, not a file). */
const pageWhere = (ok: (e: Expected) => boolean) => readdirSync(METADATA_PAGES).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort().find((n) => ok(expected(n)))!;
const articles = async (env: BrowserEnv) => (await readTables(env.b, ['articles'])).articles as Stored[];

eachBrowser('metadata', (env) => {
  const several = pageWhere((e) => e.authors.length >= 2 && e.published !== null && e.lang === 'en');
  const foreign = pageWhere((e) => !['en', 'fr', 'nl', 'de'].includes(e.lang));

  test('a page with several authors: read as its gold says, shown, corrected before saving, stored', async () => {
    const gold = expected(several);
    const { page, popup } = await popupFor(env, `metadata/${several}.html`, 0);
    await saveState(popup, (t) => t === 'Not saved');
    await waitText(popup, '.page-details', (t) => t.includes(gold.authors.join(', ')) && t.includes(gold.site));
    await popup.evaluate(() => document.querySelector<HTMLElement>('.correct-details summary')!.click());
    await popup.waitFor((title) => document.querySelector<HTMLInputElement>('#save-details-title')?.value === title, gold.title);
    // The reader keeps only the first author.
    await popup.fill('#save-details-authors', gold.authors[0]);
    await clickText(popup, '.save button.primary', 'Save');
    await saveState(popup, (t) => t.startsWith('Saved on '));
    const [a] = await articles(env);
    expect(a).toMatchObject({ title: gold.title, site: gold.site, authors: [gold.authors[0]], published: gold.published, corrected: ['authors'] });
    expect(a.lang.split('-')[0]).toBe(gold.lang);
    await popup.close();
    await page.close();
  });

  test('corrected after saving in the collection; saving the page again keeps both corrections', async () => {
    const gold = expected(several);
    const [a] = await articles(env);
    const view = await env.b.extensionPage(`popup.html#article/${encodeURIComponent(a.id)}`);
    await view.waitFor(() => document.querySelector('[data-view="article"]') !== null);
    await view.evaluate(() => document.querySelector<HTMLElement>('.correct-details summary')!.click());
    await view.fill('#article-details-title', 'A title the reader wrote');
    await view.fill('#article-details-published', '2023-12-31');
    await clickText(view, '#article-details-save');
    await waitText(view, '#article-title', (t) => t === 'A title the reader wrote');
    await view.close();

    const { page, popup } = await popupFor(env, `metadata/${several}.html`, 0);
    await saveState(popup, (t) => t.startsWith('Saved on '));
    await clickText(popup, '.save button.primary', 'Update');
    await waitText(popup, '[role=status]', (t) => t.includes('Deals:'));
    const stored = await articles(env);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ title: 'A title the reader wrote', published: '2023-12-31', authors: [gold.authors[0]], site: gold.site });
    expect(stored[0].corrected?.sort()).toEqual(['authors', 'published', 'title']);
    await popup.close();
    await page.close();
  });

  test('a page in a language DealLens does not recognise names in: its language stored, and said', async () => {
    const gold = expected(foreign);
    const { page, popup } = await popupFor(env, `metadata/${foreign}.html`, 0);
    await waitText(popup, '.lang-notice', (t) => t.startsWith('This page is in '));
    await clickText(popup, '.save button.primary', 'Save');
    await saveState(popup, (t) => t.startsWith('Saved on '));
    const stored = await articles(env);
    expect(stored).toHaveLength(2);
    expect(stored.find((x) => !x.corrected)?.lang.split('-')[0]).toBe(gold.lang);
    await popup.close();
    await page.close();
  });

  test('no error from the extension in the browser’s log', () => expectNoExtensionErrors(env.b));
});
