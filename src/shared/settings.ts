import browser from 'webextension-polyfill';

/** Where DealLens runs: a global switch and the sites switched off. Kept in storage.local. */
export interface Settings {
  enabled: boolean;
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };
const KEY = 'settings';

/** A site is its host name, without "www.": switching off example.com covers www.example.com. */
export function siteOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol === 'file:') return 'file://';
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return u.hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function isActiveOn(settings: Settings, site: string | null): boolean {
  return settings.enabled && site !== null && !settings.disabledSites.includes(site);
}

function sanitize(value: unknown): Settings {
  const v = (value ?? {}) as Partial<Settings>;
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: Array.isArray(v.disabledSites) ? v.disabledSites.filter((s): s is string => typeof s === 'string') : [],
  };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return sanitize(got[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: sanitize(settings) });
}

export async function setGlobal(enabled: boolean): Promise<Settings> {
  const s = await loadSettings();
  s.enabled = enabled;
  await saveSettings(s);
  return s;
}

export async function setSite(site: string, enabled: boolean): Promise<Settings> {
  const s = await loadSettings();
  s.disabledSites = s.disabledSites.filter((x) => x !== site);
  if (!enabled) s.disabledSites.push(site);
  await saveSettings(s);
  return s;
}

/** Calls back with the new settings whenever any context changes them. */
export function onSettingsChanged(callback: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && KEY in changes) callback(sanitize(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
