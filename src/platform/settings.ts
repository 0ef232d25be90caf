import browser from 'webextension-polyfill';
import { sanitizeSettings, withSite, type Settings, type SiteMode } from '../core/sites/site-rules';

/** Where DealLens runs (see site-rules.ts), kept in storage.local and shared by every context. */
export { DEFAULT_SETTINGS, isActiveOn, siteOf, type Settings, type SiteMode } from '../core/sites/site-rules';

export const SETTINGS_KEY = 'settings';
const KEY = SETTINGS_KEY;

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return sanitizeSettings(got[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: sanitizeSettings(settings) });
}

async function change(f: (s: Settings) => Settings): Promise<Settings> {
  const s = f(await loadSettings());
  await saveSettings(s);
  return s;
}

export const setGlobal = (enabled: boolean) => change((s) => ({ ...s, enabled }));
export const setSite = (site: string, enabled: boolean) => change((s) => withSite(s, site, enabled));
export const setMode = (mode: SiteMode) => change((s) => ({ ...s, mode }));
export const setDiscover = (discover: boolean) => change((s) => ({ ...s, discover }));
/** Takes a site off the list of the current mode (back to the mode's default for it). */
export const unlistSite = (site: string) => change((s) => (s.mode === 'only-listed' ? withSite(s, site, false) : withSite(s, site, true)));

/** Calls back with the new settings whenever any context changes them. */
export function onSettingsChanged(callback: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) callback(sanitizeSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
