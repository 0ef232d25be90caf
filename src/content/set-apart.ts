/**
 * The spans of a slice that the page sets apart in italics or <cite>, for the core to tell the
 * titles of works among them (core/text/work-titles.ts). Read from the slice's own text nodes:
 * a node's inline ancestors, up to its block, are a step or two.
 */
import { SET_APART_TAGS, type Span } from '../core/text/work-titles';
import { isInline, type PageText } from './page-text';

export function setApartSpans(page: PageText): Span[] {
  let spans: Span[] | null = null;
  let last: Element | null = null;
  for (let i = 0; i < page.nodes.length; i++) {
    // The outermost set-apart element of the node, within its line.
    let apart: Element | null = null;
    for (let el = page.nodes[i].parentElement; el && isInline(el); el = el.parentElement) if (SET_APART_TAGS.has(el.localName)) apart = el;
    if (!apart) continue;
    const start = page.starts[i];
    const end = start + page.to[i] - page.from[i];
    spans ??= [];
    if (apart === last) spans[spans.length - 1].end = end;
    else spans.push({ start, end });
    last = apart;
  }
  return spans ?? [];
}
