// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { cleanUpViews, renderView } from '../../../test/support/render-view';
import { mockConnector } from '../connect/mock';
import { OptionsPage } from './OptionsPage';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));
cleanUpViews();

/** The options page as "Add to DealLens as…" opens it. */
async function addFrom(text: string, type: string) {
  location.hash = `#add?${new URLSearchParams({ text, type })}`;
  const c = mockConnector({ background: { 'kb-changed': () => ({ ok: true }) } });
  renderView(<OptionsPage />, c);
  const form = within((await screen.findByRole('heading', { name: /^Add “/ })).parentElement!);
  return { c, form };
}

describe('"Add to DealLens as…"', () => {
  test('a name close to nothing known: a new entity of the kind asked, another kind chosen, added, said', async () => {
    const { c, form } = await addFrom('Quokkabyte  Labs ', 'person');
    expect((form.getByRole('radio', { name: 'A new entity' }) as HTMLInputElement).checked).toBe(true);
    const kind = form.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement;
    expect(kind.value).toBe('person');
    fireEvent.change(kind, { target: { value: 'fund' } });
    fireEvent.click(form.getByRole('button', { name: 'Add' }));
    expect(await form.findByText('“Quokkabyte Labs” was added: open pages highlight it now.')).toBeTruthy();
    expect(await (await c.store()).entities.where('name').equals('Quokkabyte Labs').first()).toMatchObject({ type: 'fund', origin: 'user' });
    expect(form.getByRole('button', { name: 'Add' }).closest('fieldset')!.hasAttribute('disabled')).toBe(true);
    expect(c.sent.filter((s) => s.type === 'kb-changed')).toHaveLength(1);
  });

  test('a name close to a known entity: offered as its alias, added so, said', async () => {
    const { c, form } = await addFrom('Voltaro Labs', 'company');
    expect((form.getByRole('radio', { name: 'An alias of an existing entity' }) as HTMLInputElement).checked).toBe(true);
    const similar = within(form.getByRole('group', { name: 'Close to this text' }));
    expect((similar.getByRole('radio', { name: /^Voltaro Mobility/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(form.getByRole('button', { name: 'Add' }));
    expect(await form.findByText('“Voltaro Labs” is now an alias of Voltaro Mobility: open pages highlight it now.')).toBeTruthy();
    const voltaro = await (await c.store()).entities.where('name').equals('Voltaro Mobility').first();
    expect((voltaro!.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))).toContain('Voltaro Labs');
  });

  test('as an alias with no entity chosen: asked for one, nothing added', async () => {
    const { c, form } = await addFrom('Quokkabyte Labs', 'company');
    fireEvent.click(form.getByRole('radio', { name: 'An alias of an existing entity' }));
    fireEvent.click(form.getByRole('button', { name: 'Add' }));
    expect(await form.findByText('Choose the entity to add the alias to.')).toBeTruthy();
    expect(await (await c.store()).entities.where('name').equals('Quokkabyte Labs').count()).toBe(0);
  });

  test('a selection too long to be a name: said, no form', async () => {
    const { form } = await addFrom('A long sentence '.repeat(20), 'company');
    expect(form.getByRole('heading').textContent).toBe(`Add “${'A long sentence '.repeat(6).slice(0, 80)}…” to DealLens`);
    expect(form.getByText('This selection is too long to be a name (at most 200 characters). Select the name only and try again.')).toBeTruthy();
    expect(form.queryByRole('button', { name: 'Add' })).toBeNull();
  });

  test('a store that cannot be written: said as a failure', async () => {
    const { c, form } = await addFrom('Quokkabyte Labs', 'company');
    await waitFor(() => expect(form.getByRole('button', { name: 'Add' })).toBeTruthy());
    (await c.store()).close();
    fireEvent.click(form.getByRole('button', { name: 'Add' }));
    const said = await form.findByText(/^DealLens’s store is being upgraded in another tab/);
    expect(said.className).toBe('error');
  });
});
