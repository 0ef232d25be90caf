/**
 * One address per article: tracking parameters and fragments dropped, AMP variants folded into
 * the page they copy, so the same article saved from a newsletter, a social link or its AMP
 * copy is one record.
 */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|ref_src|ocid|cmpid|xtor|at_medium|at_campaign)$/i;

/** A query parameter that only marks the AMP copy of a page. */
const isAmpMark = (key: string, value: string) => (key === 'amp' || key === 'outputType') && (value === '1' || value.toLowerCase() === 'amp');

const decode = (s: string) => {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return s;
  }
};

/**
 * The query without tracking and AMP parameters, read as a string rather than through
 * `URL.searchParams`: in a Firefox content script the URL is the page's object seen through
 * an Xray, and its iterators are not iterable there. Kept parameters stay as written.
 */
function keptQuery(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => {
      if (!part) return false;
      const eq = part.indexOf('=');
      const key = decode(eq < 0 ? part : part.slice(0, eq));
      const value = eq < 0 ? '' : decode(part.slice(eq + 1));
      return !TRACKING.test(key) && !isAmpMark(key, value);
    });
  return kept.length ? `?${kept.join('&')}` : '';
}

export function cleanUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw;
  }
  u.hash = '';
  u.search = keptQuery(u.search);
  u.pathname = u.pathname.replace(/\/amp\/?$/i, '/').replace(/\/amp\//i, '/').replace(/\.amp(\.html?)?$/i, '$1') || '/';
  if (u.hostname.startsWith('amp.')) u.hostname = u.hostname.slice(4);
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/$/, '');
  return u.toString();
}
