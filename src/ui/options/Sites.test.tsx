// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { browser } from '../../../test/support/fake-browser';
import { cleanUpViews, renderView } from '../../../test/support/render-view';
import { loadSettings, setSite } from '../../platform/settings';
import { mockConnector } from '../connect/mock';
import { Sites } from './Sites';

vi.mock('webextension-polyfill', () => import('../../../test/support/fake-browser'));
cleanUpViews();

const listed = () => [...document.querySelectorAll('.site-list [data-site]')].map((li) => li.getAttribute('data-site'));
const add = (text: string) => {
  fireEvent.input(screen.getByRole('textbox', { name: 'Site (for example news.example.com)' }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add site' }));
};

describe('the sites', () => {
  test('none listed: said; DealLens on everywhere, except on the sites listed', async () => {
    renderView(<Sites />, mockConnector({ records: 'none' }));
    expect(await screen.findByText('No site listed.')).toBeTruthy();
    expect((screen.getByRole('switch', { name: 'DealLens on all sites' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: 'Everywhere, except on the sites listed' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('heading', { name: 'Sites where DealLens is off' })).toBeTruthy();
  });

  test('a site added as typed (an address, www., capitals) is listed by its host name, and off in the settings', async () => {
    renderView(<Sites />, mockConnector({ records: 'none' }));
    add('https://www.News.Example.com/page');
    await waitFor(() => expect(listed()).toEqual(['news.example.com']));
    expect((await loadSettings()).disabledSites).toEqual(['news.example.com']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove news.example.com' }));
    expect(await screen.findByText('No site listed.')).toBeTruthy();
  });

  test('what is not a site is said, and nothing is listed', async () => {
    renderView(<Sites />, mockConnector({ records: 'none' }));
    add('not a site!');
    expect((await screen.findByText('“not a site!” is not a site: type a host name such as example.com.')).id).toBe('site-error');
    expect(screen.getByRole('textbox', { name: 'Site (for example news.example.com)' }).getAttribute('aria-invalid')).toBe('true');
    expect(await browser.storage.local.get('settings')).toEqual({});
  });

  test('"only on the sites listed": another list, kept apart from the first', async () => {
    await setSite('off.test', false);
    renderView(<Sites />, mockConnector({ records: 'none' }));
    await waitFor(() => expect(listed()).toEqual(['off.test']));
    fireEvent.click(screen.getByRole('radio', { name: 'Only on the sites listed' }));
    expect(await screen.findByRole('heading', { name: 'Sites where DealLens is on' })).toBeTruthy();
    expect(screen.getByText('No site listed.')).toBeTruthy();
    add('on.test');
    await waitFor(() => expect(listed()).toEqual(['on.test']));
    expect(await loadSettings()).toMatchObject({ mode: 'only-listed', enabledSites: ['on.test'], disabledSites: ['off.test'] });
  });

  test('a change made elsewhere (the popup’s switch) shows at once', async () => {
    renderView(<Sites />, mockConnector({ records: 'none' }));
    await screen.findByText('No site listed.');
    await setSite('elsewhere.test', false);
    await waitFor(() => expect(listed()).toEqual(['elsewhere.test']));
    expect(within(screen.getByRole('list')).getByText('elsewhere.test')).toBeTruthy();
  });
});
