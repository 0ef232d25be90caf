// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { cleanUpViews, renderView } from '../../../test/support/render-view';
import { mockConnector, type MockConnector } from '../connect/mock';
import { OptionsPage } from './OptionsPage';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));
cleanUpViews();

const kb = () => within(document.getElementById('kb')!);

/** The editor of Voltaro Mobility (the reader's), its merge dialog open, Tekion picked as the other. */
async function mergeVoltaroWithTekion(): Promise<{ c: MockConnector; dialog: ReturnType<typeof within>; voltaro: string }> {
  const c = mockConnector({ background: { 'kb-changed': () => ({ ok: true }) } });
  const voltaro = (await (await c.store()).entities.where('origin').equals('user').first())!.id;
  renderView(<OptionsPage />, c);
  fireEvent.input(await kb().findByRole('searchbox', { name: 'Search by name or alias' }), { target: { value: 'voltaro' } });
  fireEvent.click(await kb().findByRole('button', { name: /^Voltaro Mobility/ }));
  fireEvent.click(await kb().findByRole('button', { name: 'Merge with…' }));
  const dialog = within(await screen.findByRole('dialog', { name: 'Merge two entities' }));
  expect(dialog.getByRole('button', { name: 'Merge' }).hasAttribute('disabled')).toBe(true);
  fireEvent.input(dialog.getByRole('searchbox', { name: 'Entity to merge with' }), { target: { value: 'tekion' } });
  fireEvent.click(await dialog.findByRole('button', { name: 'Tekion · Company' }));
  return { c, dialog, voltaro };
}

describe('the merge dialog', () => {
  test('says what will move before anything does; this entity stays unless the reader picks the other', async () => {
    const { c, dialog } = await mergeVoltaroWithTekion();
    expect(dialog.getByText('Chosen: Tekion')).toBeTruthy();
    expect((dialog.getByRole('radio', { name: 'Voltaro Mobility' }) as HTMLInputElement).checked).toBe(true);
    expect(dialog.getByText(/^Tekion will be merged into Voltaro Mobility: /)).toBeTruthy();
    fireEvent.click(dialog.getByRole('radio', { name: 'Tekion' }));
    expect(dialog.getByText(/^Voltaro Mobility will be merged into Tekion: /)).toBeTruthy();
    expect((await (await c.store()).entities.get('tekion'))!.mergedInto).toBeUndefined();
  });

  test('merge: the dropped one’s deals and mentions move, the editor shows the kept one, it is said, tabs are told', async () => {
    const { c, dialog, voltaro } = await mergeVoltaroWithTekion();
    fireEvent.click(dialog.getByRole('button', { name: 'Merge' }));
    const said = await kb().findByText(/^Tekion was merged into Voltaro Mobility: \d+ deals and 1 saved articles moved\.$/);
    expect(said.getAttribute('role')).toBe('status');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const store = await c.store();
    expect((await store.entities.get('tekion'))!.mergedInto).toBe(voltaro);
    expect((await store.articles.toArray()).find((a) => a.entityIds.includes(voltaro))).toBeTruthy();
    expect(kb().getByRole('heading', { level: 3, name: 'Voltaro Mobility' })).toBeTruthy();
    expect(c.sent.filter((s) => s.type === 'kb-changed')).toHaveLength(1);
  });

  test('a store that cannot be written (upgraded in another tab): said in the dialog, nothing merged', async () => {
    const { c, dialog } = await mergeVoltaroWithTekion();
    (await c.store()).close();
    fireEvent.click(dialog.getByRole('button', { name: 'Merge' }));
    expect(await dialog.findByText('DealLens’s store is being upgraded in another tab: close the other DealLens tabs and try again. Nothing was lost.')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Merge two entities' })).toBeTruthy();
  });

  test('cancel closes it, merging nothing', async () => {
    const { c, dialog } = await mergeVoltaroWithTekion();
    fireEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await (await c.store()).entities.get('tekion'))!.mergedInto).toBeUndefined();
  });
});
