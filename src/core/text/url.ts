/**
 * One address per article: tracking parameters and fragments dropped, AMP variants folded into
 * the page they copy, so the same article saved from a newsletter, a social link or its AMP
 * copy is one record.
 */
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|ref_src|ocid|cmpid|xtor|at_medium|at_campaign)$/i;

export function cleanUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw;
  }
  u.hash = '';
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  for (const key of ['amp', 'outputType']) if (u.searchParams.get(key) === '1' || u.searchParams.get(key)?.toLowerCase() === 'amp') u.searchParams.delete(key);
  u.pathname = u.pathname.replace(/\/amp\/?$/i, '/').replace(/\/amp\//i, '/').replace(/\.amp(\.html?)?$/i, '$1') || '/';
  if (u.hostname.startsWith('amp.')) u.hostname = u.hostname.slice(4);
  if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/$/, '');
  return u.toString();
}
