/**
 * The highlights on a page: one named CSS highlight per kind (DESIGN.md, contract 1), each
 * range covering one mention. The page's DOM is never touched: ranges live in CSS.highlights,
 * and removing them is instant.
 */
import type { Amount } from '../core/money/recognise';
import type { Mention } from '../core/match/matcher';
import type { UnknownMention } from '../core/analyse-text';
import { ENTITY_TYPES, type EntityType } from '../core/kb/types';

/** The four entity types, amounts, and names DealLens has never seen (contract 6's sixth highlight). */
export type Kind = EntityType | 'amount' | 'unknown';
export const KINDS: Kind[] = [...ENTITY_TYPES, 'amount', 'unknown'];
export const highlightName = (kind: Kind) => `deallens-${kind}`;

export interface Entry {
  kind: Kind;
  range: Range;
  /** The entity mention, the amount, or the name never seen. */
  mention?: Mention;
  amount?: Amount;
  unknown?: UnknownMention;
  /** Text nodes the range touches: for hit tests and for dropping it when they change. */
  nodes: Text[];
}

/** Where an entry's range starts and ends within one of its text nodes. */
const startIn = (e: Entry, n: Text) => (e.range.startContainer === n ? e.range.startOffset : 0);
const endIn = (e: Entry, n: Text) => (e.range.endContainer === n ? e.range.endOffset : n.length);

export class HighlightRegistry {
  private readonly highlights = new Map<Kind, Highlight>();
  private readonly byNode = new Map<Text, Set<Entry>>();
  private readonly all = new Set<Entry>();
  private ordered: Entry[] | null = null;
  /** During a read: per node, the entries it had when the read began (by start), and how far the read has replaced them. */
  private pass: Map<Text, { old: Entry[]; next: number }> | null = null;
  /**
   * Changes to the page's highlights, held until commit(): the browser recomputes the whole
   * page's paint for every frame in which a highlight changed (200 ms on a 2.6 MB page, over a
   * second for a 20 MB text node), so a read changes them in a few batches, not at every slice.
   */
  private readonly toAdd = new Map<Range, Entry>();
  private readonly toDelete = new Map<Range, Kind>();

  constructor() {
    for (const kind of KINDS) {
      const h = new Highlight();
      this.highlights.set(kind, h);
      CSS.highlights.set(highlightName(kind), h);
    }
  }

  get size(): number {
    return this.all.size;
  }

  /** The distinct entities highlighted, in no particular order. */
  entityIds(): string[] {
    const ids = new Set<string>();
    for (const e of this.all) if (e.mention) ids.add(e.mention.id);
    return [...ids];
  }

  add(entry: Entry): void {
    this.toAdd.set(entry.range, entry);
    for (const n of entry.nodes) {
      const set = this.byNode.get(n);
      if (set) set.add(entry);
      else this.byNode.set(n, new Set([entry]));
    }
    this.all.add(entry);
    this.ordered = null;
  }

  /** Drops every entry that touches one of these text nodes (their text changed or went away). */
  dropNodes(nodes: Iterable<Text>): void {
    const gone = new Set<Entry>();
    for (const n of nodes) for (const e of this.byNode.get(n) ?? []) gone.add(e);
    this.remove(gone);
  }

  /** A read begins: what it reads replaces, part by part (dropParts), what was painted there before. */
  beginRead(): void {
    this.pass = new Map();
  }

  /**
   * Drops what a new read of these parts of text nodes replaces: every entry there before the
   * read began that touches a part. Called in the same task as the new entries are added, so a
   * repaint never shows a gap. A long node is read in parts, in order: what lies in its parts
   * not read yet stays until they are.
   */
  dropParts(nodes: readonly Text[], from: readonly number[], to: readonly number[]): void {
    const gone = new Set<Entry>();
    nodes.forEach((n, i) => {
      let p = this.pass?.get(n);
      if (!p) {
        const had = this.byNode.get(n);
        p = { old: had ? [...had].sort((a, b) => startIn(a, n) - startIn(b, n)) : [], next: 0 };
        this.pass?.set(n, p);
      }
      const whole = to[i] >= n.length;
      while (p.next < p.old.length && (whole || startIn(p.old[p.next], n) < to[i])) {
        const e = p.old[p.next++];
        if (whole || endIn(e, n) > from[i] || startIn(e, n) >= from[i]) gone.add(e);
      }
    });
    this.remove(gone);
  }

