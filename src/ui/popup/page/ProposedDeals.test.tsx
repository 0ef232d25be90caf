// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { announced, cleanUpViews, renderView } from '../../../../test/support/render-view';
import { FIXTURE_ARTICLES } from '../../connect/fixtures';
import { mockConnector, type MockConnector } from '../../connect/mock';
import type { DealRecord } from '../../../store/schema';
import { ProposedDeals } from './ProposedDeals';

vi.mock('webextension-polyfill', () => import('../../../../test/support/fake-browser'));
cleanUpViews();

const porscheDeal = async (c: MockConnector) => (await (await c.store()).deals.where('partyIds').equals('tekion').filter((d) => d.status !== 'kb').first())!;

async function show(url: string) {
  const c = mockConnector();
  renderView(<ProposedDeals url={url} version={0} />, c);
  return c;
}

/** The Porsche page's deals, shown again after `change` rewrote its deal in the store. */
async function showChanged(change: (d: DealRecord) => DealRecord) {
  const c = mockConnector();
  const view = renderView(<ProposedDeals url={FIXTURE_ARTICLES.porsche.url} version={0} />, c);
  await screen.findByRole('button', { name: 'Swap roles' });
  await (await c.store()).deals.put(change(await porscheDeal(c)));
  view.rerender(<ProposedDeals url={FIXTURE_ARTICLES.porsche.url} version={1} />);
  return c;
}

const deal = () => screen.getByRole('heading', { name: 'Deals proposed from this page' }).parentElement!.querySelector<HTMLElement>('.proposed-deal')!;

