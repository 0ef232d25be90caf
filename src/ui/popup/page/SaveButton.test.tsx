// @vitest-environment happy-dom
import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { announced, cleanUpViews, renderView } from '../../../../test/support/render-view';
import type { Response } from '../../../messages';
import type { ToBackground } from '../../connect/connector';
import { mockConnector, noAnswer, type MockOptions } from '../../connect/mock';
import { SaveButton } from './SaveButton';

vi.mock('webextension-polyfill', () => import('../../../../test/support/fake-browser'));
cleanUpViews();

const URL = 'https://autonews.test/porsche-ventures-tekion';
const AT = Date.UTC(2024, 2, 12, 12);
const unsaved: Response<ToBackground, 'page-status'> = { ok: true, saved: false, savedAt: null, title: null, notes: '', tags: [] };
const saved: Response<ToBackground, 'page-status'> = { ok: true, saved: true, savedAt: AT, title: 'Porsche Ventures backs Tekion', notes: 'Ask about the round', tags: ['retail', 'software'] };
const result: Response<ToBackground, 'save-page'> = { ok: true, articleId: 'a1', created: true, savedAt: AT, linked: 2, proposed: 1, conflicts: 0, notices: [] };
const savedOn = `Saved on ${new Date(AT).toLocaleDateString('en')}`;

function show(background: MockOptions['background']) {
  const onSaved = vi.fn();
  const c = mockConnector({ records: 'none', background });
  renderView(<SaveButton tabId={3} url={URL} onSaved={onSaved} />, c);
  return { c, onSaved, button: () => screen.getByRole('button', { name: /^(Save|Update)$/ }) };
}

describe('the save button', () => {
  test('while the page’s state is asked: no state, and no button to press yet', async () => {
    const { button } = show({ 'page-status': () => new Promise(() => undefined) });
    expect(button().hasAttribute('disabled')).toBe(true);
    expect(screen.queryByText('Not saved')).toBeNull();
  });

  test('idle: not saved, the button enabled, note and tags empty', async () => {
    const { button } = show({ 'page-status': () => unsaved });
    expect(await screen.findByText('Not saved')).toBeTruthy();
    expect(button().hasAttribute('disabled')).toBe(false);
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('');
  });

  test('a page saved before: its date, "Update", its note and tags to edit', async () => {
    show({ 'page-status': () => saved });
    expect(await screen.findByText(savedOn)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Update' })).toBeTruthy();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('Ask about the round');
    expect((screen.getByLabelText('Tags (comma-separated)') as HTMLInputElement).value).toBe('retail, software');
  });

  test('saving: the button disabled and "Saving…" until the answer; then saved, said aloud, the page told', async () => {
    let finish: (r: typeof result) => void = () => undefined;
    const { c, onSaved, button } = show({ 'page-status': () => unsaved, 'save-page': () => new Promise((resolve) => (finish = resolve)) });
    await screen.findByText('Not saved');
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Check the amount' } });
    fireEvent.input(screen.getByLabelText('Tags (comma-separated)'), { target: { value: ' retail,, software ' } });
    fireEvent.click(button());
    expect(await screen.findByText('Saving…')).toBeTruthy();
    expect(button().hasAttribute('disabled')).toBe(true);
    expect(c.sent.at(-1)).toEqual({ to: 'background', type: 'save-page', payload: { tabId: 3, notes: 'Check the amount', tags: ['retail', 'software'] } });
    finish(result);
    expect(await screen.findByText(savedOn)).toBeTruthy();
    expect(button().hasAttribute('disabled')).toBe(false);
    expect(onSaved).toHaveBeenCalledOnce();
    await announced('Saved. Deals: 2 known, 1 proposed.');
  });

  test('saving again is "Updating…"', async () => {
    const { button } = show({ 'page-status': () => saved, 'save-page': () => new Promise(() => undefined) });
    await screen.findByText(savedOn);
    fireEvent.click(button());
    expect(await screen.findByText('Updating…')).toBeTruthy();
  });

  test('what saving cut is said under the button', async () => {
    const { button } = show({ 'page-status': () => unsaved, 'save-page': () => ({ ...result, notices: ['noticeTitleCut'] }) });
    await screen.findByText('Not saved');
    fireEvent.click(button());
    expect(await screen.findByText('The title was longer than 2,000 characters and was cut.')).toBeTruthy();
  });

  test('an error answer is said, as an alert and aloud, and the button can be pressed again', async () => {
    const { button } = show({ 'page-status': () => unsaved, 'save-page': () => ({ ok: false, error: 'This page has no text to save.' }) });
    await screen.findByText('Not saved');
    fireEvent.click(button());
    expect((await screen.findByRole('alert')).textContent).toBe('This page has no text to save.');
    expect(button().hasAttribute('disabled')).toBe(false);
    await announced('This page has no text to save.');
  });

  test('no answer (the worker stopped mid-save), and the store says the save landed: saved', async () => {
    let asked = 0;
    const { onSaved } = show({ 'page-status': () => (asked++ === 0 ? unsaved : saved), 'save-page': () => noAnswer('save-page') });
    await screen.findByText('Not saved');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(savedOn)).toBeTruthy();
    expect(onSaved).toHaveBeenCalledOnce();
  });

  test('no answer, and the page is not saved: the save was interrupted, said', async () => {
    const { onSaved } = show({ 'page-status': () => unsaved, 'save-page': () => noAnswer('save-page') });
    await screen.findByText('Not saved');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The save was interrupted (DealLens’s background stopped) and this page is not saved. Try again.');
    expect(onSaved).not.toHaveBeenCalled();
  });

  test('no answer to the page’s state: said, not a blank', async () => {
    show({});
    expect((await screen.findByRole('alert')).textContent).toContain('DealLens did not answer (page-status');
  });
});
