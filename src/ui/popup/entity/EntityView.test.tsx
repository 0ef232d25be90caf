// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { cleanUpViews, renderView } from '../../../../test/support/render-view';
import { watchlist } from '../../../store/watchlist';
import { FIXTURE_ARTICLES } from '../../connect/fixtures';
import { mockConnector } from '../../connect/mock';
import { EntityView } from './EntityView';

vi.mock('webextension-polyfill', () => import('../../../../test/support/fake-browser'));
cleanUpViews();

describe('an entity’s profile', () => {
  test('a company: its kind, its deals as a timeline by year (the reader’s and the shipped ones), the saved articles naming it', async () => {
    renderView(<EntityView id="tekion" />, mockConnector());
    expect(await screen.findByRole('heading', { level: 2, name: 'Tekion' })).toBeTruthy();
    expect(screen.getByText(/^Company/)).toBeTruthy();
    await waitFor(() => expect(document.querySelectorAll('.timeline .deal').length).toBeGreaterThan(1));
    const years = [...document.querySelectorAll('.timeline .year')].map((y) => y.textContent);
    expect(years[0]).toBe('2024');
    const dated = years.filter((y) => /^\d{4}$/.test(y!));
    expect(dated).toEqual([...dated].sort().reverse());
    // The deals with no date come last.
    expect(years.slice(dated.length).every((y) => y === 'Undated')).toBe(true);
    const newest = document.querySelector<HTMLElement>('.timeline .deal')!;
    expect(newest.textContent).toContain('Investment Porsche Ventures · €12.0 m');
    expect(screen.getByRole('link', { name: FIXTURE_ARTICLES.porsche.title }).getAttribute('href')).toMatch(/^#article\//);
  });

  test('a fund: its relations, both ways, as links to their profiles', async () => {
    renderView(<EntityView id="porsche-ventures" />, mockConnector());
    await screen.findByRole('heading', { level: 2, name: 'Porsche Ventures' });
    const relations = screen.getByRole('heading', { name: 'Relations' }).nextElementSibling as HTMLElement;
    expect(within(relations).getAllByRole('link').length).toBeGreaterThan(0);
    for (const link of within(relations).getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^#entity\//);
  });

  test('the reader’s own entity: said to be theirs; no deal and no article yet, said', async () => {
    const c = mockConnector();
    const id = (await (await c.store()).entities.where('origin').equals('user').first())!.id;
    renderView(<EntityView id={id} />, c);
    expect(await screen.findByRole('heading', { level: 2, name: 'Voltaro Mobility' })).toBeTruthy();
    expect(screen.getByText('Company · added by you')).toBeTruthy();
    expect(screen.getByText('Voltaro')).toBeTruthy();
    expect(screen.getByText('No deal known yet')).toBeTruthy();
    expect(screen.getByText('No saved article names it yet.')).toBeTruthy();
  });

  test('the star watches it: in the store, and the background told (for the badges)', async () => {
    const c = mockConnector({ background: { 'watch-changed': () => ({ ok: true }) } });
    renderView(<EntityView id="tekion" />, c);
    fireEvent.click(await screen.findByRole('button', { name: 'Watch Tekion' }));
    expect((await screen.findByRole('button', { name: 'Stop watching Tekion' })).getAttribute('aria-pressed')).toBe('true');
    expect(await watchlist(await c.store())).toEqual(['tekion']);
    await waitFor(() => expect(c.sent.map((s) => s.type)).toContain('watch-changed'));
  });

  test('an id the store does not know: said', async () => {
    renderView(<EntityView id="nobody-motors" />, mockConnector());
    expect(await screen.findByText('DealLens does not know this entity (any more).')).toBeTruthy();
  });
});
