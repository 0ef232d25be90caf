/**
 * Where DealLens runs, as plain data and pure rules (the storage glue is settings.ts): a global
 * switch, and either "everywhere except the sites listed as off" or "only on the sites listed".
 */
export type SiteMode = 'except-listed' | 'only-listed';

export interface Settings {
  enabled: boolean;
  /** Switched off, in "except-listed" mode. */
  disabledSites: string[];
  mode: SiteMode;
  /** Switched on, in "only-listed" mode. Kept apart so switching modes loses neither list. */
  enabledSites: string[];
  /** Find and paint names DealLens has never seen (`deallens-unknown`). */
  discover: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], mode: 'except-listed', enabledSites: [], discover: true };

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

/** A site as the reader types it ("https://www.Example.com/page", "example.com", "file://"), or null when it is none. */
export function siteFromInput(input: string): string | null {
  const t = input.trim();
  if (t === '') return null;
  if (/^file:\/\//i.test(t)) return 'file://';
  const site = siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`);
  return site && /^[a-z0-9.-]+$|^\[[0-9a-f:]+\]$/i.test(site) && !site.startsWith('.') ? site : null;
}

export function isActiveOn(settings: Settings, site: string | null): boolean {
  if (!settings.enabled || site === null) return false;
  return settings.mode === 'only-listed' ? settings.enabledSites.includes(site) : !settings.disabledSites.includes(site);
}

/** The settings with DealLens switched on or off for one site, in the current mode. */
export function withSite(settings: Settings, site: string, on: boolean): Settings {
  const s = { ...settings, disabledSites: settings.disabledSites.filter((x) => x !== site), enabledSites: settings.enabledSites.filter((x) => x !== site) };
  if (settings.mode === 'only-listed' && on) s.enabledSites.push(site);
  if (settings.mode === 'except-listed' && !on) s.disabledSites.push(site);
  return s;
}

const sites = (x: unknown) => (Array.isArray(x) ? [...new Set(x.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length <= 300))] : []);

/** Whatever storage holds, as settings: what is malformed falls back to the default. */
export function sanitizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: sites(v.disabledSites),
    mode: v.mode === 'only-listed' ? 'only-listed' : 'except-listed',
    enabledSites: sites(v.enabledSites),
    discover: typeof v.discover === 'boolean' ? v.discover : DEFAULT_SETTINGS.discover,
  };
}
