// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { announced, cleanUpViews, renderPage, renderView } from '../../../../test/support/render-view';
import type { ExportedFile } from '../../../store/export-files';
import { FIXTURE_ARTICLES } from '../../connect/fixtures';
import { mockConnector } from '../../connect/mock';
import { App } from '../App';
import { CollectionView } from './CollectionView';

vi.mock('webextension-polyfill', () => import('../../../../test/support/fake-browser'));
const downloaded = vi.hoisted(() => [] as ExportedFile[]);
vi.mock('../../controls/download', () => ({ download: (file: ExportedFile) => void downloaded.push(file) }));
cleanUpViews();

const { porsche, bmw } = FIXTURE_ARTICLES;
const titles = () => [...document.querySelectorAll('[data-article] .title')].map((b) => b.textContent);

describe('the collection', () => {
  test('empty: said, with how to fill it', async () => {
    renderView(<CollectionView />, mockConnector({ records: 'none' }));
    expect(await screen.findByText('No article saved yet: use Save on a news page.')).toBeTruthy();
    expect(await screen.findByText('0 articles')).toBeTruthy();
  });

  test('filled: every saved article, newest saved first, with its site, language and dates', async () => {
    renderView(<CollectionView />, mockConnector());
    await waitFor(() => expect(titles()).toEqual([porsche.title, bmw.title]));
    expect(await screen.findByText('2 articles')).toBeTruthy();
    expect(document.querySelector(`[data-article] .meta`)!.textContent).toMatch(/^autonews\.test · English · Mar 12, 2024 · saved /);
  });

  test('sorted by date published instead', async () => {
    renderView(<CollectionView />, mockConnector());
    await waitFor(() => expect(titles()).toHaveLength(2));
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'published' } });
    await waitFor(() => expect(titles()).toEqual([porsche.title, bmw.title]));
  });

  test('search: a prefix of a word finds its article, whatever the case; a word no article holds is said', async () => {
    renderView(<CollectionView />, mockConnector());
    await waitFor(() => expect(titles()).toHaveLength(2));
    const search = screen.getByRole('searchbox', { name: 'Search saved articles' });
    fireEvent.input(search, { target: { value: 'IONIC' } });
    await waitFor(() => expect(titles()).toEqual([bmw.title]));
    expect(screen.getByText('1 articles')).toBeTruthy();
    fireEvent.input(search, { target: { value: 'xyzzy' } });
    expect(await screen.findByText('No saved article matches.')).toBeTruthy();
    expect(titles()).toEqual([]);
  });

  test('the entity filter: its suggestions made once the filters are opened, every entity by name, in order; a name narrows the list', async () => {
    renderView(<CollectionView />, mockConnector());
    await waitFor(() => expect(titles()).toHaveLength(2));
    expect(document.getElementById('entity-names')).toBeNull();
    const details = document.querySelector<HTMLDetailsElement>('details.filters')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(document.querySelectorAll('#entity-names option').length).toBeGreaterThan(100));
    const names = [...document.querySelectorAll<HTMLOptionElement>('#entity-names option')].map((o) => o.value);
    expect(names).toContain('Porsche');
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    fireEvent.change(screen.getByRole('combobox', { name: 'Mentions' }), { target: { value: 'Ionic Materials' } });
    await waitFor(() => expect(titles()).toEqual([bmw.title]));
  });

  test('the kind filter (the shared kind menu): articles naming an accelerator', async () => {
    renderView(<CollectionView />, mockConnector());
    await waitFor(() => expect(titles()).toHaveLength(2));
    fireEvent.click(screen.getByText('Filters'));
    const kind = screen.getByRole('combobox', { name: 'Mentions a' });
    expect([...kind.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['any', 'Fund', 'Company', 'Accelerator', 'Person']);
    fireEvent.change(kind, { target: { value: 'accelerator' } });
    await waitFor(() => expect(titles()).toEqual([porsche.title]));
    fireEvent.change(kind, { target: { value: '' } });
    await waitFor(() => expect(titles()).toHaveLength(2));
  });

  test('the entity filter: a name filters as typed; a name no entity has is said when the field is left', async () => {
    renderView(<CollectionView />, mockConnector());
    await waitFor(() => expect(titles()).toHaveLength(2));
    const entity = screen.getByRole('combobox', { name: 'Mentions' });
    fireEvent.input(entity, { target: { value: 'bmw i ventures' } });
    await waitFor(() => expect(titles()).toEqual([bmw.title]));
    fireEvent.input(entity, { target: { value: 'Nobody Motors' } });
    fireEvent.change(entity, { target: { value: 'Nobody Motors' } });
    expect(await screen.findByText('No entity has this name.')).toBeTruthy();
    expect(entity.getAttribute('aria-invalid')).toBe('true');
  });

  test('export: the whole store as JSON, to the downloads, said', async () => {
    renderView(<CollectionView />, mockConnector());
    fireEvent.click(screen.getByRole('button', { name: 'JSON' }));
    await announced('Export ready in your downloads.');
    const file = JSON.parse(downloaded.at(-1)!.text);
    expect(file.articles.map((a: { title: string }) => a.title).sort()).toEqual([bmw.title, porsche.title].sort());
    fireEvent.click(screen.getByRole('button', { name: 'Articles (CSV)' }));
    await waitFor(() => expect(downloaded.at(-1)!.name).toMatch(/\.csv$/));
  });
});

