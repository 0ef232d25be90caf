/**
 * What a saved article is: its one address, title, site, author, language and publication
 * date, read from the page's metadata in order of trust, and from the dates written in its
 * text when the metadata says nothing.
 */
import { findDates } from '../../core/deals/dates';
import { DATE_META_SELECTORS, declaredDate } from '../../core/text/published-date';
import { cleanUrl } from '../../core/text/url';

export interface ArticleMetadata {
  url: string;
  canonicalUrl: string;
  title: string;
  site: string;
  author?: string;
  lang?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  published?: string;
  /** Where the date came from: for tests, and to weigh it. */
  publishedFrom?: 'meta' | 'json-ld' | 'time' | 'text';
}

const meta = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || undefined;

/** Every object of the page's JSON-LD blocks, @graph included; a broken block is skipped. */
function jsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const visit = (x: unknown) => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x && typeof x === 'object') {
      out.push(x as Record<string, unknown>);
      const graph = (x as { '@graph'?: unknown })['@graph'];
      if (graph) visit(graph);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing; the other sources remain.
    }
  }
  return out;
}

/** Markers of a publication date in the four languages: "Publié le", "Published", "Gepubliceerd", "Veröffentlicht". */
const PUBLISHED = /(publi[ée]|published|posted|gepubliceerd|geplaatst|ver[öo]ffentlicht|mise? à jour|updated|bijgewerkt|aktualisiert|^le |^on |^op |^am )/i;

function dateFromText(text: string, contextYear: number | undefined): string | undefined {
  const head = text.slice(0, 3000);
  const lines = head.split('\n').map((l) => l.trim()).filter(Boolean);
  // A line that says it is the date ("Publié le 20 octobre 2022", "Le 2 juill. 2018") first.
  for (const line of lines) {
    if (line.length > 80 || !PUBLISHED.test(line)) continue;
    const d = findDates(line, contextYear)[0] ?? slashDate(line, contextYear);
    if (d) return typeof d === 'string' ? d : d.value;
  }
  const any = findDates(head, contextYear).find((d) => d.value.length >= 7);
  return any?.value;
}

/** "07/07" or "07/07/2020": day/month, the year from the page's context when it is not written. */
function slashDate(line: string, contextYear: number | undefined): string | undefined {
  const m = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\b/.exec(line);
  if (!m) return undefined;
  const year = m[3] ? Number(m[3]) : contextYear;
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (!year || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function readMetadata(doc: Document, pageUrl: string, bodyText = doc.body?.textContent ?? ''): ArticleMetadata {
  const ld = jsonLd(doc);
  const article = ld.find((o) => /Article|NewsArticle|BlogPosting|Report/.test(String(o['@type'] ?? ''))) ?? ld[0];
  const canonicalHref = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? meta(doc, 'meta[property="og:url"]');
  let canonical = pageUrl;
  if (canonicalHref) {
    try {
      canonical = new URL(canonicalHref, pageUrl).toString();
    } catch {
      // An unparsable canonical link: keep the page's own address.
    }
  }
  const site = meta(doc, 'meta[property="og:site_name"]') ?? (article?.publisher as { name?: string } | undefined)?.name ?? hostOf(pageUrl);
  const rawTitle = meta(doc, 'meta[property="og:title"]') ?? meta(doc, 'meta[name="twitter:title"]') ?? (typeof article?.headline === 'string' ? article.headline : undefined) ?? doc.title ?? '';
  const title = rawTitle.replace(new RegExp(`\\s*[|\\-–—]\\s*${escape(site)}\\s*$`, 'i'), '').trim() || doc.querySelector('h1')?.textContent?.trim() || hostOf(pageUrl);
  const ldAuthor = article?.author as { name?: string } | { name?: string }[] | string | undefined;
  const author =
    meta(doc, 'meta[name="author"]') ??
    meta(doc, 'meta[property="article:author"]') ??
    (typeof ldAuthor === 'string' ? ldAuthor : Array.isArray(ldAuthor) ? ldAuthor.map((a) => a.name).filter(Boolean).join(', ') || undefined : ldAuthor?.name);

  const declared = declaredDate({
    meta: DATE_META_SELECTORS.map((s) => meta(doc, s)).find(Boolean),
    jsonLd: typeof article?.datePublished === 'string' ? article.datePublished : undefined,
    time: doc.querySelector('article time[datetime], main time[datetime], time[datetime]')?.getAttribute('datetime') ?? undefined,
  });
  let published = declared?.date;
  let publishedFrom: ArticleMetadata['publishedFrom'] = declared?.from;
  if (!declared) {
    const contextYear = Number(/\/(20\d\d)\//.exec(pageUrl)?.[1] ?? /\b(20\d\d)\b/.exec(bodyText.slice(0, 5000))?.[1]) || undefined;
    const t = dateFromText(bodyText, contextYear);
    if (t) [published, publishedFrom] = [t, 'text'];
  }
  const lang = doc.documentElement.getAttribute('lang')?.slice(0, 2).toLowerCase() || (typeof article?.inLanguage === 'string' ? article.inLanguage.slice(0, 2) : undefined);
  return { url: pageUrl, canonicalUrl: cleanUrl(canonical), title, site, author, lang, published, publishedFrom };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
