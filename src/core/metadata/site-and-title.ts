/**
 * The publication's name and the article's title as a reader writes them: the site from its
 * metadata before its host name, the publication before the platform it is published on
 * ("Towards Data Science", not "Medium"), and the title without the site's name stuck to it
 * ("… | Le Monde", "Spiegel: …", "… – Wikipedia").
 */

/** Platforms that name themselves where the publication should be. */
const PLATFORMS = /^(?:medium|substack|wordpress(?:\.com)?|blogger|blogspot|tumblr|ghost|wix|squarespace|hashnode|linkedin|weebly|jimdo|over-blog|overblog|canalblog|hubspot)$/i;
export const isPlatform = (name: string) => PLATFORMS.test(name.trim());

/** Letters and digits only, without accents, lower case: "Le Monde" = "lemonde" = "LeMonde.fr" minus its ending. */
export const foldName = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The host's own name: "www.lemonde.fr" → "lemonde", "en.wikipedia.org" → "wikipedia", "blog.example.co.uk" → "example". */
export function hostLabel(host: string): string {
  const parts = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  if (parts.length <= 1) return parts[0] ?? '';
  const secondLevel = parts.length >= 3 && /^(?:co|com|org|net|ac|gov|ne|or)$/.test(parts[parts.length - 2]);
  const at = parts.length - (secondLevel ? 3 : 2);
  // "fleetledger.wordpress.com": the blog is the subdomain, the platform is not the site.
  if (at > 0 && PLATFORM_HOSTS.has(parts.slice(at).join('.'))) return parts[at - 1];
  return parts[at];
}

/** Hosts that give each of their publications a subdomain. */
const PLATFORM_HOSTS = new Set(['wordpress.com', 'blogspot.com', 'substack.com', 'medium.com', 'ghost.io', 'wixsite.com', 'squarespace.com', 'tumblr.com', 'github.io', 'hashnode.dev', 'over-blog.com', 'typepad.com', 'livejournal.com', 'beehiiv.com', 'blogger.com', 'canalblog.com', 'hubspot.com', 'webflow.io', 'weebly.com', 'jimdosite.com']);

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    return url;
  }
}

/** Whether a piece of a title names the site (its name, its host, its host's label). */
export function namesSite(piece: string, siteNames: string[]): boolean {
  const p = foldName(piece);
  if (p.length < 2) return false;
  return siteNames.some((name) => {
    const n = foldName(name);
    if (!n) return false;
    if (p === n) return true;
    // "heise online" for heise.de, "Le Monde.fr" for Le Monde, "The Guardian" for theguardian.com
    return (n.length >= 4 && (p.startsWith(n) || n.startsWith(p)) && Math.min(p.length, n.length) / Math.max(p.length, n.length) >= 0.45) || p === `the${n}` || n === `the${p}`;
  });
}

/** A site's name before a title, with its separator; a colon only counts there ("Spiegel: …"). */
const LEADING = /^([^|–—\-·•»:｜：]{2,60}?)\s*(?:\s[|–—\-·•»]\s|:\s|[｜：])\s*/u;

/**
 * A title without the site's name at its end or start, as often as it is there ("Title | by Jane
 * Doe | Publication | Medium" loses its three tails: the platform, the publication, the author).
 */
export function stripSiteName(title: string, siteNames: string[], authors: string[] = []): string {
  let t = title.replace(/\s+/g, ' ').trim();
  for (let round = 0; round < 4; round++) {
    const before = t;
    const tail = lastSeparator(t);
    if (tail) {
      const piece = t.slice(tail.end);
      const isAuthor = /^(?:by|par|door|von)\s/i.test(piece) && authors.some((a) => foldName(piece).includes(foldName(a)));
      if (namesSite(piece, siteNames) || isAuthor) t = t.slice(0, tail.start).trim();
    }
    const lead = LEADING.exec(t);
    if (lead && namesSite(lead[1], siteNames) && t.length - lead[0].length >= 8) t = t.slice(lead[0].length).trim();
    if (t === before) break;
  }
  return t || title.trim();
}

/** Where the last separator of a title is: [start, end) of the separator with its spaces. */
function lastSeparator(t: string): { start: number; end: number } | undefined {
  let found: { start: number; end: number } | undefined;
  for (const m of t.matchAll(/\s+(?:[|–—\-·•»/]|::)\s+|\s*[｜|]\s*|：/gu)) found = { start: m.index!, end: m.index! + m[0].length };
  return found && found.start > 0 ? found : undefined;
}
