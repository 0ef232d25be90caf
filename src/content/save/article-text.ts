/**
 * The article's own text, as a reader of the saved copy wants it: @mozilla/readability picks
 * the main content (no menus, comments or footers), read block by block so that paragraphs
 * stay apart. Readability works on a copy: the page itself is never touched.
 */
import { Readability } from '@mozilla/readability';
import { UNREAD_TAGS } from '../../core/text/unread-tags';
import { SET_APART_TAGS, type Span } from '../../core/text/work-titles';
import { isInline } from '../page-text';

/** Where a set-apart element opens and closes in the joined parts: private-use code points no page text keeps here. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;

const collapse = (line: string) => line.replace(/[ \t\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? m : ' '));

/** Text of an element (attached or not), a line break at every block. */
export function blockText(root: Element): string {
  return blockTextSpans(root).text;
}

/** The same text, and the spans of it in italics or <cite>. */
export function blockTextSpans(root: Element): { text: string; setApart: Span[] } {
  const parts: string[] = [];
  let marked = false;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node as Text).data.replace(MARKS, ''));
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (UNREAD_TAGS.has(el.localName.toLowerCase()) || el.hasAttribute('hidden')) return;
    const tag = el.tagName.toUpperCase();
    const block = !isInline(el);
    const apart = !block && SET_APART_TAGS.has(el.localName.toLowerCase());
    if (block) parts.push('\n');
    if (tag === 'BR') parts.push('\n');
    if (apart) parts.push(OPEN);
    marked ||= apart;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (apart) parts.push(CLOSE);
    if (block) parts.push('\n');
  };
  walk(root);
  const lines: string[] = [];
  const setApart: Span[] = [];
  let at = 0;
  let depth = 0;
  let open = 0;
  for (const raw of parts.join('').split('\n')) {
    const plain = raw.replace(MARKS, '');
    const line = collapse(plain).trim();
    if (!line) continue;
    if (marked) {
      // Each mark's place in the line as written out: what the collapsed, trimmed prefix before it leaves.
      let prefix = '';
      for (const piece of raw.split(/([\uE000\uE001])/)) {
        if (piece !== OPEN && piece !== CLOSE) {
          prefix += piece;
          continue;
        }
        const pos = at + Math.min(collapse(prefix).trimStart().length, line.length);
        if (piece === OPEN && depth++ === 0) open = pos;
        if (piece === CLOSE && depth > 0 && --depth === 0 && pos > open) setApart.push({ start: open, end: pos });
      }
      // A set-apart element never runs on into the next block's line.
      if (depth > 0 && at + line.length > open) setApart.push({ start: open, end: at + line.length });
      open = at + line.length + 1;
    }
    lines.push(line);
    at += line.length + 1;
  }
  return { text: lines.join('\n'), setApart };
}

export interface ExtractedText {
  text: string;
  /** Spans of `text` in italics or <cite>. */
  setApart: Span[];
  /** Readability's reading of the title, byline, site and date, when it found an article. */
  title?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  /** Whether Readability recognised an article (else the whole visible page was read). */
  readable: boolean;
}

export function extractText(doc: Document): ExtractedText {
  const copy = doc.cloneNode(true) as Document;
  let article: { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null; content?: unknown } | null = null;
  try {
    article = new Readability(copy, { serializer: (el: Node) => el, charThreshold: 200 }).parse();
  } catch {
    article = null;
  }
  const content = article?.content as Element | undefined;
  if (content && typeof content === 'object' && 'nodeType' in content) {
    const { text: body, setApart } = blockTextSpans(content);
    const title = article?.title?.trim() || undefined;
    // Readability keeps the title apart; the saved text starts with it, as the page does.
    const shift = title && !body.startsWith(title) ? title.length + 1 : 0;
    const text = shift ? `${title}\n${body}` : body;
    const spans = shift ? setApart.map((s) => ({ start: s.start + shift, end: s.end + shift })) : setApart;
    if (body.length > 200) return { text, setApart: spans, title, byline: article?.byline ?? undefined, siteName: article?.siteName ?? undefined, publishedTime: article?.publishedTime ?? undefined, readable: true };
  }
  return doc.body ? { ...blockTextSpans(doc.body), readable: false } : { text: '', setApart: [], readable: false };
}
