// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { browser, resetFakeBrowser } from '../../../test/support/fake-browser';
import { Card } from './Card';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));
afterEach(() => {
  cleanup();
  resetFakeBrowser();
});

const model = { kind: 'unknown' as const, name: 'Quartz Ventures', text: 'Quartz', guessed: 'fund' as const };

describe('the card of a name DealLens has never seen', () => {
  test('says so, with the kind guessed chosen, and adds it in one gesture', async () => {
    browser.runtime.sendMessage.mockResolvedValue({ ok: true, outcome: 'added', id: 'quartz-ventures', linked: 1 });
    render(<Card model={model} />);
    expect(screen.getByRole('dialog', { name: 'Not known yet: Quartz Ventures' })).toBeTruthy();
    expect(screen.getByText('DealLens does not know this name yet.')).toBeTruthy();
    expect((screen.getByRole('combobox') as HTMLSelectElement).value).toBe('fund');
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'company' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Added to DealLens, and linked to 1 saved article(s).'));
    expect(browser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'add-entity', payload: { name: 'Quartz Ventures', type: 'company' } });
    expect((screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('a close name in the store: says the options page asks', async () => {
    browser.runtime.sendMessage.mockResolvedValue({ ok: true, outcome: 'form', id: null, linked: 0 });
    render(<Card model={model} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('the options page asks'));
  });

  test('a refusal is said, and the button stays usable', async () => {
    browser.runtime.sendMessage.mockResolvedValue({ ok: false, error: 'The store is full.' });
    render(<Card model={model} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('The store is full.'));
    expect((screen.getByRole('button', { name: 'Add' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
