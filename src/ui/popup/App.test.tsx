// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { browser } from '../../../test/support/fake-browser';
import { cleanUpViews, renderPage } from '../../../test/support/render-view';
import type { Response } from '../../messages';
import { setSite } from '../../platform/settings';
import type { ToBackground, ToContent } from '../connect/connector';
import { FIXTURE_ARTICLES } from '../connect/fixtures';
import { mockConnector } from '../connect/mock';
import { App } from './App';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));
cleanUpViews();

const unsaved: Response<ToBackground, 'page-status'> = { ok: true, saved: false, savedAt: null, title: null, notes: '', tags: [] };
const nothing: Response<ToContent, 'page-entities'> = { ok: true, entities: [], amounts: [] };
const tabs = () => screen.getAllByRole('tab').map((t) => [t.textContent, t.getAttribute('aria-selected')]);

describe('the popup on a page', () => {
  test('no content script (a browser page, or DealLens not injected): no page tab; the collection opens', async () => {
    // What main.tsx makes of a tab whose content script does not answer.
    renderPage(<App target={{ tabId: 3, site: null, url: null }} inTab={false} />, mockConnector());
    expect(tabs()).toEqual([
      ['Collection', 'true'],
      ['Deals', 'false'],
      ['Watchlist', 'false'],
    ]);
    expect(await screen.findByRole('button', { name: FIXTURE_ARTICLES.porsche.title })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
  });

  test('a site DealLens is off on: the page tab, not saved, nothing found, the site’s switch off', async () => {
    await setSite('offsite.test', false);
    const c = mockConnector({ background: { 'page-status': () => unsaved }, tab: { 'page-entities': () => nothing } });
    renderPage(<App target={{ tabId: 3, site: 'offsite.test', url: 'https://offsite.test/a' }} inTab={false} />, c);
    expect(tabs()[0]).toEqual(['This page', 'true']);
    expect(await screen.findByText('Not saved')).toBeTruthy();
    expect(await screen.findByText('Nothing DealLens knows on this page.')).toBeTruthy();
    await waitFor(() => expect((screen.getByRole('switch', { name: 'On offsite.test' }) as HTMLInputElement).checked).toBe(false));
    expect((screen.getByRole('switch', { name: 'DealLens on all sites' }) as HTMLInputElement).checked).toBe(true);
  });

  test('the site’s switch turns DealLens on there, in the settings every tab reads', async () => {
    await setSite('offsite.test', false);
    const c = mockConnector({ background: { 'page-status': () => unsaved }, tab: { 'page-entities': () => nothing } });
    renderPage(<App target={{ tabId: 3, site: 'offsite.test', url: 'https://offsite.test/a' }} inTab={false} />, c);
    const site = screen.getByRole('switch', { name: 'On offsite.test' }) as HTMLInputElement;
    await waitFor(() => expect(site.checked).toBe(false));
    fireEvent.click(site);
    await waitFor(async () => expect((await browser.storage.local.get('settings')).settings).toMatchObject({ disabledSites: [] }));
    expect(site.checked).toBe(true);
  });

  test('a saved page: saved on its date, the deals it proposed, its entities', async () => {
    const c = mockConnector({
      background: { 'page-status': () => ({ ...unsaved, saved: true, savedAt: Date.UTC(2024, 2, 12), title: FIXTURE_ARTICLES.porsche.title }) },
      tab: { 'page-entities': () => ({ ok: true, entities: [{ id: 'tekion', name: 'Tekion', type: 'company', count: 2 }], amounts: [] }) },
    });
    renderPage(<App target={{ tabId: 3, site: 'autonews.test', url: FIXTURE_ARTICLES.porsche.url }} inTab={false} />, c);
    expect(await screen.findByText(/^Saved on /)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Deals proposed from this page' })).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Companies' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Update' })).toBeTruthy();
  });

  test('arrow keys move between the tabs; the address keeps the view', async () => {
    const c = mockConnector({ background: { 'page-status': () => unsaved }, tab: { 'page-entities': () => nothing } });
    renderPage(<App target={{ tabId: 3, site: 'offsite.test', url: 'https://offsite.test/a' }} inTab={false} />, c);
    fireEvent.keyDown(screen.getByRole('tab', { name: 'This page' }), { key: 'ArrowRight' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Collection' }).getAttribute('aria-selected')).toBe('true'));
    expect(location.hash).toBe('#collection');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Collection' }), { key: 'End' });
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Watchlist' }).getAttribute('aria-selected')).toBe('true'));
  });

  test('"Open in a tab" opens the same view of the same tab in a browser tab; in a tab it is not offered', async () => {
    const { rerender } = renderPage(<App target={{ tabId: 3, site: null, url: null }} inTab={false} />, mockConnector());
    vi.spyOn(window, 'close').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Open in a tab' }));
    expect(browser.tabs.create).toHaveBeenCalledWith({ url: 'chrome-extension://deallens/popup.html?tab=3&full' });
    rerender(<App target={{ tabId: 3, site: null, url: null }} inTab={true} />);
    expect(screen.queryByRole('button', { name: 'Open in a tab' })).toBeNull();
  });
});
