/**
 * Reads the page, runs the core on its text and paints the highlights; then keeps them right
 * while the page changes. Work is done in slices of text, each in a short task, and every
 * slice records a `deallens:annotate` user-timing measure (DESIGN.md, contract 2).
 *
 * It starts once the page is idle, and only if the page has text to read. A change re-reads
 * only the runs of text it touched (text-runs.ts), at a pace the page's changes cannot force
 * up (page-changes.ts); a repaint replaces a run's old ranges in the same task as it adds the
 * new ones, so highlights never flicker.
 */
import { analyseText, documentNames, type DocumentNames } from '../core/analyse-text';
import { setApartSpans } from './set-apart';
import type { Lang } from '../core/kb/types';
import type { Matcher } from '../core/match/matcher';
import { HighlightRegistry, type Entry, type Kind } from './highlights';
import { PageChanges, type Changes } from './page-changes';
import { locate, skipReason, textSlices, type PageText, type TextUnit } from './page-text';
import { nextRenderTime, runInTasks, whenIdle, yieldToPage } from './scheduler';
import { RunFinder, mergeUnits } from './text-runs';

/** Characters read and analysed in one step: a few milliseconds of work. */
const SLICE_CHARS = 12_000;
/** The page's own loading work goes first, but not for longer than this. */
const IDLE_TIMEOUT_MS = 1000;
/** A page with fewer letters than this (an app's empty shell, "Loading…") has nothing to read until it changes. */
const MIN_LETTERS = 30;
/** Changed nodes turned into runs per step. */
const SEEDS_PER_STEP = 50;
/**
 * During a long read, the highlights found are painted at most this often, and never sooner
 * than twenty times what the last repaint took: changing highlights makes the browser repaint
 * the page, which is cheap for an article and takes a second for a 20 MB text node.
 */
