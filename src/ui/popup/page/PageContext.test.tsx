// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { cleanUpViews, renderView } from '../../../../test/support/render-view';
import type { Response } from '../../../messages';
import { setWatched } from '../../../store/watchlist';
import type { ToContent } from '../../connect/connector';
import { FIXTURE_ARTICLES } from '../../connect/fixtures';
import { mockConnector } from '../../connect/mock';
import { PageContext } from './PageContext';

vi.mock('webextension-polyfill', () => import('../../../../test/support/fake-browser'));
cleanUpViews();

const found: Response<ToContent, 'page-entities'> = {
  ok: true,
  entities: [
    { id: 'porsche-ventures', name: 'Porsche Ventures', type: 'fund', count: 3 },
    { id: 'tekion', name: 'Tekion', type: 'company', count: 2 },
    { id: 'renault', name: 'Renault', type: 'company', count: 5 },
    { id: 'plug-and-play', name: 'Plug and Play', type: 'accelerator', count: 1 },
  ],
  amounts: [{ text: '12 millions d’euros', value: 12e6, currency: 'EUR', qualifier: 'about' }],
};

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
const item = (id: string) => document.querySelector<HTMLElement>(`[data-entity="${id}"]`)!;

describe('the page context', () => {
  test('entities found: grouped by kind, the most named first, with their deals and the other saved articles naming them; then the amounts', async () => {
    const c = mockConnector({ tab: { 'page-entities': () => found } });
    renderView(<PageContext tabId={3} url="https://elsewhere.test/story" version={0} />, c);
    await screen.findByText('Porsche Ventures');
    expect(headings()).toEqual(['Funds', 'Companies', 'Accelerators', 'Amounts']);
    const companies = screen.getByRole('heading', { name: 'Companies' }).parentElement!;
    expect([...companies.querySelectorAll('[data-entity]')].map((e) => e.getAttribute('data-entity'))).toEqual(['renault', 'tekion']);
    expect(within(item('renault')).getByText('5×')).toBeTruthy();
    // Tekion's deals, from the store: the one this reader's article proposed, and the shipped ones.
    await waitFor(() => expect(item('tekion').querySelector('.deals')?.textContent).toContain('Porsche Ventures · €12.0 m'));
    expect(within(item('tekion')).getByRole('link', { name: FIXTURE_ARTICLES.porsche.title })).toBeTruthy();
    expect(within(item('tekion')).getByRole('link', { name: 'Profile of Tekion' }).getAttribute('href')).toBe('#entity/tekion');
    expect(screen.getByText('“12 millions d’euros”').parentElement!.textContent).toBe('about €12.0 m “12 millions d’euros”');
  });

  test('a watched entity comes first in its kind, however little it is named', async () => {
    const c = mockConnector({ tab: { 'page-entities': () => found } });
    await setWatched(await c.store(), 'tekion', true);
    renderView(<PageContext tabId={3} url="https://elsewhere.test/story" version={0} />, c);
    await waitFor(() => expect(item('tekion').getAttribute('data-watched')).toBe('true'));
    const companies = screen.getByRole('heading', { name: 'Companies' }).parentElement!;
    expect([...companies.querySelectorAll('[data-entity]')].map((e) => e.getAttribute('data-entity'))).toEqual(['tekion', 'renault']);
    expect((await within(item('tekion')).findByRole('button', { name: 'Stop watching Tekion' })).getAttribute('aria-pressed')).toBe('true');
  });

  test('the saved page itself is not among "the other saved articles"', async () => {
    const c = mockConnector({ tab: { 'page-entities': () => found } });
    renderView(<PageContext tabId={3} url={FIXTURE_ARTICLES.porsche.url} version={0} />, c);
    await waitFor(() => expect(item('tekion').querySelector('.deals')).not.toBeNull());
    expect(within(item('tekion')).queryByRole('link', { name: FIXTURE_ARTICLES.porsche.title })).toBeNull();
  });

  test('a name shows its first mention on the page: the tab is asked', async () => {
    const reveal = vi.fn(() => ({ ok: true as const, found: true }));
    const c = mockConnector({ tab: { 'page-entities': () => found, 'reveal-entity': reveal } });
    renderView(<PageContext tabId={3} url="https://elsewhere.test/story" version={0} />, c);
    fireEvent.click(await screen.findByRole('button', { name: 'Tekion' }));
    await waitFor(() => expect(reveal).toHaveBeenCalledWith({ id: 'tekion' }, { tabId: 3 }));
  });

  test('a range shows both ends; money the text does not count says so', async () => {
    const amounts = [
      { text: '800 Mio. bis 1 Mrd. Euro', value: 8e8, max: 1e9, currency: 'EUR', qualifier: 'range' },
      { text: 'zweistelliger Millionenbetrag', value: null, currency: 'EUR', qualifier: 'unquantified' },
    ];
    const c = mockConnector({ tab: { 'page-entities': () => ({ ...found, amounts }) } });
    renderView(<PageContext tabId={3} url="https://elsewhere.test/story" version={0} />, c);
    expect((await screen.findByText('“800 Mio. bis 1 Mrd. Euro”')).parentElement!.textContent).toBe('€800.0 m – €1.0 bn “800 Mio. bis 1 Mrd. Euro”');
    expect(screen.getByText('“zweistelliger Millionenbetrag”').parentElement!.textContent).toBe('An amount the text does not state, in EUR “zweistelliger Millionenbetrag”');
  });

  test('nothing found on the page: said', async () => {
    const c = mockConnector({ tab: { 'page-entities': () => ({ ok: true, entities: [], amounts: [] }) } });
    renderView(<PageContext tabId={3} url="https://elsewhere.test/story" version={0} />, c);
    expect(await screen.findByText('Nothing DealLens knows on this page.')).toBeTruthy();
  });

  test('names DealLens has never seen: listed, most named first, each added in one click as the kind guessed; a failure is said', async () => {
    const add = vi.fn(({ name }: { name: string }) => (name === 'Voltiq SAS' ? Promise.reject(new Error('The store is full.')) : { ok: true as const, outcome: 'added' as const, id: 'quartz-ventures', linked: 2 }));
    const c = mockConnector({
      tab: { 'page-entities': () => ({ ...found, unknown: [{ name: 'Voltiq SAS', type: 'company', count: 1 }, { name: 'Quartz Ventures', type: 'fund', count: 3 }] }) },
      background: { 'add-entity': add },
    });
    renderView(<PageContext tabId={3} url="https://elsewhere.test/story" version={0} />, c);
    await screen.findByText('Quartz Ventures');
    expect(headings()).toEqual(['Funds', 'Companies', 'Accelerators', 'New names', 'Amounts']);
    expect([...document.querySelectorAll('.new-names li')].map((li) => li.getAttribute('data-name'))).toEqual(['Quartz Ventures', 'Voltiq SAS']);
    const quartz = document.querySelector<HTMLElement>('[data-name="Quartz Ventures"]')!;
    fireEvent.click(within(quartz).getByRole('button', { name: 'Add to DealLens as fund' }));
    await waitFor(() => expect(quartz.textContent).toContain('linked to 2 saved article(s)'));
    expect(add).toHaveBeenCalledWith({ name: 'Quartz Ventures', type: 'fund' }, undefined);
    const voltiq = document.querySelector<HTMLElement>('[data-name="Voltiq SAS"]')!;
    fireEvent.click(within(voltiq).getByRole('button', { name: 'Add to DealLens as company' }));
    await waitFor(() => expect(voltiq.textContent).toContain('The store is full.'));
  });

  test('only new names on the page: listed, not "nothing found"', async () => {
    const c = mockConnector({ tab: { 'page-entities': () => ({ ok: true, entities: [], unknown: [{ name: 'Quartz Ventures', type: 'fund', count: 1 }], amounts: [] }) } });
    renderView(<PageContext tabId={3} url="https://elsewhere.test/story" version={0} />, c);
    expect(await screen.findByText('Quartz Ventures')).toBeTruthy();
    expect(screen.queryByText('Nothing DealLens knows on this page.')).toBeNull();
  });
});
