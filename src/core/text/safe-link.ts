/**
 * Which addresses DealLens stores and renders as links: http and https only. A page decides what
 * it declares as its canonical link, and a file decides what it holds, so `javascript:`, `data:`,
 * `file:` or `chrome:` must never become something a click opens.
 */
const MAX_URL = 4000;

/** The address as a link, or undefined when it is not an absolute http(s) address. */
export function safeLink(raw: string | undefined | null): string | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_URL || /\s/.test(raw)) return undefined;
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '') return undefined;
  return raw;
}

export const isHttpLink = (raw: string): boolean => safeLink(raw) === raw;

/** Whether an address is a site's home page (a path of "/" and no query): a canonical link that names no article. */
export function isHomePage(raw: string): boolean {
  try {
    const u = new URL(raw);
    return (u.pathname === '/' || u.pathname === '') && u.search === '';
  } catch {
    return false;
  }
}