describe('the deals a saved page proposed', () => {
  test('none: a page not saved proposes nothing, and the list goes', async () => {
    const c = mockConnector();
    const { rerender } = renderView(<ProposedDeals url={FIXTURE_ARTICLES.porsche.url} version={0} />, c);
    await screen.findByRole('heading', { name: 'Deals proposed from this page' });
    rerender(<ProposedDeals url="https://unsaved.test/story" version={0} />);
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Deals proposed from this page' })).toBeNull());
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull();
  });

  test('some: the deal with its parties, amount and date, marked proposed and new, to confirm, edit or dismiss', async () => {
    await show(FIXTURE_ARTICLES.porsche.url);
    await screen.findByRole('heading', { name: 'Deals proposed from this page' });
    await waitFor(() => expect(deal().textContent).toContain('Porsche Ventures → Tekion'));
    expect(deal().textContent).toContain('€12.0 m');
    expect(deal().textContent).toContain('Mar 2024');
    expect(within(deal()).getByText('proposed')).toBeTruthy();
    expect(within(deal()).getByText('new')).toBeTruthy();
    expect(within(deal().querySelector<HTMLElement>('.actions')!).getAllByRole('button').map((b) => b.textContent)).toEqual(['Confirm', 'Edit', 'Dismiss']);
  });

  test('a deal the reader confirmed: shown as confirmed, still editable', async () => {
    await show(FIXTURE_ARTICLES.bmw.url);
    await screen.findByRole('heading', { name: 'Deals proposed from this page' });
    await waitFor(() => expect(within(deal().querySelector<HTMLElement>('.actions')!).getAllByRole('button').map((b) => b.textContent)).toEqual(['Edit']));
    expect(within(deal()).getByText('Confirmed')).toBeTruthy();
  });

  test('confirm: written to the store, shown and said', async () => {
    const c = await show(FIXTURE_ARTICLES.porsche.url);
    fireEvent.click(await screen.findByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(deal().getAttribute('data-status')).toBe('confirmed'));
    expect((await porscheDeal(c)).status).toBe('confirmed');
    await announced('Confirmed');
  });

  test('dismiss: written to the store, shown and said', async () => {
    const c = await show(FIXTURE_ARTICLES.porsche.url);
    fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(within(deal()).getByText('Dismissed')).toBeTruthy());
    expect((await porscheDeal(c)).status).toBe('dismissed');
  });

  test('edit: the editor holds the deal; a new amount and date are saved, the editor closes, it is said', async () => {
    const c = await show(FIXTURE_ARTICLES.porsche.url);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = await screen.findByRole('form', { name: 'Edit the deal' });
    expect((within(form).getByLabelText('Investors (comma-separated)') as HTMLInputElement).value).toBe('Porsche Ventures');
    expect((within(form).getByLabelText('Targets (comma-separated)') as HTMLInputElement).value).toBe('Tekion');
    expect((within(form).getByLabelText('Amount (millions)') as HTMLInputElement).value).toBe('12');
    fireEvent.input(within(form).getByLabelText('Amount (millions)'), { target: { value: '15,5' } });
    fireEvent.input(within(form).getByLabelText('Date'), { target: { value: '2024-04' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the deal' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit the deal' })).toBeNull());
    expect(await porscheDeal(c)).toMatchObject({ amount: { value: 15.5e6, currency: 'EUR' }, date: '2024-04', edited: true });
    await waitFor(() => expect(deal().textContent).toContain('€15.5 m'));
    await announced('Deal saved.');
  });

  test('edit: a party DealLens does not know is refused and said; nothing is written', async () => {
    const c = await show(FIXTURE_ARTICLES.porsche.url);
    fireEvent.click(await screen.findByRole('button', { name: 'Edit' }));
    const form = await screen.findByRole('form', { name: 'Edit the deal' });
    fireEvent.input(within(form).getByLabelText('Targets (comma-separated)'), { target: { value: 'Tekion, Nobody Motors' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save the deal' }));
    expect((await within(form).findByRole('alert')).textContent).toBe('DealLens knows no entity named: Nobody Motors. Add it in the options first.');
    expect((await porscheDeal(c)).amount).toEqual({ value: 12e6, currency: 'EUR' });
    fireEvent.click(within(form).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit the deal' })).toBeNull());
  });

  describe('the review: the sentence, its parties and amount marked, each fix one gesture', () => {
    test('the sentence it came from, the investor, the target and the amount marked', async () => {
      await show(FIXTURE_ARTICLES.porsche.url);
      await waitFor(() => expect(deal().querySelector('.evidence')?.textContent).toBe('Porsche Ventures (Investor) invests €12 million (Amount) in Tekion (Target), the company said on Tuesday.'));
      const marked = [...deal().querySelectorAll('.evidence mark')].map((m) => `${m.getAttribute('data-role')}: ${m.textContent}`);
      expect(marked).toEqual(['investor: Porsche Ventures', 'amount: €12 million', 'target: Tekion']);
    });

    test('swap the roles: the target invests, the investor is the target; stored as the reader’s, said', async () => {
      const c = await show(FIXTURE_ARTICLES.porsche.url);
      fireEvent.click(await screen.findByRole('button', { name: 'Swap roles' }));
      await waitFor(() => expect(deal().textContent).toContain('Tekion → Porsche Ventures'));
      expect(await porscheDeal(c)).toMatchObject({ parties: { investors: ['tekion'], targets: ['porsche-ventures'] }, edited: true, status: 'confirmed' });
      expect([...deal().querySelectorAll('.evidence mark')].map((m) => m.getAttribute('data-role'))).toEqual(['target', 'amount', 'investor']);
      await announced('Deal saved.');
    });

    test('drop a party: gone from the deal and from the marks; the last two cannot be dropped', async () => {
      // A third party the sentence named wrongly: the reader drops it.
      const c = await showChanged((d) => ({ ...d, parties: { ...d.parties, investors: ['porsche-ventures', 'renault'] }, partyIds: [...d.partyIds, 'renault'] }));
      fireEvent.click(await screen.findByRole('button', { name: 'Drop Renault from this deal' }));
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Drop Renault from this deal' })).toBeNull());
      expect((await porscheDeal(c)).parties).toEqual({ investors: ['porsche-ventures'], targets: ['tekion'] });
      expect((screen.getByRole('button', { name: 'Drop Tekion from this deal' }) as HTMLButtonElement).disabled).toBe(true);
    });

    test('another amount of the sentence is one click from being the deal’s', async () => {
      const summary = 'Porsche Ventures invests €12 million in Tekion, after €3 million last year.';
      const c = await showChanged((d) => ({ ...d, summary, marks: [...(d.marks ?? []).slice(0, 3), { start: summary.indexOf('€3'), end: summary.indexOf(' last'), amount: { value: 3e6, currency: 'EUR' } }] }));
      fireEvent.click(await screen.findByRole('button', { name: 'Make €3 million this deal’s amount' }));
      await waitFor(() => expect(deal().textContent).toContain('· €3.0 m'));
      expect((await porscheDeal(c)).amount).toEqual({ value: 3e6, currency: 'EUR' });
      expect([...deal().querySelectorAll('.evidence mark[data-role="amount"]')].map((m) => m.textContent)).toEqual(['€3 million']);
      expect(screen.getByRole('button', { name: 'Make €12 million this deal’s amount' })).toBeTruthy();
    });
  });
});
