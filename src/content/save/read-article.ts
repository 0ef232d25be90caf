/**
 * The article on the page, read for saving: its metadata, main text and the analysis of that
 * text, made here with the page's own matcher (the reader's entities in, what they hid out),
 * so the background does not analyse twice (it proposes the deals from it: the knowledge base
 * that needs is not in pages). It checks the
 * answer before writing anything (background/check-article.ts): this script runs in the page.
 */
import { analyseText } from '../../core/analyse-text';
import type { Matcher } from '../../core/match/matcher';
import { recognitionHint } from '../../core/metadata/read-metadata';
import { ARTICLE_TEXT_MAX, type Response, type toContent } from '../../messages';
import { readMetadata } from './article-metadata';
import { extractText } from './article-text';

type Article = Response<typeof toContent, 'read-article'>;

/** The text, cut to what an article can hold, at a line or a space when one is near. */
function fitText(text: string): { text: string; cut: boolean } {
  if (text.length <= ARTICLE_TEXT_MAX) return { text, cut: false };
  let end = ARTICLE_TEXT_MAX;
  const line = text.lastIndexOf('\n', end - 1);
  const space = text.lastIndexOf(' ', end - 1);
  const at = line > end - 2000 ? line : space > end - 2000 ? space : -1;
  if (at > 0) end = at;
  // Never half a surrogate pair.
  const c = text.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--;
  return { text: text.slice(0, end), cut: true };
}

export function readArticle(doc: Document, href: string, matcher: Matcher): Article {
  const extracted = extractText(doc);
  const { text, cut } = fitText(extracted.text);
  const m = readMetadata(doc, href, extracted);
  const a = analyseText(text, { langHint: recognitionHint(m.lang), matcher, setApart: extracted.setApart.filter((t) => t.end <= text.length) });
  return {
    ok: true,
    url: m.url,
    canonicalUrl: m.canonicalUrl,
    title: m.title,
    site: m.site,
    text,
    ...(cut ? { textCut: true } : {}),
    ...(m.authors.length ? { authors: m.authors } : {}),
    ...(m.published ? { published: m.published } : {}),
    lang: a.lang,
    pageLang: m.lang,
    // Field by field: the answer's schema is strict, and the core's objects may carry more.
    entities: a.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, text: e.text, start: e.start, end: e.end })),
    ...(a.unknown.length ? { unknown: a.unknown.map((u) => ({ name: u.name.slice(0, 300), type: u.type, text: u.text, start: u.start, end: u.end })) } : {}),
    amounts: a.amounts.map((x) => ({ text: x.text, value: x.value, currency: x.currency, qualifier: x.qualifier, start: x.start, end: x.end, ...(x.max !== undefined ? { max: x.max } : {}), ...(x.unitValue !== undefined ? { unitValue: x.unitValue } : {}) })),
  };
}


type Details = Response<typeof toContent, 'read-details'>;

/** What the page says it is, for the reader to check before saving: the same reading as a save's. */
export function readDetails(doc: Document, href: string): Details {
  const m = readMetadata(doc, href, extractText(doc));
  return { ok: true, title: m.title, site: m.site, authors: m.authors, ...(m.published ? { published: m.published } : {}), lang: m.lang };
}
