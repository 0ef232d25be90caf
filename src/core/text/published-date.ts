/**
 * Where a page says when it was published, and how to read it: one rule for the content script
 * (saving, and the year whose exchange rate converts a card's amounts) and for the `scan` command.
 */

/** The meta tags that carry a publication date, most trusted first: [attribute, value]. */
export const DATE_META: readonly (readonly [string, string])[] = [
  ['property', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'date'],
  ['name', 'pubdate'],
];


const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?![\d])/;

/** "2022-10-20T08:00:00Z" → "2022-10-20", "2022-10" → "2022-10", "2022" → "2022"; anything else (or an implausible year) → undefined. */
export function isoDate(raw: string | null | undefined): string | undefined {
  const m = raw ? ISO.exec(raw.trim()) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1990 || year > 2100) return undefined;
  if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) return undefined;
  if (m[3] && (Number(m[3]) < 1 || Number(m[3]) > 31)) return undefined;
  return [m[1], m[2], m[3]].filter(Boolean).join('-');
}

/** `datePublished` of a JSON-LD block, read without trusting the block to parse. */
export function jsonLdDate(jsonLd: string): string | undefined {
  return isoDate(/"datePublished"\s*:\s*"([^"]+)"/.exec(jsonLd)?.[1]);
}

export type DateSource = 'meta' | 'json-ld' | 'time';

/** The publication date from what a page declares, in order of trust: meta tags, JSON-LD, a <time datetime>. */
export function declaredDate(found: { meta?: string; jsonLd?: string; time?: string }): { date: string; from: DateSource } | undefined {
  for (const from of ['meta', 'json-ld', 'time'] as const) {
    const date = isoDate(found[from === 'json-ld' ? 'jsonLd' : from]);
    if (date) return { date, from };
  }
  return undefined;
}
