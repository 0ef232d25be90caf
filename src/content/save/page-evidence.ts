/**
 * The page's evidence about itself, read out of its DOM for the core to weigh
 * (core/metadata/read-metadata.ts): meta tags by key, JSON-LD texts, bylines, marked-up dates,
 * and the lines around the headline. Reads only; the page is never changed.
 */
import type { PageEvidence } from '../../core/metadata/page-evidence';
import { blockText } from './article-text';

/** Parts of a page that are not the article: dates and names there belong to other articles or to readers. */
const ASIDE_TAGS = new Set(['aside', 'nav', 'footer']);
/** A class or id token of such a part: "comments", "comment-list", "related-articles", "sidebar"; not "comments-open" on <body>. */
const ASIDE_TOKEN = /^(?:comments?|comment-?list|comment-?(?:body|meta|author|content)|commentlist|respond|discussion|related(?:[-_]\w+)?|\w+[-_]related|sidebar|teaser\w*|recommend\w*|newsletter|more-from\w*|trending|most-read|popular\w*)$/i;
const BYLINE = '[itemprop~="author"], .byline, .by-line, [class*="byline" i], [class*="author-name" i], [class*="authorname" i], .author, .entry-author, .post-author, .vcard .fn, [data-testid*="byline" i], [class*="article-author" i], [class*="meta-author" i]';
const DATES = 'time[datetime], [itemprop="datePublished"], abbr.published[title], .published[title], [class*="date" i][datetime]';
/** How much of a page is read for its evidence: metadata sits in the first of it. */
const MAX_METAS = 2000;
const MAX_LD = 50;
const MAX_LD_CHARS = 200_000;

const textOf = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
/** Whether an element is in the article's own area: no aside, nav, footer, comments or related list around it. */
function outside(el: Element): boolean {
  for (let a: Element | null = el; a && a.localName !== 'body'; a = a.parentElement) {
    if (ASIDE_TAGS.has(a.localName) && !/header|byline|meta|entry/i.test(a.getAttribute('class') ?? '')) return false;
    const tokens = `${a.getAttribute('class') ?? ''} ${a.getAttribute('id') ?? ''}`.split(/\s+/);
    if (tokens.some((t) => ASIDE_TOKEN.test(t))) return false;
  }
  return true;
}

function metasOf(doc: Document): PageEvidence['metas'] {
  const out: PageEvidence['metas'] = [];
  for (const m of doc.querySelectorAll('meta[content]')) {
    if (out.length >= MAX_METAS) break;
    const key = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? m.getAttribute('http-equiv');
    const content = m.getAttribute('content');
    if (key && content) out.push({ key: key.trim().toLowerCase(), content: content.slice(0, 2000) });
  }
  return out;
}

/**
 * A byline's text; its parts apart when it is made of parts and nothing else ("Eleanor Price |
 * Transport correspondent | BBC News"), so a role or an employer is not read as part of the name.
 */
function partsOf(el: Element): string | undefined {
  const loose = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
  if (loose || el.children.length < 2) return textOf(el);
  return [...el.children].map((c) => textOf(c)).filter(Boolean).join(' | ') || undefined;
}

/** The article's headline element: the article's h1, else the page's, else a marked headline. */
const headlineOf = (doc: Document) => doc.querySelector('article h1, main h1, [role="main"] h1') ?? doc.querySelector('h1') ?? doc.querySelector('[itemprop="headline"]');

/** The lines just before and after the headline, in the block that holds it and its byline. */
function aroundHeadline(headline: Element | null, fallback: string): string {
  if (!headline) return fallback.split('\n').slice(0, 10).join('\n');
  let box: Element = headline;
  // Up to the block that holds the headline with its byline and date (a header, or a few levels up).
  for (let i = 0; i < 4 && box.parentElement && box.parentElement.localName !== 'body'; i++) {
    box = box.parentElement;
    if ((box.textContent?.length ?? 0) > 600 || /^(header|article|main)$/.test(box.localName)) break;
  }
  const lines = blockText(box).split('\n');
  // A flat page (the headline straight in <body>): the blocks that follow it are its byline and date.
  for (let next = box.nextElementSibling, n = 0; next && n < 4 && lines.join('').length < 600; next = next.nextElementSibling, n++) {
    if (outside(next)) lines.push(...blockText(next).slice(0, 300).split('\n'));
  }
  const title = textOf(headline) ?? '';
  const at = Math.max(0, lines.findIndex((l) => l.replace(/\s+/g, ' ').trim() === title));
  return lines.slice(Math.max(0, at - 3), at + 9).join('\n');
}

export interface ReadabilityReading {
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  /** The article's text, when Readability found one. */
  text?: string;
}

export function readEvidence(doc: Document, url: string, readability?: ReadabilityReading): PageEvidence {
  const jsonLd: string[] = [];
  let ldChars = 0;
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const t = s.textContent ?? '';
    if (jsonLd.length >= MAX_LD || ldChars + t.length > MAX_LD_CHARS) break;
    ldChars += t.length;
    jsonLd.push(t);
  }
  const bylines = [...doc.querySelectorAll(BYLINE)]
    .filter(outside)
    .map((el) => textOf(el.querySelector('[itemprop="name"]')) ?? el.getAttribute('content') ?? partsOf(el))
    .filter((t): t is string => Boolean(t && t.length <= 120))
    .slice(0, 10);
  const times = [...doc.querySelectorAll(DATES)]
    .filter((el) => !/modif|updated/i.test(`${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('class') ?? ''}`))
    .map((el) => ({ value: el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? el.textContent ?? '', main: outside(el) }))
    .filter((t) => t.value.trim())
    .slice(0, 50);
  const headline = headlineOf(doc);
  const bodyText = readability?.text ?? (doc.body ? blockText(doc.body).slice(0, 20_000) : '');
  return {
    url,
    htmlLang: doc.documentElement.getAttribute('lang') ?? doc.documentElement.getAttribute('xml:lang') ?? undefined,
    metas: metasOf(doc),
    jsonLd,
    docTitle: textOf(doc.querySelector('title')),
    h1: textOf(headline),
    relAuthors: [...doc.querySelectorAll('a[rel~="author"], link[rel~="author"][title]')]
      .filter(outside)
      .map((a) => textOf(a) ?? a.getAttribute('title') ?? '')
      .filter((t) => t && t.length <= 120)
      .slice(0, 10),
    siteTitles: [...doc.querySelectorAll('.site-title, .site-name, .blog-title, [class~="masthead"] [rel="home"], header [rel="home"], [itemprop="publisher"] [itemprop="name"]')]
      .map((el) => textOf(el) ?? el.getAttribute('content') ?? '')
      .filter((t) => t && t.length <= 80)
      .slice(0, 5),
    bylines,
    times,
    readability: readability && { title: readability.title, byline: readability.byline, siteName: readability.siteName, publishedTime: readability.publishedTime },
    headText: aroundHeadline(headline, bodyText),
    bodyText: bodyText.slice(0, 20_000),
  };
}
