// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { browser } from '../../../../test/support/fake-browser';
import { cleanUpViews, renderView } from '../../../../test/support/render-view';
import { mockConnector, type MockConnector } from '../../connect/mock';
import { DealsTable } from './DealsTable';

vi.mock('webextension-polyfill', () => import('../../../../test/support/fake-browser'));
cleanUpViews();

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-deal]')];
const cells = (row: HTMLElement) => [...row.querySelectorAll('[role="cell"]')].map((c) => c.textContent);
const inStore = async (c: MockConnector, ...statuses: string[]) => (await c.store()).deals.where('status').anyOf(statuses).count();

async function show() {
  const c = mockConnector();
  renderView(<DealsTable />, c);
  await waitFor(() => expect(rows().length).toBeGreaterThan(0));
  return c;
}

describe('the deals table', () => {
  test('every deal of the store (shipped, proposed, confirmed), newest first, as table rows', async () => {
    const c = await show();
    expect(await screen.findByText(`${await inStore(c, 'kb', 'proposed', 'confirmed')} deals`)).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Deals' }).getAttribute('aria-rowcount')).toBe(String((await inStore(c, 'kb', 'proposed', 'confirmed')) + 1));
    const dates = rows().map((r) => r.querySelector('[role="cell"]')!.textContent!);
    expect(dates[0]).toMatch(/20\d\d/);
    expect(screen.getByRole('columnheader', { name: /Date/ }).getAttribute('aria-sort')).toBe('descending');
  });

  test('to review: the one proposed deal, with its figures and its badge', async () => {
    await show();
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'proposed' } });
    expect(await screen.findByText('1 deals')).toBeTruthy();
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(cells(rows()[0])).toEqual(['Mar 2024', 'Investment Porsche Ventures → Tekionproposed Source', '€12.0 m']);
  });

  test('confirmed by me: the confirmed deal, its amount converted to the reader’s currency', async () => {
    await show();
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'confirmed' } });
    await waitFor(() => expect(rows()).toHaveLength(1));
    expect(cells(rows()[0])[1]).toContain('BMW i Ventures → Ionic Materials');
    // $30 m in euros at the year's rate: not the dollar figure.
    expect(cells(rows()[0])[2]).toMatch(/^€2\d\.\d m$/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Currency' }), { target: { value: 'USD' } });
    await waitFor(() => expect(cells(rows()[0])[2]).toBe('US$30.0 m'));
    expect(screen.getByRole('columnheader', { name: /Amount \(USD\)/ })).toBeTruthy();
    // The choice is kept for the next opening.
    await waitFor(async () => expect(await browser.storage.local.get('displayCurrency')).toEqual({ displayCurrency: 'USD' }));
  });

  test('sorted by amount, largest first, then smallest first', async () => {
    await show();
    fireEvent.change(screen.getByRole('combobox', { name: 'Show' }), { target: { value: 'mine' } });
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: /^Amount/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Amount/ }).getAttribute('aria-sort')).toBe('descending'));
    await waitFor(() => expect(rows().map((r) => cells(r)[1]!.split(' ')[1])).toEqual(['BMW', 'Porsche']));
    fireEvent.click(screen.getByRole('button', { name: /^Amount/ }));
    await waitFor(() => expect(rows().map((r) => cells(r)[1]!.split(' ')[1])).toEqual(['Porsche', 'BMW']));
    expect(screen.getByRole('columnheader', { name: /Amount/ }).getAttribute('aria-sort')).toBe('ascending');
  });
});
