// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { browser } from '../../../test/support/fake-browser';
import { cleanUpViews, renderView } from '../../../test/support/render-view';
import type { ExportedFile } from '../../store/export-files';
import { exportStore } from '../../store/import-export';
import { FIXTURE_ARTICLES } from '../connect/fixtures';
import { mockConnector, type MockConnector } from '../connect/mock';
import { OptionsPage } from './OptionsPage';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));
const downloaded = vi.hoisted(() => [] as ExportedFile[]);
vi.mock('../controls/download', () => ({ download: (file: ExportedFile) => void downloaded.push(file) }));
cleanUpViews();

const data = () => within(document.getElementById('data')!);

async function showData(c: MockConnector) {
  renderView(<OptionsPage />, c);
  // The page has read the store's entities once it lists them.
  await waitFor(() => expect(document.querySelectorAll('#kb .results li').length).toBeGreaterThan(0));
}

async function importFile(text: string) {
  const input = document.querySelector<HTMLInputElement>('#data input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File([text], 'deallens.json', { type: 'application/json' })] } });
}

const published = { 'kb-changed': () => ({ ok: true as const }) };

describe('export', () => {
  test('everything as JSON; deals and articles as CSV, with the parties’ names', async () => {
    await showData(mockConnector());
    fireEvent.click(data().getByRole('button', { name: 'Export everything (JSON)' }));
    await waitFor(() => expect(downloaded).toHaveLength(1));
    const file = JSON.parse(downloaded[0].text);
    expect(file.format).toBe('deallens-export');
    expect(file.articles.map((a: { title: string }) => a.title).sort()).toEqual([FIXTURE_ARTICLES.bmw.title, FIXTURE_ARTICLES.porsche.title].sort());
    fireEvent.click(data().getByRole('button', { name: 'Export deals (CSV)' }));
    await waitFor(() => expect(downloaded).toHaveLength(2));
    expect(downloaded[1].name).toMatch(/\.csv$/);
    expect(downloaded[1].text).toContain('Porsche Ventures');
    downloaded.length = 0;
  });
});

describe('import', () => {
  test('an export of another store: imported, with what it brought counted, and open tabs told', async () => {
    const from = JSON.stringify(await exportStore(await mockConnector().store()));
    const c = mockConnector({ records: 'none', background: published });
    await showData(c);
    await importFile(from);
    const said = await data().findByText(/^Imported: \d+ entities, \d+ deals, 2 articles\.$/);
    expect(said.className).toBe('said');
    expect((await (await c.store()).articles.toArray()).map((a) => a.title).sort()).toEqual([FIXTURE_ARTICLES.bmw.title, FIXTURE_ARTICLES.porsche.title].sort());
    expect(c.sent.filter((s) => s.type === 'kb-changed')).toHaveLength(1);
    expect(data().getByRole('progressbar', { name: 'Import progress' }).getAttribute('value')).toBe('1');
  });

  test('a file that is not an export: refused before any write, said, the store unchanged', async () => {
    const c = mockConnector({ background: published });
    await showData(c);
    await importFile('{"hello": ');
    const said = await data().findByText(/^Nothing was imported, your data is unchanged\. This is not a DealLens export: it is not JSON/);
    expect(said.className).toBe('error');
    expect(await (await c.store()).articles.count()).toBe(2);
    expect(c.sent.filter((s) => s.type === 'kb-changed')).toHaveLength(0);
  });
});

describe('delete everything', () => {
  const ask = async () => {
    fireEvent.click(data().getByRole('button', { name: 'Delete everything…' }));
    // (The dialog opens once the store is counted.)
    return within(await screen.findByRole('dialog', { name: 'Delete everything?' }, { timeout: 5_000 }));
  };

  test('asks first, counting what would be lost; confirmed, the store holds the shipped knowledge base only', async () => {
    const c = mockConnector({ background: published });
    await showData(c);
    const dialog = await ask();
    await waitFor(() => expect([...document.querySelectorAll('.counts [data-count]')].map((li) => li.textContent)).toEqual(['Saved articles: 2', 'Confirmed deals: 1', 'Proposed deals: 1', 'Your own entities: 1', 'Shipped entities you changed, hid or merged: 0']));
    fireEvent.click(dialog.getByRole('button', { name: 'Delete everything' }));
    expect(await data().findByText('Everything was deleted: DealLens holds its shipped knowledge base only.')).toBeTruthy();
    const store = await c.store();
    expect(await store.articles.count()).toBe(0);
    expect(await store.entities.where('origin').equals('user').count()).toBe(0);
    expect(await store.entities.count()).toBeGreaterThan(800);
  });

  test('with the team collection on, the dialog says the team’s records come back; off, it says nothing of a team', async () => {
    const c = mockConnector({ background: published });
    await showData(c);
    expect((await ask()).queryByText(/The team collection is on/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await browser.storage.local.set({ sync: { enabled: true, url: 'https://couch.example.org/team', username: 'ann', password: 'secret' } });
    expect((await ask()).getByText(/The team collection is on: this deletes this browser’s copy only/)).toBeTruthy();
  });

  test('cancel deletes nothing', async () => {
    const c = mockConnector({ background: published });
    await showData(c);
    const dialog = await ask();
    fireEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await (await c.store()).articles.count()).toBe(2);
  });

  test('a store that cannot be read: said, no dialog', async () => {
    const c = mockConnector();
    await showData(c);
    (await c.store()).close();
    fireEvent.click(data().getByRole('button', { name: 'Delete everything…' }));
    expect((await data().findByText(/^DealLens’s store is being upgraded in another tab/)).className).toBe('error');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
