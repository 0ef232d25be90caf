/**
 * What a saved article is: its one address, and its title, site, authors, language and
 * publication date as the core reads them from the page's evidence (core/metadata).
 */
import { readPageMetadata, type PageMetadata } from '../../core/metadata/read-metadata';
import { cleanUrl } from '../../core/text/url';
import type { ExtractedText } from './article-text';
import { readEvidence } from './page-evidence';

export interface ArticleMetadata extends PageMetadata {
  url: string;
  canonicalUrl: string;
}

/** The article's one address: its canonical link, else og:url, else its own, without tracking. */
export function pageAddress(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content')?.trim();
  let canonical = pageUrl;
  if (href) {
    try {
      canonical = new URL(href, pageUrl).toString();
    } catch {
      // An unparsable canonical link: keep the page's own address.
    }
  }
  return cleanUrl(canonical);
}

/** `article`: what Readability read of the page, when it was run (saving runs it; a card's year does not need it). */
export function readMetadata(doc: Document, pageUrl: string, article?: ExtractedText): ArticleMetadata {
  const evidence = readEvidence(doc, pageUrl, article?.readable ? article : undefined);
  return { url: pageUrl, canonicalUrl: pageAddress(doc, pageUrl), ...readPageMetadata(evidence) };
}
