// @vitest-environment happy-dom
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { cleanUpViews, renderView } from '../../../test/support/render-view';
import { mockConnector, type MockOptions } from '../connect/mock';
import { OptionsPage } from './OptionsPage';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));
cleanUpViews();

const published: MockOptions['background'] = { 'kb-changed': () => ({ ok: true }) };
const kb = () => document.getElementById('kb')!;
const editor = () => kb().querySelector<HTMLElement>('.editor')!;

async function showKb(background = published) {
  const c = mockConnector({ background });
  renderView(<OptionsPage />, c);
  await waitFor(() => expect(within(kb()).getByText(/entities shown$/).textContent).toMatch(/^50 of [\d,]{3,6} entities shown$/));
  return c;
}

async function open(name: string) {
  fireEvent.input(within(kb()).getByRole('searchbox', { name: 'Search by name or alias' }), { target: { value: name } });
  fireEvent.click(await within(kb()).findByRole('button', { name: new RegExp(`^${name}`) }));
  return within(await waitFor(() => editor()));
}

describe('the knowledge-base browser', () => {
  test('a search narrows the list by name or alias, whatever the case and accents; no match is said', async () => {
    await showKb();
    const search = within(kb()).getByRole('searchbox', { name: 'Search by name or alias' });
    fireEvent.input(search, { target: { value: 'TEKION' } });
    await waitFor(() => expect(within(kb()).getByText('1 of 1 entities shown')).toBeTruthy());
    expect(within(kb()).getByRole('button', { name: 'Tekion Company' })).toBeTruthy();
    fireEvent.input(search, { target: { value: 'voltaro' } });
    expect(await within(kb()).findByRole('button', { name: 'Voltaro Mobility Company · yours' })).toBeTruthy();
    fireEvent.input(search, { target: { value: 'xyzzy' } });
    expect(await within(kb()).findByText('No entity matches.')).toBeTruthy();
  });

  test('a hidden entity is listed only when asked for', async () => {
    await showKb();
    const form = await open('Tekion');
    fireEvent.click(form.getByRole('button', { name: 'Hide this entity' }));
    expect(await form.findByText('Tekion is hidden: open pages no longer highlight it.')).toBeTruthy();
    fireEvent.click(form.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(within(kb()).getByText('No entity matches.')).toBeTruthy());
    fireEvent.click(within(kb()).getByRole('checkbox', { name: 'Show hidden entities' }));
    expect(await within(kb()).findByRole('button', { name: 'Tekion Company · hidden' })).toBeTruthy();
  });
});

describe('the entity editor', () => {
  test('an entity opens with its name, kind, origin, aliases and relations', async () => {
    await showKb();
    const form = await open('Porsche Ventures');
    expect(form.getByRole('heading', { name: 'Porsche Ventures' })).toBeTruthy();
    expect(form.getByText('shipped')).toBeTruthy();
    expect((form.getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Porsche Ventures');
    expect((form.getByRole('combobox', { name: 'Kind' }) as HTMLSelectElement).value).toBe('fund');
    expect(form.getByRole('button', { name: 'Hide “Porsche Ventures”' })).toBeTruthy();
  });

  test('a change is saved to the store, said, shown in the list, and open tabs are told', async () => {
    const c = await showKb();
    const form = await open('Tekion');
    fireEvent.input(form.getByRole('textbox', { name: 'Name' }), { target: { value: 'Tekion Corp' } });
    fireEvent.change(form.getByRole('combobox', { name: 'Kind' }), { target: { value: 'accelerator' } });
    fireEvent.click(form.getByRole('button', { name: 'Save changes' }));
    expect(await form.findByText('Saved.')).toBeTruthy();
    expect(await (await c.store()).entities.get('tekion')).toMatchObject({ name: 'Tekion Corp', type: 'accelerator', edited: true });
    expect(c.sent.filter((s) => s.type === 'kb-changed')).toHaveLength(1);
    await waitFor(() => expect(form.getByText('changed by you')).toBeTruthy());
    fireEvent.input(within(kb()).getByRole('searchbox', { name: 'Search by name or alias' }), { target: { value: 'tekion' } });
    expect(await within(kb()).findByRole('button', { name: 'Tekion Corp Accelerator' })).toBeTruthy();
  });

  test('an alias added is said; one under three characters asks first, and a no adds nothing', async () => {
    const c = await showKb();
    const form = await open('Tekion');
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    fireEvent.input(form.getByRole('textbox', { name: 'New alias' }), { target: { value: 'TK' } });
    fireEvent.click(form.getByRole('button', { name: 'Add alias' }));
    expect(confirm).toHaveBeenCalledWith('“TK” is shorter than three characters: it will highlight every “TK” on every page. Add it anyway?');
    fireEvent.input(form.getByRole('textbox', { name: 'New alias' }), { target: { value: 'Tekion Inc' } });
    fireEvent.click(form.getByRole('button', { name: 'Add alias' }));
    expect(await form.findByText('“Tekion Inc” was added: open pages highlight it now.')).toBeTruthy();
    const aliases = ((await (await c.store()).entities.get('tekion'))!.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text));
    expect(aliases).toContain('Tekion Inc');
    expect(aliases).not.toContain('TK');
    expect(await form.findByRole('button', { name: 'Remove “Tekion Inc”' })).toBeTruthy();
  });

  test('a change the store refuses is said, and nothing is told to the tabs', async () => {
    const c = await showKb();
    const form = await open('Tekion');
    fireEvent.input(form.getByRole('textbox', { name: 'Name' }), { target: { value: '   ' } });
    fireEvent.submit(form.getByRole('button', { name: 'Save changes' }).closest('form')!);
    const status = await waitFor(() => form.getByText(/^Not changed: /));
    expect(status.textContent).toBe('Not changed: A name cannot be empty.');
    expect(status.className).toBe('error');
    expect((await (await c.store()).entities.get('tekion'))!.name).toBe('Tekion');
    expect(c.sent.filter((s) => s.type === 'kb-changed')).toHaveLength(0);
  });
});
