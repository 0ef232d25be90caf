/**
 * The article's own text, as a reader of the saved copy wants it: @mozilla/readability picks
 * the main content (no menus, comments or footers), read block by block so that paragraphs
 * stay apart. Readability works on a copy: the page itself is never touched.
 */
import { Readability } from '@mozilla/readability';
import { UNREAD_TAGS } from '../../core/text/unread-tags';
import { isInline } from '../page-text';

/** Text of an element (attached or not), a line break at every block. */
export function blockText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (UNREAD_TAGS.has(el.localName.toLowerCase()) || el.hasAttribute('hidden')) return;
    const block = !isInline(el);
    if (block) parts.push('\n');
    if (el.tagName.toUpperCase() === 'BR') parts.push('\n');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? m : ' ')).trim())
    .filter(Boolean)
    .join('\n');
}

export interface ExtractedText {
  text: string;
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
    const body = blockText(content);
    const title = article?.title?.trim() || undefined;
    // Readability keeps the title apart; the saved text starts with it, as the page does.
    const text = title && !body.startsWith(title) ? `${title}\n${body}` : body;
    if (body.length > 200) return { text, title, byline: article?.byline ?? undefined, siteName: article?.siteName ?? undefined, publishedTime: article?.publishedTime ?? undefined, readable: true };
  }
  return { text: doc.body ? blockText(doc.body) : '', readable: false };
}