  /**
   * Paints what changed since the last commit, old ranges and new swapped at once. A new range
   * that is an old one again (the same text re-read) takes the old one's place, so re-reading
   * unchanged text changes nothing on screen. Whether anything on screen changed.
   */
  commit(): boolean {
    if (this.toAdd.size === 0 && this.toDelete.size === 0) return false;
    const going = new Map<Text, Range[]>();
    for (const r of this.toDelete.keys()) {
      const at = going.get(r.startContainer as Text);
      if (at) at.push(r);
      else going.set(r.startContainer as Text, [r]);
    }
    let changed = false;
    for (const [range, entry] of this.toAdd) {
      const same = going.get(range.startContainer as Text)?.find((r) => this.toDelete.get(r) === entry.kind && r.startOffset === range.startOffset && r.endContainer === range.endContainer && r.endOffset === range.endOffset);
      if (same) {
        this.toDelete.delete(same);
        entry.range = same;
      } else {
        this.highlights.get(entry.kind)!.add(range);
        changed = true;
      }
    }
    if (this.toDelete.size > 0) changed = true;
    for (const [range, kind] of this.toDelete) this.highlights.get(kind)!.delete(range);
    this.toDelete.clear();
    this.toAdd.clear();
    return changed;
  }

  /** Drops every entry on a text node `keep` does not hold (a full read did not reach it: gone or hidden). */
  dropAllBut(keep: ReadonlySet<Text>): void {
    this.dropNodes([...this.byNode.keys()].filter((n) => !keep.has(n)));
  }

  /** Drops every entry on a text node whose parent is one of these (they are no longer shown). */
  dropWhereParent(parents: ReadonlySet<Element>): void {
    this.dropNodes([...this.byNode.keys()].filter((n) => n.parentElement !== null && parents.has(n.parentElement)));
  }

  /** The elements holding painted text, to check what a change of style hid. */
  paintedParents(): Set<Element> {
    const out = new Set<Element>();
    for (const n of this.byNode.keys()) if (n.parentElement) out.add(n.parentElement);
    return out;
  }

  private remove(gone: Set<Entry>): void {
    if (gone.size === 0) return;
    for (const e of gone) {
      if (this.toAdd.has(e.range)) this.toAdd.delete(e.range);
      else this.toDelete.set(e.range, e.kind);
      for (const n of e.nodes) {
        const set = this.byNode.get(n);
        set?.delete(e);
        if (set?.size === 0) this.byNode.delete(n);
      }
      this.all.delete(e);
    }
    this.ordered = null;
  }

  /** Entries whose nodes have left the document (a framework replaced them). */
  pruneDetached(): number {
    const detached = [...this.byNode.keys()].filter((n) => !n.isConnected);
    const before = this.all.size;
    this.dropNodes(detached);
    return before - this.all.size;
  }

  entriesAt(node: Text): Iterable<Entry> {
    return this.byNode.get(node) ?? [];
  }

  /** All entries in document order (for next/previous). */
  inOrder(): readonly Entry[] {
    if (!this.ordered) {
      this.ordered = [...this.all].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    }
    return this.ordered;
  }

  counts(): Record<Kind, number> {
    const c = { fund: 0, company: 0, accelerator: 0, person: 0, amount: 0, unknown: 0 };
    for (const e of this.all) c[e.kind]++;
    return c;
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
    this.toAdd.clear();
    this.toDelete.clear();
    this.byNode.clear();
    this.all.clear();
    this.ordered = null;
  }

  /** Removes DealLens's highlights from the page entirely. */
  destroy(): void {
    this.clear();
    for (const kind of KINDS) {
      if (CSS.highlights.get(highlightName(kind)) === this.highlights.get(kind)) CSS.highlights.delete(highlightName(kind));
    }
  }
}
