/**
 * Reads the page, runs the core on its text and paints the highlights; then keeps them right
 * while the page changes. Work is done in slices of text, each in a short task, and every
 * slice records a `deallens:annotate` user-timing measure (DESIGN.md, contract 2).
 *
 * It starts once the page is idle, and only if the page has text to read; the matcher is
 * asked for (built) then, in its own tasks.
 */
import { analyse } from '../core/analyse';
import type { Lang } from '../core/kb/types';
import type { Matcher } from '../core/match/matcher';
import { detectLanguage } from '../core/text/language';
import { HighlightRegistry, type Entry, type Kind } from './highlights';
import { blockOf, locate, textSlices, type PageText } from './page-text';
import { runInTasks, whenIdle, yieldToPage } from './scheduler';

/** Characters read and analysed in one step: a few milliseconds of work. */
const SLICE_CHARS = 12_000;
/** Past this many changed blocks in one burst, one full rescan is cheaper than many small ones. */
const RESCAN_THRESHOLD = 300;
/** The page's own loading work goes first, but not for longer than this. */
const IDLE_TIMEOUT_MS = 1000;
/** A page with fewer letters than this (an app's empty shell, "Loading…") has nothing to read until it changes. */
const MIN_LETTERS = 30;

export interface FirstPaint {
  /** Characters of the first slice; 0 when the page had nothing to read. */
  chars: number;
  mentions: number;
  amounts: number;
}

export interface AnnotatorOptions {
  doc: Document;
  /** The matcher, built when first needed (page-matcher.ts). */
  matcher: () => Promise<Matcher>;
  /** DealLens's own element on the page, never read. */
  ownHost: () => Element | null;
  onChange?: () => void;
  /** Told once: the first slice is painted, or the page turned out to have nothing to read. */
  onFirstPaint?: (what: FirstPaint) => void;
}

export class Annotator {
  readonly registry = new HighlightRegistry();
  lang: Lang = 'en';
  private langKnown = false;
  private readonly abort = new AbortController();
  private observer: MutationObserver | null = null;
  private dirty = new Set<Element>();
  private fullRescan = false;
  private flushing: Promise<void> | null = null;
  private matcher: Matcher | null = null;
  /** Resolves when the first full pass is done (tests and the popup wait on it). */
  readonly ready: Promise<void>;

  constructor(private readonly options: AnnotatorOptions) {
    this.ready = this.start();
  }

  private async start(): Promise<void> {
    await whenIdle(IDLE_TIMEOUT_MS);
    const body = this.options.doc.body;
    if (this.abort.signal.aborted || !body) return;
    if (this.hasText(body)) await this.annotate(body, true);
    else {
      this.options.onFirstPaint?.({ chars: 0, mentions: 0, amounts: 0 });
      this.options.onChange?.();
    }
    this.observe();
  }

  /** Whether the page has enough text to be worth a matcher: a few hundred characters read at most, unless it has less. */
  private hasText(body: HTMLElement): boolean {
    const next = textSlices(body, this.options.ownHost());
    let letters = 0;
    for (let s = next(200); s; s = next(200)) {
      letters += s.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
      if (letters >= MIN_LETTERS) return true;
    }
    return false;
  }

  /** Reads and paints everything under `root`, in tasks. */
  private async annotate(root: Element | null, first = false): Promise<void> {
    if (!root) return;
    if (!this.matcher) {
      // Its own tasks: not in the one that found the page has text, nor in the first slice's.
      await yieldToPage();
      this.matcher = await this.options.matcher();
      await yieldToPage();
    }
    const matcher = this.matcher;
    const next = textSlices(root, this.options.ownHost());
    await runInTasks(() => {
      const slice = next(SLICE_CHARS);
      if (!slice) return false;
      this.paintSlice(slice, matcher);
      if (first) {
        first = false;
        const c = this.registry.counts();
        this.options.onFirstPaint?.({ chars: slice.text.length, mentions: c.fund + c.company + c.accelerator + c.person, amounts: c.amount });
      }
      return true;
    }, this.abort.signal);
    this.options.onChange?.();
  }

  private paintSlice(page: PageText, matcher: Matcher): void {
    const start = performance.now();
    if (!this.langKnown) {
      this.lang = detectLanguage(page.text, this.options.doc.documentElement.lang);
      this.langKnown = page.text.length > 2000;
    }
    const result = analyse(page.text, { lang: this.lang, matcher, deals: false });
    for (const m of result.entities) this.add(page, m.start, m.end, m.type, { mention: m });
    for (const a of result.amounts) this.add(page, a.start, a.end, 'amount', { amount: a });
    performance.measure('deallens:annotate', {
      start,
      end: performance.now(),
      detail: { chars: page.text.length, mentions: result.entities.length, amounts: result.amounts.length },
    });
  }

  private add(page: PageText, start: number, end: number, kind: Kind, what: Pick<Entry, 'mention' | 'amount'>): void {
    const from = locate(page, start, false);
    const to = locate(page, end, true);
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    this.registry.add({ kind, range, ...what, nodes: page.nodes.slice(from.index, to.index + 1) });
  }

  /** Watches the page: new text is read, changed text re-read, text gone unpainted. */
  private observe(): void {
    if (this.abort.signal.aborted) return;
    const host = () => this.options.ownHost();
    this.observer = new MutationObserver((records) => {
      for (const r of records) {
        const h = host();
        if (h && (r.target === h || h.contains(r.target))) continue; // our own card: never a reason to re-read
        if (r.type === 'characterData') {
          const b = blockOf(r.target);
          if (b) this.dirty.add(b);
        } else if (r.type === 'childList') {
          const b = blockOf(r.target);
          if (b) this.dirty.add(b);
        } else {
          this.dirty.add(r.target as Element);
        }
      }
      if (this.dirty.size > RESCAN_THRESHOLD) this.fullRescan = true;
      this.scheduleFlush();
    });
    this.observer.observe(this.options.doc.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'style', 'class', 'open'] });
  }

  private scheduleFlush(): void {
    if (this.flushing) return;
    this.flushing = (async () => {
      // Let the burst finish: one pass for a whole re-render, not one per node.
      await new Promise((r) => setTimeout(r, 30));
      while ((this.dirty.size || this.fullRescan) && !this.abort.signal.aborted) {
        if (this.fullRescan) {
          this.fullRescan = false;
          this.dirty.clear();
          this.registry.clear();
          await this.annotate(this.options.doc.body);
          continue;
        }
        const roots = outermost([...this.dirty].filter((e) => e.isConnected));
        this.dirty.clear();
        this.registry.pruneDetached();
        for (const root of roots) {
          this.registry.dropNodes(textNodesUnder(root));
          await this.annotate(root);
        }
      }
      this.flushing = null;
    })();
  }

  /** Stops everything and removes every highlight. */
  destroy(): void {
    this.abort.abort();
    this.observer?.disconnect();
    this.registry.destroy();
  }
}

/** Drops elements inside another element of the list. */
function outermost(elements: Element[]): Element[] {
  return elements.filter((e) => !elements.some((o) => o !== e && o.contains(e)));
}

function textNodesUnder(root: Element): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
