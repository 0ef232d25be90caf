/**
 * The highlights on a page: one named CSS highlight per kind (DESIGN.md, contract 1), each
 * range covering one mention. The page's DOM is never touched: ranges live in CSS.highlights,
 * and removing them is instant.
 */
import type { Amount } from '../core/money/recognise';
import type { Mention } from '../core/match/matcher';
import { ENTITY_TYPES } from '../core/kb/types';

export type Kind = 'fund' | 'company' | 'accelerator' | 'person' | 'amount';
export const KINDS: Kind[] = [...ENTITY_TYPES, 'amount'];
export const highlightName = (kind: Kind) => `deallens-${kind}`;

export interface Entry {
  kind: Kind;
  range: Range;
  /** The entity mention, or the amount. */
  mention?: Mention;
  amount?: Amount;
  /** Text nodes the range touches: for hit tests and for dropping it when they change. */
  nodes: Text[];
}

export class HighlightRegistry {
  private readonly highlights = new Map<Kind, Highlight>();
  private readonly byNode = new Map<Text, Entry[]>();
  private all: Entry[] = [];
  private ordered: Entry[] | null = null;

  constructor() {
    for (const kind of KINDS) {
      const h = new Highlight();
      this.highlights.set(kind, h);
      CSS.highlights.set(highlightName(kind), h);
    }
  }

  get size(): number {
    return this.all.length;
  }

  /** The distinct entities highlighted, in no particular order. */
  entityIds(): string[] {
    const ids = new Set<string>();
    for (const e of this.all) if (e.mention) ids.add(e.mention.id);
    return [...ids];
  }

  add(entry: Entry): void {
    this.highlights.get(entry.kind)!.add(entry.range);
    const { nodes } = entry;
    for (let k = 0; k < nodes.length; k++) {
      const list = this.byNode.get(nodes[k]);
      if (list) list.push(entry);
      else this.byNode.set(nodes[k], [entry]);
    }
    this.all.push(entry);
    this.ordered = null;
  }

  /** Drops every entry that touches one of these text nodes (their text changed or went away). */
  dropNodes(nodes: Iterable<Text>): void {
    const gone = new Set<Entry>();
    for (const n of nodes) {
      for (const e of this.byNode.get(n) ?? []) gone.add(e);
      this.byNode.delete(n);
    }
    if (gone.size === 0) return;
    for (const e of gone) {
      this.highlights.get(e.kind)!.delete(e.range);
      for (const n of e.nodes) {
        const list = this.byNode.get(n);
        if (list) this.byNode.set(n, list.filter((x) => x !== e));
      }
    }
    this.all = this.all.filter((e) => !gone.has(e));
    this.ordered = null;
  }

  /** Entries whose nodes have left the document (a framework replaced them). */
  pruneDetached(): number {
    const detached = [...this.byNode.keys()].filter((n) => !n.isConnected);
    const before = this.all.length;
    this.dropNodes(detached);
    return before - this.all.length;
  }

  entriesAt(node: Text): readonly Entry[] {
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
    const c = { fund: 0, company: 0, accelerator: 0, person: 0, amount: 0 };
    for (const e of this.all) c[e.kind]++;
    return c;
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
    this.byNode.clear();
    this.all = [];
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
