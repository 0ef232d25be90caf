// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { browser, permissionsAnswer } from '../../../test/support/fake-browser';
import { cleanUpViews, renderView } from '../../../test/support/render-view';
import type { TeamStatus } from '../../messages';
import { mockConnector, type MockOptions } from '../connect/mock';
import { TeamCollection } from './TeamCollection';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));
cleanUpViews();

const OFF: TeamStatus = { state: 'off', waiting: 0, conflicts: [], refused: [] };

function fill(url: string, user = 'ann', password = 'pw') {
  fireEvent.input(screen.getByRole('textbox', { name: /Database URL/ }), { target: { value: url } });
  fireEvent.input(screen.getByRole('textbox', { name: 'User name' }), { target: { value: user } });
  fireEvent.input(screen.getByLabelText('Password'), { target: { value: password } });
}

function render(background: MockOptions['background'] = {}) {
  const connector = mockConnector({ records: 'none', background: { 'team-status': () => ({ ok: true, status: OFF }), ...background } });
  renderView(<TeamCollection />, connector);
  return connector;
}

const stored = async () => (await browser.storage.local.get('sync')).sync;

describe('the team collection in the options page', () => {
  test('off: said so, and nothing is asked of any server', async () => {
    const c = render();
    expect(await screen.findByText('Team collection: off')).toBeTruthy();
    expect(c.sent.map((s) => s.type)).toEqual(['team-status']);
    expect(browser.permissions.request).not.toHaveBeenCalled();
  });

  test('an address that is refused is said at once: no permission asked, no check sent', async () => {
    const c = render();
    fill('http://couch.example.org/team');
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Plain http:// is refused except on this machine (localhost): use https://.')).toBeTruthy();
    expect(browser.permissions.request).not.toHaveBeenCalled();
    expect(c.sent.some((s) => s.type === 'team-check')).toBe(false);
  });

  test("Test connection asks for the origin's permission, then says what the server said", async () => {
    const c = render({ 'team-check': () => ({ ok: true, result: { ok: false, problem: 'teamWrongPassword' } }) });
    fill('https://couch.example.org/team');
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('The user name or the password is wrong.')).toBeTruthy();
    expect(browser.permissions.request).toHaveBeenCalledWith({ origins: ['https://couch.example.org/*'] });
    expect(c.sent.find((s) => s.type === 'team-check')?.payload).toEqual({ url: 'https://couch.example.org/team', username: 'ann', password: 'pw' });
    expect(await stored()).toBeUndefined();
  });

  test('the permission refused: said, and nothing is contacted', async () => {
    permissionsAnswer.grant = false;
    const c = render();
    fill('https://couch.example.org/team');
    fireEvent.click(screen.getByRole('button', { name: 'Save and sync' }));
    expect(await screen.findByText('The browser did not allow DealLens to contact this server.')).toBeTruthy();
    expect(c.sent.some((s) => s.type === 'team-check')).toBe(false);
    expect(await stored()).toBeUndefined();
  });

  test('a missing database: offered to be created, and created when asked', async () => {
    const c = render({ 'team-check': ({ create }) => ({ ok: true, result: create ? { ok: true, created: true, design: 'installed', user: 'ann' } : { ok: false, problem: 'teamMissing' } }) });
    fill('https://couch.example.org/team');
    fireEvent.click(screen.getByRole('button', { name: 'Test connection' }));
    const create = (await screen.findByRole('button', { name: 'Create the database' })) as HTMLButtonElement;
    await waitFor(() => expect(create.disabled).toBe(false));
    fireEvent.click(create);
    expect(await screen.findByText(/The database was created\./)).toBeTruthy();
    expect(c.sent.filter((s) => s.type === 'team-check').map((s) => (s.payload as { create?: boolean }).create)).toEqual([undefined, true]);
  });

  test('Save and sync keeps the settings (contract 7) once the check passed; Stop keeps them off; Remove takes them away', async () => {
    render({ 'team-check': () => ({ ok: true, result: { ok: true, created: false, design: 'present', user: 'ann' } }) });
    fill('https://couch.example.org/team/');
    fireEvent.click(screen.getByRole('button', { name: 'Save and sync' }));
    expect(await screen.findByText(/DealLens syncs with this database/)).toBeTruthy();
    expect(await stored()).toEqual({ enabled: true, url: 'https://couch.example.org/team', username: 'ann', password: 'pw' });
    fireEvent.click(screen.getByRole('button', { name: 'Stop syncing' }));
    await waitFor(async () => expect(((await stored()) as { enabled: boolean }).enabled).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Remove the credentials' }));
    expect(await screen.findByText('The team settings and credentials are removed from this browser.')).toBeTruthy();
    expect(await stored()).toBeUndefined();
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
  });

  test('a record in conflict: its versions side by side, and the one picked is kept', async () => {
    const status: TeamStatus = { state: 'up-to-date', database: 'https://couch.example.org/team', user: 'ann', waiting: 0, conflicts: [{ key: 'deal:d1', title: 'A $20m round' }], refused: [{ key: 'article:bad', rule: 'rule_type_string' }] };
    const c = render({
      'team-status': () => ({ ok: true, status }),
      'team-versions': () => ({
        ok: true,
        versions: [
          { rev: '2-a', changedBy: 'ann', changedAt: 1, record: { id: 'd1', summary: 'A $20m round' } },
          { rev: '2-b', changedBy: 'bob', changedAt: 2, record: { id: 'd1', summary: 'A round of <b>20 million</b>' } },
        ],
      }),
      'team-resolve': () => ({ ok: true }),
    });
    expect(await screen.findByText('Team collection: up to date')).toBeTruthy();
    expect(screen.getByText('Records from the server refused (malformed): 1')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resolve A $20m round' }));
    // Another reader's words are text, never markup.
    expect(await screen.findByText('summary: A round of <b>20 million</b>')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep the version of bob' }));
    expect(await screen.findByText('Resolved: the version kept is the team’s now.')).toBeTruthy();
    expect(c.sent.find((s) => s.type === 'team-resolve')?.payload).toEqual({ key: 'deal:d1', keep: '2-b' });
  });

  test('a record in conflict merged field by field: the summary of one, the date of the other, kept as one version', async () => {
    const status: TeamStatus = { state: 'up-to-date', database: 'https://couch.example.org/team', user: 'ann', waiting: 0, conflicts: [{ key: 'deal:d1', title: 'A $20m round' }], refused: [] };
    const c = render({
      'team-status': () => ({ ok: true, status }),
      'team-versions': () => ({
        ok: true,
        versions: [
          { rev: '2-a', changedBy: 'ann', changedAt: 1, record: { id: 'd1', summary: 'A $20m round', date: '2024-03', updatedAt: 1 } },
          { rev: '2-b', changedBy: 'bob', changedAt: 2, record: { id: 'd1', summary: 'A round of 20 million dollars', date: '2024-04', updatedAt: 2 } },
        ],
      }),
      'team-resolve': () => ({ ok: true }),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Resolve A $20m round' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Merge: pick each field' }));
    // Only the fields the readers changed are offered; the shown version's values are picked at first.
    expect([...document.querySelectorAll('.team-merge legend')].map((l) => l.textContent)).toEqual(['summary', 'date']);
    expect((screen.getByLabelText('ann: A $20m round') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('bob: 2024-04'));
    fireEvent.click(screen.getByRole('button', { name: 'Keep the merge' }));
    expect(await screen.findByText('Resolved: the version kept is the team’s now.')).toBeTruthy();
    expect(c.sent.find((s) => s.type === 'team-resolve')?.payload).toEqual({ key: 'deal:d1', keep: '2-a', record: { id: 'd1', summary: 'A $20m round', date: '2024-04', updatedAt: 1 } });
  });
});
