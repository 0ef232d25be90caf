/** Steps many tests share: a page with its popup, saving from the popup, a message to a page. */
import type { BrowserEnv } from './index';
import { tabIdOf } from './index';
import { settled } from './highlights';
import type { TestBrowser, TestPage } from './types';
import { clickText, waitText } from './ui';

/** A test page in a tab, and the popup for that tab opened as a page (contract 5: popup.html?tab=ID). */
export async function popupFor(env: BrowserEnv, path: string, min = 1): Promise<{ page: TestPage; popup: TestPage; tabId: number }> {
  const page = await env.b.newPage(env.server.url(path));
  await settled(page, min);
  const tabId = await tabIdOf(env.b, page);
  const popup = await env.b.extensionPage(`popup.html?tab=${tabId}`);
  return { page, popup, tabId };
}

export const saveState = (popup: TestPage, ok: (t: string) => boolean, timeout = 15_000) => waitText(popup, '.save-state', ok, timeout);

/** Clicks the popup's Save (or Update) and waits for the saved state. */
export async function clickSave(popup: TestPage): Promise<void> {
  await saveState(popup, (t) => t !== '');
  await clickText(popup, '.save button.primary');
  await saveState(popup, (t) => t.startsWith('Saved on '));
}

/** Saves a test page from its popup, as a reader would, and closes both. */
export async function saveFromPopup(env: BrowserEnv, path: string): Promise<void> {
  const { page, popup } = await popupFor(env, path);
  await clickSave(popup);
  await popup.close();
  await page.close();
}

/** Sends a message to a page's content script from an extension context, as the background does. */
export async function tellTab(b: TestBrowser, page: TestPage, message: unknown): Promise<unknown> {
  const tabId = await tabIdOf(b, page);
  return b.inExtension(({ tabId, message }) => chrome.tabs.sendMessage(tabId, message), { tabId, message });
}

export async function setSettings(b: TestBrowser, settings: { enabled: boolean; disabledSites: string[] }): Promise<void> {
  await b.inExtension((s) => chrome.storage.local.set({ settings: s }), settings);
}
