// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { browser } from '../../../../test/support/fake-browser';
import { cleanUpViews, renderView } from '../../../../test/support/render-view';
import type { TeamStatus } from '../../../messages';
import { mockConnector } from '../../connect/mock';
import { CollectionView } from './CollectionView';

vi.mock('webextension-polyfill', () => import('../../../../test/support/fake-browser'));
cleanUpViews();

const titles = () => [...document.querySelectorAll('[data-article] .title')].map((b) => b.textContent);

describe('the team collection in the popup', () => {
  test('off: nothing of it is shown', async () => {
    renderView(<CollectionView />, mockConnector({ background: { 'team-status': () => ({ ok: true, status: { state: 'off', waiting: 0, conflicts: [], refused: [] } }) } }));
    await waitFor(() => expect(titles().length).toBe(2));
    expect(document.querySelector('.team-line')).toBeNull();
  });

  test('on: its state, what waits, and a record in conflict that leads to the options page', async () => {
    const status: TeamStatus = { state: 'offline', reason: 'teamUnreachable', waiting: 3, conflicts: [{ key: 'article:x', title: 'A contested note' }], refused: [] };
    renderView(<CollectionView />, mockConnector({ background: { 'team-status': () => ({ ok: true, status }) } }));
    expect(await screen.findByText('Team collection: offline; your changes wait and go when the server is back')).toBeTruthy();
    expect(screen.getByText('Changes waiting to go: 3')).toBeTruthy();
    expect(screen.getByText('in conflict')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Resolve A contested note' }));
    expect(browser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://deallens/options.html#team' });
  });

  test("a colleague's article arriving in the store is listed without reopening the popup", async () => {
    const connector = mockConnector();
    renderView(<CollectionView />, connector);
    await waitFor(() => expect(titles().length).toBe(2));
    const db = await connector.store();
    const stored = await db.articles.orderBy('savedAt').first();
    if (!stored) throw new Error('the fixture article is not in the store');
    await db.articles.put({ ...stored, id: 'from-a-colleague', canonicalUrl: 'https://autonews.test/colleague', url: 'https://autonews.test/colleague', title: 'From a colleague', savedAt: Date.now() + 1000 });
    await waitFor(() => expect(titles()).toContain('From a colleague'));
  });
});
