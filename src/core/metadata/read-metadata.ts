/**
 * What a saved article records about itself, decided from the page's evidence in a fixed order
 * of trust per field, and checked by one schema before anything is stored:
 * - title: og:title, twitter:title, JSON-LD headline, Dublin Core, `<title>`, `<h1>`; the site's name cut off;
 * - site: og:site_name, the JSON-LD publisher, application-name, Dublin Core, the title's tail naming the host, the host
 *   (a platform's name gives way to the publication's);
 * - authors: JSON-LD author, meta author (any case), article:author, Dublin Core, rel=author, the page's byline, Readability's;
 * - published: JSON-LD datePublished (the article's, then the page's), meta dates, `<time>`, modified dates, and only
 *   then a date written by the headline or byline;
 * - language: see page-language.ts.
 */
import * as v from 'valibot';
import { authorList, isAgency } from './author-names';
import { names, readLinkedData, stringField, type LinkedData } from './json-ld';
import { dateNearHeadline, normaliseDate } from './page-date';
import { metaContent, metaContents, type PageEvidence } from './page-evidence';
import { pageLanguage, primaryOf } from './page-language';
import { foldName, hostLabel, hostOf, isPlatform, namesSite, stripSiteName } from './site-and-title';

export const METADATA_LIMITS = { title: 1000, site: 300, author: 120, authors: 20 } as const;

const line = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));

/** The one schema of what is read: a reader left an array in a string field once; never again. */
export const pageMetadata = v.strictObject({
  title: line(METADATA_LIMITS.title),
  site: line(METADATA_LIMITS.site),
  authors: v.pipe(v.array(line(METADATA_LIMITS.author)), v.maxLength(METADATA_LIMITS.authors)),
  published: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/))),
  publishedFrom: v.optional(v.picklist(['json-ld', 'meta', 'time', 'modified', 'text'])),
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/)),
  langFrom: v.picklist(['declared', 'text', 'none']),
});
export type PageMetadata = v.InferOutput<typeof pageMetadata>;

const DATE_METAS = ['article:published_time', 'og:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'sailthru.date', 'parsely-pub-date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'citation_publication_date', 'article.published', 'og:article:published_time'];
const MODIFIED_METAS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'lastmod'];
const AUTHOR_METAS = ['author', 'article:author', 'og:article:author', 'byl', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'citation_author', 'book:author'];
/** A line that opens as a byline does, in the languages DealLens meets. */
const BYLINE_LINE = /^(?:[Bb]y|[Pp]ar|[Dd]oor|[Vv]on|[Pp]or|di|[Aa]v|[Aa]f|[Oo]d)\s+\p{Lu}/u;
const SITE_METAS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'dc.publisher', 'dcterms.publisher', 'publisher', 'cxenseparse:recs:publisher'];

function siteOf(e: PageEvidence, ld: LinkedData, titles: string[]): string {
  const host = hostOf(e.url);
  const publisher = [ld.article?.publisher, ld.article?.sourceOrganization, ld.page?.publisher, ld.article?.isPartOf, ld.nodes.find((n) => n['@type'] === 'WebSite')?.name]
    .flatMap((x) => names(ld, x))
    .map((n) => n.name);
  const candidates = [metaContent(e, 'og:site_name'), ...publisher, ...metaContents(e, ...SITE_METAS.slice(1)), e.readability?.siteName].filter((s): s is string => Boolean(s && s.trim() && s.length <= METADATA_LIMITS.site && !/^https?:/i.test(s)));
  // The publication before the platform: Medium names itself where the publication should be.
  const own = candidates.find((c) => !isPlatform(c));
  if (own) return own.trim();
  // A masthead's name, when the title or the host says it is the site's ("The Fleet Ledger" on fleetledger.wordpress.com).
  const label = hostLabel(host);
  const masthead = e.siteTitles.find((s) => s.length <= 80 && (namesSite(s, [label]) || titles.some((t) => stripSiteName(t, [s]) !== t.trim())));
  if (masthead) return masthead.trim();
  if (candidates.length) return candidates[0].trim();
  // A title's tail that names the host ("… | TechCrunch") is the site as it writes itself.
  for (const t of titles) {
    const pieces = t.split(/\s+(?:[|–—\-·•»]|::)\s+|\s*[｜|]\s*|^([^:]{2,40}):\s/u).filter((p) => p !== undefined && p.trim() !== '');
    if (pieces.length < 2) continue;
    for (const piece of [pieces[pieces.length - 1], pieces[0]]) if (namesSite(piece, [label]) && foldName(piece).length >= foldName(label).length) return piece.trim();
  }
  return host;
}

function authorsOf(e: PageEvidence, ld: LinkedData, site: string): string[] {
  const ldNames = names(ld, ld.article?.author ?? ld.article?.creator ?? ld.page?.author);
  const sources: { credits: string[]; org?: boolean }[] = [
    { credits: ldNames.filter((n) => !n.org).map((n) => n.name) },
    { credits: metaContents(e, ...AUTHOR_METAS).filter((c) => !/^https?:\/\/|^\/\/|^www\./i.test(c)) },
    { credits: e.relAuthors },
    { credits: e.bylines },
    { credits: e.readability?.byline ? [e.readability.byline] : [] },
    // A line by the headline that is a byline ("Von Anna Schmidt · 12.03.2024"), when nothing marks it as one.
    { credits: e.headText.split('\n').filter((l) => l.length <= 120 && BYLINE_LINE.test(l.trim())) },
    // An organisation as the only author (an agency's dispatch): kept when no person is named anywhere.
    { credits: ldNames.filter((n) => n.org).map((n) => n.name), org: true },
  ];
  // Organisations the page names as such (its publisher, an organisation as author): Readability
  // reads JSON-LD's author too, and a company's name is no person's.
  const orgs = [...ldNames.filter((n) => n.org), ...names(ld, ld.article?.publisher)].map((n) => foldName(n.name));
  let fallback: string[] = [];
  for (const { credits, org } of sources) {
    const list = authorList(credits, site).filter((n) => org || isAgency(n) || !orgs.includes(foldName(n)));
    if (!list.length) continue;
    // An agency's dispatch names the agency; a company's press release names no author.
    if (org) return list.filter((n) => isAgency(n));
    if (list.every((n) => isAgency(n))) {
      if (!fallback.length) fallback = list;
      continue;
    }
    return list;
  }
  return fallback;
}

