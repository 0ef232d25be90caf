/**
 * What a change to the page makes to be re-read: the run of text around it, the text nodes a
 * full read joins without a line break (one line of a block: a paragraph, a heading, or the
 * loose text between two blocks). Names and amounts never cross a line break, so a run read
 * alone gives what a full read would: a changed word re-reads its paragraph, not its page.
 */
import { blockOf, skipReason, type TextUnit } from './page-text';

/** A run is followed this many text nodes each way at most; a longer one (a code listing, a word per span) is cut. */
const RUN_NODES = 400;

/**
 * Finds runs in the page as it is now. Whether an element is read is remembered, so use one
 * finder per synchronous step only: the page may change between two tasks.
 */
export class RunFinder {
  private readonly read = new Map<Element, boolean>();

  constructor(
    private readonly root: Element,
    private readonly ownHost: Element | null,
  ) {}

  /** Whether a full read of the root reaches `node`: no ancestor up to the root is skipped. */
  readable(node: Node): boolean {
    if (!node.isConnected || !this.root.contains(node)) return false;
    const climbed: Element[] = [];
    let ok = true;
    for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
      const known = this.read.get(el);
      if (known !== undefined) {
        ok = known;
        break;
      }
      climbed.push(el);
      if (skipReason(el, this.ownHost)) {
        ok = false;
        break;
      }
      if (el === this.root) break;
    }
    // A skipped element makes everything below it unread; an element read means its ancestors are.
    for (const el of climbed) this.read.set(el, ok);
    return ok;
  }

  private walker(): TreeWalker {
    return this.root.ownerDocument.createTreeWalker(this.root, NodeFilter.SHOW_TEXT);
  }

  /** The readable text node beside `from` (before or after), skipping empty and unread ones; null at the run's end. */
  private beside(walker: TreeWalker, from: Text, block: Element | null, back: boolean): Text | null {
    walker.currentNode = from;
    let seen = 0;
    for (let n = back ? walker.previousNode() : walker.nextNode(); n && seen < RUN_NODES; n = back ? walker.previousNode() : walker.nextNode(), seen++) {
      const t = n as Text;
      if (t.length === 0 || !this.readable(t)) continue;
      return blockOf(t) === block ? t : null;
    }
    return null;
  }

  /** The run a text node belongs to. */
  runOf(t: Text): TextUnit {
    const walker = this.walker();
    const block = blockOf(t);
    let first = t;
    let last = t;
    for (let n = 0, p = this.beside(walker, first, block, true); p && n < RUN_NODES; n++, p = this.beside(walker, first, block, true)) first = p;
    for (let n = 0, p = this.beside(walker, last, block, false); p && n < RUN_NODES; n++, p = this.beside(walker, last, block, false)) last = p;
    return { first, last };
  }

  /** The first (or last) readable, non-empty text node under `el`, in reading order. */
  private edgeText(el: Element, last: boolean): Text | null {
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let t: Node | null;
    if (last) {
      let n: Node = el;
      while (n.lastChild) n = n.lastChild;
      walker.currentNode = n;
      t = n.nodeType === Node.TEXT_NODE ? n : walker.previousNode();
    } else t = walker.nextNode();
    for (; t; t = last ? walker.previousNode() : walker.nextNode()) if ((t as Text).length > 0 && this.readable(t)) return t as Text;
    return null;
  }

  /** For a node without text of its own: the run next to it, which it may have joined or split. */
  private neighbourRun(seed: Node): TextUnit | null {
    const walker = this.walker();
    walker.currentNode = seed;
    for (let n = walker.previousNode(); n; n = walker.previousNode()) {
      if ((n as Text).length === 0 || !this.readable(n)) continue;
      return blockOf(n) === blockOf(seed) ? this.runOf(n as Text) : null;
    }
    return null;
  }

  /**
   * What to re-read for a node the page added or changed: a text node's run; all of an
   * element, with the runs its first and last text belong to (they may join text around it).
   * Null when nothing of it is read (hidden, DealLens's own, no text).
   */
  unitOf(seed: Node): TextUnit | null {
    if (!this.readable(seed)) return null;
    if (seed.nodeType === Node.TEXT_NODE) return (seed as Text).length > 0 ? this.runOf(seed as Text) : this.neighbourRun(seed);
    if (seed.nodeType !== Node.ELEMENT_NODE) return null;
    const first = this.edgeText(seed as Element, false);
    const last = first && this.edgeText(seed as Element, true);
    if (!first || !last) return this.neighbourRun(seed);
    return { first: this.runOf(first).first, last: this.runOf(last).last };
  }
}

const before = (a: Node, b: Node) => a !== b && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** Units in document order, overlapping ones merged: each text node read once. */
export function mergeUnits(units: TextUnit[]): TextUnit[] {
  const sorted = units.filter((u) => u.first.isConnected && u.last.isConnected).sort((a, b) => (a.first === b.first ? 0 : before(a.first, b.first) ? -1 : 1));
  const out: TextUnit[] = [];
  for (const u of sorted) {
    const prev = out[out.length - 1];
    if (prev && !before(prev.last, u.first)) {
      if (before(prev.last, u.last)) prev.last = u.last;
    } else out.push({ ...u });
  }
  return out;
}
