/**
 * What a page says about itself, read out of its DOM by the content script into plain data, so
 * that deciding its title, site, authors, date and language is pure and runs in node.
 */
export interface PageEvidence {
  /** The page's address. */
  url: string;
  /** `<html lang>` (or `xml:lang`), as written. */
  htmlLang?: string;
  /** Every `<meta>` with a key: its name, property, itemprop or http-equiv, lower-cased; content as written. */
  metas: { key: string; content: string }[];
  /** The text of each `<script type="application/ld+json">`, unparsed. */
  jsonLd: string[];
  /** `<title>`. */
  docTitle?: string;
  /** The first `<h1>` of the article (or of the page). */
  h1?: string;
  /** The text of `rel=author` links. */
  relAuthors: string[];
  /** The site's name as its masthead writes it (`.site-title`, the home link of the header). */
  siteTitles: string[];
  /** The text of elements marked as a byline or an author (class, itemprop, rel). */
  bylines: string[];
  /** Dates marked up in the page (`<time datetime>`, `abbr.published`), in page order; `main` when in the article's own area. */
  times: { value: string; main: boolean }[];
  /** What Readability read, when it found an article. */
  readability?: { byline?: string; siteName?: string; publishedTime?: string; title?: string };
  /** The lines around the headline and byline (a line per block), where a page without a date in its metadata writes it. */
  headText: string;
  /** Text to check the declared language against (the article's, or the page's). */
  bodyText: string;
}

/** The content of the first meta of one of these keys (in that order of trust), when not blank. */
export function metaContent(e: Pick<PageEvidence, 'metas'>, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const found = e.metas.find((m) => m.key === key && m.content.trim() !== '');
    if (found) return found.content.trim();
  }
  return undefined;
}

/** The contents of every meta of these keys, in page order. */
export function metaContents(e: Pick<PageEvidence, 'metas'>, ...keys: string[]): string[] {
  return e.metas.filter((m) => keys.includes(m.key) && m.content.trim() !== '').map((m) => m.content.trim());
}
