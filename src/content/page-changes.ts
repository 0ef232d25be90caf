/**
 * What the page changes, gathered from a MutationObserver into work for the annotator: the
 * nodes whose text to read again, and the elements whose attributes changed (what they show
 * may have changed). A page that never stops changing (a clock, a ticker, a class toggled
 * every frame) must not keep DealLens busy: changes are coalesced, a place that keeps
 * changing is read less and less often (its delay doubles at each read, up to a few seconds,
 * and falls back once it is calm), and the annotator's share of the page's time is capped.
 */
import { isInline } from './page-text';

export interface Changes {
  /** Nodes added or whose text changed (or text beside something removed): read their runs again. */
  seeds: Node[];
  /** Elements whose hidden, style, class or open attribute changed. */
  styled: Element[];
  /** Whether nodes left the page (their highlights go). */
  removed: boolean;
  /** So much changed at once that one full read is cheaper than many small ones. */
  everything: boolean;
}

/** Let a burst finish: one read for a whole re-render, not one per node. */
const COALESCE_MS = 40;
/** The delay after a place's first read, doubled at each further read while it keeps changing. */
const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 3000;
/** A place calm for this long (beyond its delay) starts afresh. */
const CALM_MS = 1000;
/** Past this many nodes changed at once, read everything once. */
const BURST = 300;
/** The annotator works at most this share of the time while the page keeps changing. */
const MAX_SHARE = 0.05;

interface Backoff {
  delay: number;
  /** When it was last read. */
  last: number;
}

/** Work is keyed by the place that changes: the text node, the parent that gains children, the element restyled. */
type Key = Node;

interface Pending {
  key: Key;
  due: number;
}

export class PageChanges {
  private readonly observer: MutationObserver;
  private readonly seeds = new Map<Node, Pending>();
  private readonly styled = new Map<Element, Pending>();
  private removed = false;
  private everything = false;
  private readonly backoff = new WeakMap<Key, Backoff>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;
  /** No work before this time: the duty-cycle cap. */
  private notBefore = 0;
  private running = false;
  private paused = true;
  private stopped = false;

  constructor(
    private readonly root: Element,
    private readonly ownHost: () => Element | null,
    /** Does the work; resolves to the milliseconds it worked. */
    private readonly work: (changes: Changes) => Promise<number>,
  ) {
    this.observer = new MutationObserver((records) => this.take(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'style', 'class', 'open'] });
  }

  /** Work starts (the first read is done); what changed meanwhile is worked on now. */
  resume(): void {
    this.paused = false;
    this.schedule();
  }

  /** Everything is to be read again (a new matcher), in turn with the other work. */
  readEverything(): void {
    this.everything = true;
    this.seeds.clear();
    this.styled.clear();
    this.schedule(performance.now());
  }

  stop(): void {
    this.stopped = true;
    this.observer.disconnect();
    clearTimeout(this.timer);
  }

  private take(records: MutationRecord[]): void {
    const now = performance.now();
    const host = this.ownHost();
    const before = this.seeds.size;
    for (const r of records) {
      if (host && (r.target === host || host.contains(r.target))) continue; // our own card: never a reason to read again
      if (r.type === 'characterData') this.note(this.seeds, r.target, r.target, now);
      else if (r.type === 'attributes') this.note(this.styled, r.target as Element, r.target, now);
      else {
        // Indexed, not iterated: a page's NodeList seen through Firefox's Xray wrappers.
        for (let i = 0; i < r.addedNodes.length; i++) if (r.addedNodes[i] !== host) this.note(this.seeds, r.addedNodes[i], r.target, now);
        if (r.removedNodes.length) this.removed = true;
        // Text beside what came or went may have been joined to it, or split by it.
        if (r.removedNodes.length || r.addedNodes.length) {
          for (const side of [r.previousSibling, r.nextSibling]) if (side && flowsInLine(side)) this.note(this.seeds, side, r.target, now);
        }
      }
    }
    // A burst is what one re-render changes at once; a backlog kept waiting by the delays is not,
    // nor restyled elements (an animation restyles hundreds a frame): they cost a check, not a read.
    if (this.seeds.size - before > BURST) {
      this.everything = true;
      this.seeds.clear();
      this.styled.clear();
    }
    if (this.everything || this.seeds.size || this.styled.size || this.removed) this.schedule(now + COALESCE_MS);
  }

  private note<T extends Node>(into: Map<T, Pending>, node: T, key: Key, now: number): void {
    if (this.everything || into.has(node)) return;
    const b = this.backoff.get(key);
    if (b && now - b.last > b.delay + CALM_MS) b.delay = 0;
    into.set(node, { key, due: Math.max(now + COALESCE_MS, b ? b.last + b.delay : 0) });
  }

  /** Sets the timer for the earliest work due (or `at`, when sooner). */
  private schedule(at = Infinity): void {
    if (this.stopped || this.paused || this.running) return;
    let due = at;
    for (const p of this.seeds.values()) due = Math.min(due, p.due);
    for (const p of this.styled.values()) due = Math.min(due, p.due);
    if (this.removed || this.everything) due = Math.min(due, performance.now() + COALESCE_MS);
    if (due === Infinity) return;
    due = Math.max(due, this.notBefore);
    if (this.timer !== undefined && this.timerAt <= due) return;
    clearTimeout(this.timer);
    this.timerAt = due;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, due - performance.now()));
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    this.timerAt = Infinity;
    if (this.stopped || this.running) return;
    const now = performance.now();
    const changes: Changes = { seeds: [], styled: [], removed: this.removed, everything: this.everything };
    // The places due now, and with each everything waiting on it: one batch per place.
    const read = new Set<Key>();
    for (const p of [...this.seeds.values(), ...this.styled.values()]) if (p.due <= now + 1) read.add(p.key);
    const takeDue = <T extends Node>(from: Map<T, Pending>, into: T[]) => {
      for (const [node, p] of from) {
        if (!read.has(p.key)) continue;
        from.delete(node);
        into.push(node);
      }
    };
    if (this.everything) {
      read.add(this.root);
      this.seeds.clear();
      this.styled.clear();
    } else {
      takeDue(this.seeds, changes.seeds);
      takeDue(this.styled, changes.styled);
    }
    this.removed = false;
    this.everything = false;
    // Each place read now waits longer before its next read, if it changes again.
    for (const key of read) {
      const b = this.backoff.get(key);
      if (b) {
        b.delay = b.delay ? Math.min(MAX_DELAY_MS, b.delay * 2) : FIRST_DELAY_MS;
        b.last = now;
      } else this.backoff.set(key, { delay: FIRST_DELAY_MS, last: now });
    }
    this.running = true;
    let worked = 0;
    try {
      if (changes.everything || changes.seeds.length || changes.styled.length || changes.removed) worked = await this.work(changes);
    } finally {
      this.running = false;
    }
    this.notBefore = performance.now() + worked * (1 / MAX_SHARE - 1);
    this.schedule();
  }
}

/** A text node or an inline element: part of a line, which may join the text beside it. */
function flowsInLine(n: Node): boolean {
  return n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && isInline(n as Element));
}
