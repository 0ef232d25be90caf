// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { cleanUpViews, renderView } from '../../../../test/support/render-view';
import { setWatched, watchlist } from '../../../store/watchlist';
import { mockConnector } from '../../connect/mock';
import { WatchlistView } from './WatchlistView';

vi.mock('webextension-polyfill', () => import('../../../../test/support/fake-browser'));
cleanUpViews();

async function watching(...ids: string[]) {
  const c = mockConnector({ background: { 'watch-changed': () => ({ ok: true }) } });
  for (const id of ids) await setWatched(await c.store(), id, true);
  renderView(<WatchlistView />, c);
  return c;
}

describe('the watchlist', () => {
  test('empty: said, with how to watch', async () => {
    await watching();
    expect(await screen.findByText('You watch no entity yet: star one (☆) on a page, in a profile or in a deal list.')).toBeTruthy();
  });

  test('the watched entities, in the order starred, with their kinds, and their latest deals as one timeline', async () => {
    await watching('ionic-materials', 'porsche-ventures');
    await waitFor(() => expect([...document.querySelectorAll('.watched li')].map((li) => li.textContent)).toEqual(['★ Ionic Materials · Company', '★ Porsche Ventures · Fund']));
    expect(screen.getByRole('link', { name: 'Ionic Materials' }).getAttribute('href')).toBe('#entity/ionic-materials');
    await waitFor(() => expect(document.querySelectorAll('.timeline .deal').length).toBeGreaterThanOrEqual(2));
    const timeline = document.querySelector('.timeline')!.textContent!;
    expect(timeline).toContain('BMW i Ventures → Ionic Materials');
    expect(timeline).toContain('Porsche Ventures → Tekion');
  });

  test('unstarring the last one empties it, in the store too', async () => {
    const c = await watching('tekion');
    fireEvent.click(await screen.findByRole('button', { name: 'Stop watching Tekion' }));
    expect(await screen.findByText(/^You watch no entity yet/)).toBeTruthy();
    expect(await watchlist(await c.store())).toEqual([]);
  });
});