describe('an article, and deleting it with undo', () => {
  const openArticle = async () => {
    const c = mockConnector();
    const id = (await (await c.store()).articles.where('canonicalUrl').equals(porsche.url).first())!.id;
    location.hash = `#article/${encodeURIComponent(id)}`;
    renderPage(<App target={{ tabId: undefined, site: null, url: null }} inTab={true} />, c);
    await screen.findByRole('heading', { name: porsche.title });
    return { c, id };
  };

  test('its details: metadata, what it mentions, its deals, its note and tags', async () => {
    await openArticle();
    const view = document.querySelector<HTMLElement>('[data-view="article"]')!;
    expect(view.textContent).toContain('autonews.test · English · published Mar 12, 2024');
    expect(within(view).getByRole('link', { name: 'Open the page' }).getAttribute('href')).toBe(porsche.url);
    await waitFor(() => expect(within(view).getByRole('link', { name: 'Tekion' }).getAttribute('href')).toBe('#entity/tekion'));
    await waitFor(() => expect(view.querySelector('.deals')?.textContent).toContain('Porsche Ventures → Tekion'));
    expect((within(view).getByLabelText('Note') as HTMLTextAreaElement).value).toBe(porsche.notes);
    expect((within(view).getByLabelText('Tags (comma-separated)') as HTMLInputElement).value).toBe('retail, software');
  });

  test('its details corrected: title, authors, date; a date that is no date is said and not saved', async () => {
    const { c, id } = await openArticle();
    fireEvent.input(screen.getByLabelText('Authors'), { target: { value: 'Jane Doe, John Smith' } });
    fireEvent.input(screen.getByLabelText('Published'), { target: { value: '2024-13-01x' } });
    await screen.findByText('Write the date as YYYY-MM-DD (or YYYY-MM, or YYYY), or leave it empty.');
    expect((screen.getByRole('button', { name: 'Save details' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Published'), { target: { value: '2024-03-11' } });
    fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Porsche Ventures invests in Tekion' } });
    await waitFor(() => expect((screen.getByRole('button', { name: 'Save details' }) as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    await announced('Details saved.');
    expect(await (await c.store()).articles.get(id)).toMatchObject({ title: 'Porsche Ventures invests in Tekion', authors: ['Jane Doe', 'John Smith'], published: '2024-03-11', corrected: ['title', 'authors', 'published'] });
    await screen.findByRole('heading', { name: 'Porsche Ventures invests in Tekion' });
    expect(document.querySelector('[data-view="article"]')!.textContent).toContain('Jane Doe, John Smith');
  });

  test('note and tags saved to the store, said', async () => {
    const { c, id } = await openArticle();
    fireEvent.input(screen.getByLabelText('Tags (comma-separated)'), { target: { value: 'china, retail' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note and tags' }));
    await announced('Note and tags saved.');
    expect((await (await c.store()).articles.get(id))!.tags).toEqual(['china', 'retail']);
  });

  test('delete: back to the collection without it, with Undo; Undo gives it back whole', async () => {
    const { c, id } = await openArticle();
    const before = await (await c.store()).articles.get(id);
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const undo = await screen.findByRole('alert');
    expect(undo.textContent).toContain(`Deleted “${porsche.title}”.`);
    await waitFor(() => expect(titles()).toEqual([bmw.title]));
    expect(await (await c.store()).articles.get(id)).toBeUndefined();
    fireEvent.click(within(undo).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(titles()).toEqual([porsche.title, bmw.title]));
    expect(await (await c.store()).articles.get(id)).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    await announced('Article restored.');
  });

  test('an article no longer in the store: said, with a way back', async () => {
    location.hash = '#article/gone';
    renderPage(<App target={{ tabId: undefined, site: null, url: null }} inTab={true} />, mockConnector());
    expect(await screen.findByText('This article is no longer in your collection.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(location.hash).toBe('#collection'));
  });
});
