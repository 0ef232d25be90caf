/**
 * Reads the page, runs the core on its text and paints the highlights; then keeps them right
 * while the page changes. Work is done in slices of text, each in a short task, and every
 * slice records a `deallens:annotate` user-timing measure (DESIGN.md, contract 2).
 */
import { analyse } from '../core/analyse';
import type { Lang } from '../core/kb/types';
import type { Matcher, Mention } from '../core/match/matcher';
import type { Amount } from '../core/money/recognise';
import { HighlightRegistry, type Entry } from './highlights';
import { blockOf, locate, textSlices, type PageText } from './page-text';
import { runInTasks } from './scheduler';

/** Characters read and analysed in one step: a few milliseconds of work. */
const SLICE_CHARS = 12_000;
/** Past this many changed blocks in one burst, one full rescan is cheaper than many small ones. */
const RESCAN_THRESHOLD = 300;

export interface AnnotatorOptions {
  doc: Document;
  matcher: Matcher;
  /** DealLens's own element on the page, never read. */
  ownHost: () => Element | null;
  onChange?: () => void;
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
  /** Resolves when the first full pass is done (tests and the popup wait on it). */
  readonly ready: Promise<void>;

  constructor(private readonly options: AnnotatorOptions) {
    this.ready = this.annotate(options.doc.body).then(() => this.observe());
  }

  /** Reads and paints everything under `root`, in tasks. */
  private async annotate(root: Element | null): Promise<void> {
    if (!root) return;
    const next = textSlices(root, this.options.ownHost());
    await runInTasks(() => {
      const slice = next(SLICE_CHARS);
      if (!slice) return false;
      this.paintSlice(slice);
      return true;
    }, this.abort.signal);
    this.options.onChange?.();
  }

  private paintSlice(page: PageText): void {
    const start = performance.now();
    // The language comes from the slice's own tokens, in the same pass as the rest; once a slice
    // long enough to tell has been read, it holds for the page.
    const langHint = this.options.doc.documentElement.lang;
    const result = analyse(page.text, { langHint, lang: this.langKnown ? this.lang : undefined, matcher: this.options.matcher, deals: false });
    if (!this.langKnown) {
      this.lang = result.lang;
      this.langKnown = page.text.length > 2000;
    }
    const { entities, amounts } = result;
    for (let k = 0; k < entities.length; k++) this.add(page, entities[k], null);
    for (let k = 0; k < amounts.length; k++) this.add(page, null, amounts[k]);
    performance.measure('deallens:annotate', {
      start,
      end: performance.now(),
      detail: { chars: page.text.length, mentions: result.entities.length, amounts: result.amounts.length },
    });
  }

  private add(page: PageText, mention: Mention | null, amount: Amount | null): void {
    const { start, end } = (mention ?? amount)!;
    const from = locate(page, start, false);
    // The end lies in the start's node or after it (a mention is never empty).
    const to = locate(page, end, true, end > start ? from.index : 0);
    const range = new Range();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    // Most mentions lie in one text node: no slice of the node list for them.
    const nodes = from.index === to.index ? [from.node] : page.nodes.slice(from.index, to.index + 1);
    const entry: Entry = mention ? { kind: mention.type, range, mention, nodes } : { kind: 'amount', range, amount: amount!, nodes };
    this.registry.add(entry);
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