function publishedOf(e: PageEvidence, ld: LinkedData, lang: string): Pick<PageMetadata, 'published' | 'publishedFrom'> {
  const tries: [PageMetadata['publishedFrom'], (string | undefined)[]][] = [
    ['json-ld', [stringField(ld.article, 'datePublished'), stringField(ld.article, 'dateCreated'), stringField(ld.page, 'datePublished')]],
    ['meta', metaContents(e, ...DATE_METAS)],
    // Only the article's own <time>: those of comments, sidebars and related lists date other things.
    ['time', [...e.times.filter((t) => t.main).map((t) => t.value), e.readability?.publishedTime]],
    ['modified', [stringField(ld.article, 'dateModified'), stringField(ld.page, 'dateModified'), ...metaContents(e, ...MODIFIED_METAS)]],
  ];
  // A year in the address ("/2020/07/07/") completes a date written without one ("le 07/07").
  const written = dateNearHeadline(e.headText, lang, Number(/\/(20\d\d)\//.exec(e.url)?.[1]) || undefined);
  for (const [from, values] of tries) {
    for (const raw of values) {
      const date = normaliseDate(raw, lang);
      if (date) return { published: inPageZone(raw!, date, tries.flatMap(([, v]) => v), written), publishedFrom: from };
    }
  }
  return written ? { published: written, publishedFrom: 'text' } : {};
}

/**
 * The calendar day of a time given in UTC, on the page's own clock: many sites write JSON-LD in
 * UTC and their other tags, or the date they show, in local time ("2024-04-09T22:15Z" is the
 * 10th in Amsterdam). The offset is the first one another date of the page gives; else the date
 * shown by the headline, when it is the day before or after.
 */
function inPageZone(raw: string, date: string, all: (string | undefined)[], shown: string | undefined): string {
  if (!/T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$/i.test(raw.trim())) return date;
  const instant = Date.parse(raw.trim());
  if (Number.isNaN(instant)) return date;
  const offset = all.map((s) => /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})$/.exec(s?.trim() ?? '')).find((m) => m && (m[2] !== '00' || m[3] !== '00'));
  if (offset) {
    const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
    return new Date(instant + minutes * 60_000).toISOString().slice(0, 10);
  }
  if (shown && shown.length === 10 && Math.abs(Date.parse(shown) - Date.parse(date)) === 86_400_000) return shown;
  return date;
}

function titleOf(e: PageEvidence, ld: LinkedData, siteNames: string[]): string {
  const candidates = [metaContent(e, 'og:title', 'twitter:title'), stringField(ld.article, 'headline'), metaContent(e, 'dc.title', 'dcterms.title'), e.docTitle, e.h1, e.readability?.title];
  const first = candidates.map((c) => c?.replace(/\s+/g, ' ').trim()).find((c): c is string => Boolean(c));
  if (!first) return hostOf(e.url);
  return stripSiteName(first, siteNames);
}

export function readPageMetadata(e: PageEvidence): PageMetadata {
  const ld = readLinkedData(e.jsonLd);
  const inLanguage = names(ld, ld.article?.inLanguage ?? ld.page?.inLanguage).map((n) => n.name);
  const language = pageLanguage([e.htmlLang, metaContent(e, 'content-language', 'language', 'dc.language', 'dcterms.language', 'og:locale'), ...inLanguage], e.bodyText);
  const titles = [metaContent(e, 'og:title'), e.docTitle].filter((t): t is string => Boolean(t));
  const site = siteOf(e, ld, titles);
  const host = hostOf(e.url);
  const siteNames = [site, host, hostLabel(host), metaContent(e, 'og:site_name'), e.readability?.siteName, ...names(ld, ld.article?.publisher).map((n) => n.name)].filter((s): s is string => Boolean(s));
  const authors = authorsOf(e, ld, site);
  let title = titleOf(e, ld, siteNames);
  // Medium's "Title | by Jane Doe | Publication | Medium": the author's tail goes too.
  if (authors.length) title = stripSiteName(title, siteNames, authors);
  const read = { title: title.slice(0, METADATA_LIMITS.title), site: site.slice(0, METADATA_LIMITS.site), authors: authors.map((a) => a.slice(0, METADATA_LIMITS.author)), ...publishedOf(e, ld, language.tag), lang: language.tag, langFrom: language.from };
  const checked = v.safeParse(pageMetadata, read);
  // Every field above is built to pass; a failure is a bug in this module, and the page still saves with what is sure.
  return checked.success ? checked.output : { title: hostOf(e.url), site: host, authors: [], lang: 'und', langFrom: 'none' };
}

/** The language the recogniser should read the page in, when the page is in one of the four it knows. */
export function recognitionHint(lang: string): string | undefined {
  const p = primaryOf(lang);
  return ['en', 'fr', 'nl', 'de'].includes(p) ? p : undefined;
}
