/**
 * The text a reader sees, read from the DOM without changing it: text nodes joined as they
 * flow, a line break between blocks (so a name never runs from a heading into its paragraph),
 * and for every character the text node and offset it came from. Read in slices of bounded
 * size, whatever the page: a 20 MB text node is cut like any other text.
 */
import { UNREAD_TAGS } from '../core/text/unread-tags';

/** Elements that flow inside a line; anything else starts a new block. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'NOBR',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR',
]);

/** How far back from a slice's limit a cut inside a text node looks for a safe place. */
const CUT_WINDOW = 2000;
/**
 * Nodes a slice visits, at most about this many (it ends at the next block boundary): a table
 * or a listing has an element or three for every few characters, and each costs a style look-up.
 */
const NODE_BUDGET = 4000;

export interface PageText {
  text: string;
  /** Text nodes in reading order (each once), the part of each that was read, and where that part starts in `text`. */
  nodes: Text[];
  from: number[];
  to: number[];
  starts: number[];
}

/** A stretch of text nodes, in reading order, that a full read joins without a line break (see text-runs.ts). */
export interface TextUnit {
  first: Text;
  last: Text;
}

export function isInline(el: Element): boolean {
  return INLINE.has(el.tagName);
}

/**
 * Why an element's content is out of reach of a reader, or null when it is read. 'hidden' is
 * the reason that can change while the page lives (an attribute, a class, a style).
 */
export function skipReason(el: Element, ownHost: Element | null): 'own' | 'unread' | 'hidden' | null {
  if (el === ownHost) return 'own';
  if (UNREAD_TAGS.has(el.localName.toLowerCase())) return 'unread';
  if ((el as HTMLElement).isContentEditable) return 'unread';
  if (el.hasAttribute('hidden')) return 'hidden';
  // display:none, visibility:hidden, content-visibility:hidden (the computed style, not the markup).
  if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true })) return 'hidden';
  return null;
}

/** Whether an element's content is out of reach of a reader (or is DealLens's own card). */
export function skipElement(el: Element, ownHost: Element | null): boolean {
  return skipReason(el, ownHost) !== null;
}

/** The nearest ancestor (or self) that starts a block: where a line of text begins. */
export function blockOf(node: Node): Element | null {
  let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (el && isInline(el)) el = el.parentElement;
  return el;
}

const isBreak = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Where a long text may be cut without cutting a name or an amount in two: after a line break
 * (the matcher never joins across one), else after a sentence's end, else after a space.
 * Only breaking spaces: a no-break space holds "1 000 000 €" together. -1 when there is none.
 */
export function safeCut(part: string): number {
  const nl = part.lastIndexOf('\n');
  if (nl >= 0) return nl + 1;
  // A sentence ends after a word of four lower-case letters or more ("growing. Renault"), not after
  // "Mio.", "mln." or "Inc.", which an amount or a name goes on after.
  let sentence = -1;
  for (const m of part.matchAll(/\p{Ll}{4}[.!?]["'”’»)]?[ \t\r]+(?=[\p{Lu}\d"“«(])/gu)) sentence = m.index + m[0].length;
  if (sentence >= 0) return sentence;
  for (let i = part.length - 1; i >= 0; i--) if (isBreak(part.charCodeAt(i))) return i + 1;
  return -1;
}

export interface SliceOptions {
  /** Read only these stretches (in document order, under `root`) instead of all of `root`. */
  units?: readonly TextUnit[];
  /** Told of each element left unread because it is not shown: it may be shown later. */
  onHidden?: (el: Element) => void;
}

/**
 * Walks `root` and returns a function that reads the next slice of its text: about
 * `budgetChars` characters (or NODE_BUDGET nodes visited), ending at a block boundary when it
 * can, and never much more than twice that: a longer block, or a longer text node, is cut at a safe place inside
 * (see safeCut), its offsets kept. A long node is read in parts (`substringData`), never as
 * one string. Returns null when the walk is done.
 */
