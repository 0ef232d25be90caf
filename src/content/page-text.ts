/**
 * The text a reader sees, read from the DOM without changing it: text nodes joined as they
 * flow, a line break between blocks (so a name never runs from a heading into its paragraph),
 * and for every character the text node and offset it came from.
 */
import { UNREAD_TAGS } from '../core/text/unread-tags';

/** Elements that flow inside a line; anything else starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'NOBR',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

export interface PageText {
  text: string;
  /** Text nodes in reading order, and where each starts in `text`. */
  nodes: Text[];
  starts: number[];
}

export function isInline(el: Element): boolean {
  return INLINE.has(el.tagName);
}

/** Whether an element's content is out of reach of a reader (or is DealLens's own card). */
export function skipElement(el: Element, ownHost: Element | null): boolean {
  if (el === ownHost) return true;
  if (UNREAD_TAGS.has(el.localName.toLowerCase())) return true;
  if (el.hasAttribute('hidden')) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  // display:none, visibility:hidden, content-visibility:hidden (the computed style, not the markup).
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return true;
  return false;
}

/** The nearest ancestor (or self) that starts a block: where a line of text begins. */
export function blockOf(node: Node): Element | null {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  return el;
}

/**
 * Walks `root` and returns a function that reads the next slice of its text, at most about
 * `budgetChars` characters and always ending at a block boundary, so each slice can be
 * analysed on its own and the work cut into short tasks. Returns null when the walk is done.
 */
export function textSlices(root: Node, ownHost: Element | null): (budgetChars: number) => PageText | null {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return skipElement(node as Element, ownHost) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  let pending: Text | null = null;
  let done = false;
  let lastBlock: Element | null = null;

  return (budgetChars: number) => {
    if (done) return null;
    const parts: string[] = [];
    const nodes: Text[] = [];
    const starts: number[] = [];
    let length = 0;
    const take = (t: Text) => {
      const block = blockOf(t);
      if (block !== lastBlock && length > 0) {
        parts.push('\n');
        length += 1;
      }
      lastBlock = block;
      nodes.push(t);
      starts.push(length);
      parts.push(t.data);
      length += t.data.length;
    };
    if (pending) {
      take(pending);
      pending = null;
    }
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n as Text;
      if (t.data.length === 0) continue;
      if (length >= budgetChars && blockOf(t) !== lastBlock) {
        pending = t; // starts the next slice, on a block boundary
        return { text: parts.join(''), nodes, starts };
      }
      take(t);
    }
    done = true;
    return nodes.length ? { text: parts.join(''), nodes, starts } : null;
  };
}

/**
 * Node and offset of character `offset` of the slice (binary search over the node starts).
 * `from`: a node index known to come at or before the answer (a mention's end lies in or after
 * the node of its start), so the search is over the rest.
 */
export function locate(page: PageText, offset: number, isEnd: boolean, from = 0): { node: Text; offset: number; index: number } {
  const starts = page.starts;
  let lo = from;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    // An end offset belongs to the node it closes, not the one it would open.
    if (isEnd ? starts[mid] < offset : starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = page.nodes[lo];
  return { node, offset: Math.min(Math.max(0, offset - starts[lo]), node.data.length), index: lo };
}