const COMMIT_MS = 300;
const REPAINT_SHARE = 20;
/** Elements remembered as not shown, to read when a change shows them. */
const MAX_HIDDEN = 20_000;

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
  /** Whether to find names DealLens has never seen (the reader's setting, read at each pass). */
  discover: () => boolean;
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
  private changes: PageChanges | null = null;
  private matcher: Matcher | null = null;
  /** What the page has named so far, for short forms in later slices; reset with the matcher. */
  private names: DocumentNames | null = null;
  /** How long the browser took to repaint after the last change of highlights. */
  private repaintMs = 0;
  /** Elements left unread because they were not shown. */
  private readonly hidden = new Set<Element>();
  /** Resolves when the first full pass is done (tests and the popup wait on it). */
  readonly ready: Promise<void>;

  constructor(private readonly options: AnnotatorOptions) {
    this.ready = this.start();
  }

  private async start(): Promise<void> {
    await whenIdle(IDLE_TIMEOUT_MS);
    const body = this.options.doc.body;
    if (this.abort.signal.aborted || !body) return;
    // Watched from the first read on; what changes meanwhile is read after it.
    this.changes = new PageChanges(body, this.options.ownHost, (c) => this.onChanges(c));
    if (this.hasText(body)) await this.read(null, { first: true });
    else this.options.onFirstPaint?.({ chars: 0, mentions: 0, amounts: 0 });
    if (this.abort.signal.aborted) return;
    this.changes.resume();
    this.options.onChange?.();
  }

  /** Whether the page has enough text to be worth a matcher: a few hundred characters read at most, unless it has less. */
  private hasText(body: HTMLElement): boolean {
    const next = textSlices(body, this.options.ownHost(), { onHidden: this.onHidden });
    let letters = 0;
    for (let s = next(200); s; s = next(200)) {
      letters += s.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
      if (letters >= MIN_LETTERS) return true;
    }
    return false;
  }

  /** The matcher changed (the reader's knowledge base): everything is read again, the old highlights kept until replaced. */
  rematch(): void {
    this.matcher = null;
    this.names = null;
    this.changes?.readEverything();
  }

  /**
   * Reads and paints the page's text (or only `units`), in tasks. `sweep` drops, at the end,
   * what the read did not reach (hidden or gone). Resolves to the time spent working.
   */
  private async read(units: TextUnit[] | null, how: { first?: boolean; sweep?: boolean } = {}): Promise<number> {
    const body = this.options.doc.body;
    if (!body) return 0;
    if (!this.matcher) {
      // Its own tasks: not in the one that found the page has text, nor in the first slice's.
      await yieldToPage();
      this.matcher = await this.options.matcher();
      this.names = documentNames(this.matcher);
      await yieldToPage();
    }
    const matcher = this.matcher;
    const next = textSlices(body, this.options.ownHost(), { units: units ?? undefined, onHidden: this.onHidden });
    const seen = how.sweep ? new Set<Text>() : null;
    let first = how.first;
    this.registry.beginRead();
    let nextCommit = 0;
    const worked = await runInTasks(() => {
      const slice = next(SLICE_CHARS);
      if (!slice) return false;
      this.paintSlice(slice, matcher);
      if (seen) for (const n of slice.nodes) seen.add(n);
      if (first || performance.now() >= nextCommit) {
        this.commit();
        nextCommit = performance.now() + Math.max(COMMIT_MS, REPAINT_SHARE * this.repaintMs);
      }
      if (first) {
        first = false;
        const c = this.registry.counts();
        this.options.onFirstPaint?.({ chars: slice.text.length, mentions: c.fund + c.company + c.accelerator + c.person, amounts: c.amount });
      }
      return true;
    }, this.abort.signal);
    if (seen && !this.abort.signal.aborted) this.registry.dropAllBut(seen);
    return worked + this.commit();
  }

  /** Paints the highlights found so far; resolves to the repaint it is expected to cost (the last one measured). */
  private commit(): number {
    if (!this.registry.commit()) return 0;
    void nextRenderTime().then((ms) => (this.repaintMs = ms));
    return this.repaintMs;
  }

  private paintSlice(page: PageText, matcher: Matcher): void {
    const start = performance.now();
    // The language comes from the slice's own tokens, in the same pass as the rest; once a slice
    // long enough to tell has been read, it holds for the page.
    const langHint = this.options.doc.documentElement.lang;
    const result = analyseText(page.text, { langHint, lang: this.langKnown ? this.lang : undefined, matcher, names: this.names ?? undefined, discover: this.options.discover(), setApart: setApartSpans(page) });
    if (!this.langKnown) {
      this.lang = result.lang;
      this.langKnown = page.text.length > 2000;
    }
    // What this read replaces goes in the same task as the new ranges come: no gap is ever painted.
    this.registry.dropParts(page.nodes, page.from, page.to);
    for (const m of result.entities) this.add(page, m.start, m.end, m.type, { mention: m });
    for (const a of result.amounts) this.add(page, a.start, a.end, 'amount', { amount: a });
    for (const u of result.unknown) this.add(page, u.start, u.end, 'unknown', { unknown: u });
    performance.measure('deallens:annotate', {
      start,
      end: performance.now(),
      detail: { chars: page.text.length, mentions: result.entities.length, amounts: result.amounts.length },
    });
  }

  private add(page: PageText, start: number, end: number, kind: Kind, what: Pick<Entry, 'mention' | 'amount' | 'unknown'>): void {
    const from = locate(page, start, false);
    const to = locate(page, end, true, from.index);
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    // Most mentions lie in one text node: no slice of the node list for them.
    const nodes = from.index === to.index ? [from.node] : page.nodes.slice(from.index, to.index + 1);
    this.registry.add({ kind, range, ...what, nodes });
  }

  /** What the page changed, read again: only the runs touched, and what a change of style showed or hid. */
  private async onChanges(c: Changes): Promise<number> {
    const body = this.options.doc.body;
    if (!body || this.abort.signal.aborted) return 0;
    const t0 = performance.now();
    this.registry.pruneDetached();
    let worked = performance.now() - t0;
    if (c.everything) worked += await this.read(null, { sweep: true });
    else {
      const seeds = [...c.seeds];
      const units: TextUnit[] = [];
      let styledDone = false;
      let i = 0;
      worked += await runInTasks(() => {
        // One finder per step: what it remembers of the page holds only until the page next runs.
        const finder = new RunFinder(body, this.options.ownHost());
        if (!styledDone) {
          styledDone = true;
          this.checkShown(c.styled, finder, seeds);
        }
        for (const end = Math.min(seeds.length, i + SEEDS_PER_STEP); i < end; i++) {
          const unit = finder.unitOf(seeds[i]);
          if (unit) units.push(unit);
          else this.rememberHidden(seeds[i]);
        }
        return i < seeds.length;
      }, this.abort.signal);
      if (units.length) worked += await this.read(mergeUnits(units));
    }
    worked += this.commit();
    this.options.onChange?.();
    return worked;
  }

  /**
   * Elements whose hidden, style, class or open attribute changed: what they now hide is
   * unpainted, what they now show is read (added to `seeds`). Checked on the painted text and
   * on the elements remembered as hidden only, each climbing to the nearest restyled element:
   * no text is read for a change that shows and hides nothing, and a thousand restyled
   * elements cost one pass over what is painted.
   */
  private checkShown(styled: Element[], finder: RunFinder, seeds: Node[]): void {
    if (styled.length === 0) return;
    const restyled = new Set(styled.filter((e) => e.isConnected));
    const under = (el: Element) => {
      for (let a: Element | null = el; a; a = a.parentElement) if (restyled.has(a)) return true;
      return false;
    };
    for (const el of restyled) if (skipReason(el, this.options.ownHost()) === 'hidden') this.rememberHidden(el);
    const hiddenNow = new Set<Element>();
    for (const p of this.registry.paintedParents()) {
      if (under(p) && !finder.readable(p)) {
        hiddenNow.add(p);
        this.rememberHidden(p);
      }
    }
    if (hiddenNow.size) this.registry.dropWhereParent(hiddenNow);
    for (const h of this.hidden) {
      if (!h.isConnected) this.hidden.delete(h);
      else if (under(h) && finder.readable(h)) {
        this.hidden.delete(h);
        seeds.push(h);
      }
    }
  }

  /** A read skipped `el` as not shown: its ancestors are shown (the read reached it), so it is the one to remember. */
  private readonly onHidden = (el: Element) => {
    if (this.hidden.size < MAX_HIDDEN) this.hidden.add(el);
  };

  /** Remembers the outermost element that keeps `node` from being shown, to read it when it is. */
  private rememberHidden(node: Node): void {
    if (this.hidden.size >= MAX_HIDDEN) return;
    const body = this.options.doc.body;
    const own = this.options.ownHost();
    let top: Element | null = null;
    for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el && el !== body?.parentElement; el = el.parentElement) {
      if (skipReason(el, own) === 'hidden') top = el;
    }
    if (top) this.hidden.add(top);
  }

  /** Stops everything and removes every highlight. */
  destroy(): void {
    this.abort.abort();
    this.changes?.stop();
    this.registry.destroy();
  }
}