export function textSlices(root: Node, ownHost: Element | null, options: SliceOptions = {}): (budgetChars: number) => PageText | null {
  const doc = root.ownerDocument ?? (root as Document);
  // No filter callback: a call from the walker into script per element is what reading cost most.
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const units = options.units;
  let unitIndex = 0;
  /** The node being read, and how far. */
  let node: Text | null = null;
  let offset = 0;
  let started = false;
  let newUnit = false;
  let done = false;
  let lastBlock: Element | null = null;
  /** Nodes visited for the slice being read. */
  let visited = 0;

  /** The next node after the current one's subtree. */
  const skipSubtree = (): Node | null => {
    for (;;) {
      const s = walker.nextSibling();
      if (s) return s;
      if (!walker.parentNode()) return null;
    }
  };

  /** The next readable, non-empty text node, from `n` on (n itself included). */
  const textFrom = (n: Node | null): Text | null => {
    while (n) {
      visited++;
      if (n.nodeType === Node.TEXT_NODE) {
        if ((n as Text).length > 0) return n as Text;
        n = walker.nextNode();
        continue;
      }
      const why = n.nodeType === Node.ELEMENT_NODE ? skipReason(n as Element, ownHost) : null;
      if (why === 'hidden') options.onHidden?.(n as Element);
      n = why ? skipSubtree() : walker.nextNode();
    }
    return null;
  };

  /** Moves to the next text node to read; false when there is none. */
  const advance = (): boolean => {
    if (!units) {
      node = textFrom(walker.nextNode());
      offset = 0;
      return node !== null;
    }
    for (;;) {
      const unit = units[unitIndex];
      if (!unit) return false;
      let next: Text | null = null;
      if (!started) {
        started = true;
        newUnit = true;
        // A unit is found in one task and read in later ones: the page may have removed it meanwhile.
        if (unit.first.isConnected && root.contains(unit.first)) {
          walker.currentNode = unit.first;
          next = textFrom(unit.first);
        }
      } else if (node === unit.last || !unit.last.isConnected) {
        next = null;
      } else {
        next = textFrom(walker.nextNode());
        // The page moved the unit's end: never read past where it was.
        if (next && next !== unit.last && next.compareDocumentPosition(unit.last) & Node.DOCUMENT_POSITION_PRECEDING) next = null;
      }
      if (next) {
        node = next;
        offset = 0;
        return true;
      }
      unitIndex++;
      started = false;
    }
  };

  return (budgetChars: number) => {
    if (done) return null;
    const hard = budgetChars * 2;
    const parts: string[] = [];
    const nodes: Text[] = [];
    const from: number[] = [];
    const to: number[] = [];
    const starts: number[] = [];
    let length = 0;
    const take = (t: Text, a: number, b: number) => {
      nodes.push(t);
      from.push(a);
      to.push(b);
      starts.push(length);
      parts.push(a === 0 && b === t.length ? t.data : t.substringData(a, b - a));
      length += b - a;
    };
    const slice = (): PageText => {
      visited = 0;
      return { text: parts.join(''), nodes, from, to, starts };
    };

    for (;;) {
      if (!node || offset >= node.length) {
        if (!advance()) break;
      }
      const t = node!;
      const rest = t.length - offset;
      if (offset === 0) {
        const block = blockOf(t);
        const boundary = length > 0 && (block !== lastBlock || newUnit);
        // The next slice starts here, on a block boundary.
        if (boundary && (length >= budgetChars || visited >= NODE_BUDGET || length + 1 + rest > hard)) return slice();
        if (boundary) {
          parts.push('\n');
          length += 1;
        }
        lastBlock = block;
        newUnit = false;
      }
      if (length + rest <= hard) {
        take(t, offset, t.length);
        offset = t.length;
        continue;
      }
      // Too long for this slice, inside one block: end it between two nodes a space already
      // separates, or cut this node at a safe place.
      if (length > 0 && offset === 0) {
        const prev = parts[parts.length - 1];
        if (isBreak(prev.charCodeAt(prev.length - 1)) || isBreak(t.substringData(0, 1).charCodeAt(0))) return slice();
      }
      const limit = Math.min(t.length, offset + Math.max(hard - length, CUT_WINDOW));
      const lo = Math.max(offset, limit - CUT_WINDOW);
      const found = limit < t.length ? safeCut(t.substringData(lo, limit - lo)) : -1;
      let cut = found > 0 ? lo + found : limit;
      // Never between the two halves of a surrogate pair.
      const c = t.substringData(cut - 1, 1).charCodeAt(0);
      if (c >= 0xd800 && c <= 0xdbff && cut < t.length) cut++;
      take(t, offset, cut);
      offset = cut;
      return slice();
    }
    done = true;
    return nodes.length ? slice() : null;
  };
}

/** Node and offset of character `offset` of the slice (binary search over the node starts). */
export function locate(page: PageText, offset: number, isEnd: boolean, fromIndex = 0): { node: Text; offset: number; index: number } {
  // fromIndex: a node known to come at or before the answer (a mention's end lies in or after its start's node).
  let lo = fromIndex;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    // An end offset belongs to the node it closes, not the one it would open.
    if (isEnd ? page.starts[mid] < offset : page.starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const node = page.nodes[lo];
  return { node, offset: Math.min(Math.max(page.from[lo], page.from[lo] + offset - page.starts[lo]), page.to[lo]), index: lo };
}
