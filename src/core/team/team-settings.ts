/**
 * The team collection's settings (contract 7: the `sync` key of storage.local) and the one rule
 * for the database's address: a CouchDB database URL over HTTPS, or plain HTTP on this machine
 * only, with no credentials in it (they are kept apart, never in a URL that could be logged).
 */
export interface TeamSettings {
  enabled: boolean;
  /** The CouchDB database's URL, e.g. https://couch.example.org/deals. */
  url: string;
  username: string;
  password: string;
}

export const TEAM_SETTINGS_KEY = 'sync';

export type UrlProblem = 'syncUrlInvalid' | 'syncUrlPlainHttp' | 'syncUrlCredentials' | 'syncUrlNoDatabase';

export interface DatabaseAddress {
  /** The URL as kept: no trailing slash, no query or fragment. */
  url: string;
  /** scheme://host[:port], what the optional host permission names. */
  origin: string;
  /** The server's root: the URL less its last segment (a reverse proxy may put CouchDB under a path). */
  server: string;
  database: string;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
export const isLoopback = (hostname: string) => LOOPBACK.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);

/** CouchDB's own rule for a database name (its path segment, decoded). */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export function databaseAddress(raw: string): { ok: true; address: DatabaseAddress } | { ok: false; problem: UrlProblem } {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return { ok: false, problem: 'syncUrlInvalid' };
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, problem: 'syncUrlInvalid' };
  if (u.protocol === 'http:' && !isLoopback(u.hostname)) return { ok: false, problem: 'syncUrlPlainHttp' };
  if (u.username || u.password) return { ok: false, problem: 'syncUrlCredentials' };
  const segments = u.pathname.split('/').filter(Boolean);
  const last = segments.at(-1);
  let database = '';
  try {
    database = last === undefined ? '' : decodeURIComponent(last);
  } catch {
    return { ok: false, problem: 'syncUrlNoDatabase' };
  }
  if (!DATABASE_NAME.test(database)) return { ok: false, problem: 'syncUrlNoDatabase' };
  const server = `${u.origin}/${segments.slice(0, -1).map((s) => `${s}/`).join('')}`;
  return { ok: true, address: { url: `${server}${last}`, origin: u.origin, server, database } };
}

const str = (x: unknown, max: number) => (typeof x === 'string' ? x.slice(0, max) : '');

/** What storage holds, made safe to use: anything else than a usable address reads as no settings. */
export function sanitizeTeamSettings(raw: unknown): TeamSettings | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const r = raw as Record<string, unknown>;
  const checked = databaseAddress(str(r.url, 2000));
  if (!checked.ok) return null;
  return { enabled: r.enabled === true, url: checked.address.url, username: str(r.username, 200), password: str(r.password, 1000) };
}

/**
 * Whether host permissions the extension holds (match patterns, as `permissions.getAll()` lists
 * them) cover an origin: the browser may already grant it (Chromium counts content-script hosts),
 * and then no prompt is needed for the background to reach it.
 */
export function originCovered(origin: string, patterns: readonly string[]): boolean {
  let u: URL;
  try {
    u = new URL(origin);
  } catch {
    return false;
  }
  return patterns.some((p) => {
    if (p === '<all_urls>') return true;
    const m = /^(\*|https?):\/\/([^/]+)\/\*?/.exec(p);
    if (!m) return false;
    const [, scheme, host] = m;
    if (scheme !== '*' && `${scheme}:` !== u.protocol) return false;
    const [name, port] = host.split(/:(?=[^\]]*$)/);
    if (port !== undefined && port !== '*' && port !== u.port) return false;
    if (name === '*') return true;
    if (name.startsWith('*.')) return u.hostname === name.slice(2) || u.hostname.endsWith(name.slice(1));
    return u.hostname === name;
  });
}
