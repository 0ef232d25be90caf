/**
 * How a reader reaches a card: by hovering a highlight, or with the keyboard command that
 * moves to the next or previous one. Escape closes it. Nothing here ever takes the focus.
 */
import browser from 'webextension-polyfill';
import { cardModel } from './card/card-model';
import type { EntityCard } from '../core/kb/entity-card';
import { askBackground } from '../platform/send';
import type { CardHost } from './card/card-host';
import type { Entry, HighlightRegistry } from './highlights';

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(doc: Document, x: number, y: number): CaretPoint | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(x, y);
  return legacy ? { node: legacy.startContainer, offset: legacy.startOffset } : null;
}

function rectUnder(range: Range, x: number, y: number): DOMRect | null {
  for (const r of range.getClientRects()) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return r;
  return null;
}

export class Interaction {
  private current: Entry | null = null;
  /** Entities' card details, as the background last gave them (shown at once when the card opens again). */
  private readonly details = new Map<string, EntityCard>();
  private index = -1;
  private frame = 0;
  private hideTimer = 0;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly registry: HighlightRegistry,
    private readonly card: CardHost,
    /** The year for exchange rates, read when a card first needs it. */
    private readonly year: () => number,
  ) {
    const opts = { passive: true, signal: this.abort.signal } as const;
    // Only the reader's own pointer opens a card: a page's synthetic (untrusted) events do not.
    doc.addEventListener('mousemove', (e) => e.isTrusted && this.onMove(e.clientX, e.clientY), opts);
    doc.addEventListener('keydown', (e) => {
      if (e.key === 'Escape' && this.card.isOpen) this.close();
    }, { capture: true, signal: this.abort.signal });
    doc.defaultView?.addEventListener('scroll', () => this.current && this.index < 0 && this.close(), opts);
  }

  private onMove(x: number, y: number): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.hitTest(x, y);
    });
  }

  private hitTest(x: number, y: number): void {
    if (this.card.contains(x, y)) {
      clearTimeout(this.hideTimer);
      return;
    }
    const caret = caretAt(this.doc, x, y);
    if (caret && caret.node.nodeType === Node.TEXT_NODE) {
      for (const entry of this.registry.entriesAt(caret.node as Text)) {
        if (!entry.range.isPointInRange(caret.node, caret.offset) && !(entry.range.endContainer === caret.node && entry.range.endOffset === caret.offset)) continue;
        const rect = rectUnder(entry.range, x, y);
        if (!rect) continue;
        clearTimeout(this.hideTimer);
        if (entry !== this.current) this.open(entry, rect, false);
        return;
      }
    }
    // Off any highlight: close after a moment, so the pointer can travel to the card.
    if (this.current && this.index < 0) {
      clearTimeout(this.hideTimer);
      this.hideTimer = window.setTimeout(() => this.close(), 250);
    }
  }

  private open(entry: Entry, anchor: DOMRect, ring: boolean): void {
    const id = entry.mention?.id;
    const details = id ? (this.details.get(id) ?? null) : null;
    const model = cardModel(entry, this.year(), details);
    if (!model) return;
    this.current = entry;
    this.card.show(model, anchor, ring);
    if (id) {
      // The entity's line, relations and deals live in the background: shown as soon as they come. Asked at
      // every opening (what was had shows meanwhile): the reader may have confirmed a deal since.
      void askBackground('entity-card', { id })
        .then(({ ok: _, ...card }) => {
          const had = this.details.get(id);
          this.details.set(id, card);
          if (had && JSON.stringify(had) === JSON.stringify(card)) return;
          const again = this.current === entry ? cardModel(entry, this.year(), card) : null;
          if (again) this.card.show(again, anchor, ring);
        })
        .catch(() => undefined);
    }
  }

  /** Moves to the next (1) or previous (-1) highlight, scrolls it into view and opens its card. */
  step(direction: 1 | -1): { index: number; total: number } {
    const all = this.registry.inOrder();
    if (all.length === 0) return { index: -1, total: 0 };
    const from = this.index >= 0 && all[this.index] === this.current ? this.index : direction > 0 ? -1 : 0;
    this.index = (from + direction + all.length) % all.length;
    const entry = all[this.index];
    const el = entry.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const rect = entry.range.getBoundingClientRect();
    this.open(entry, rect, true);
    const model = cardModel(entry, this.year());
    if (model) {
      // An amount the text does not count is announced as written ("zweistelliger Millionenbetrag").
      const what = model.kind === 'amount' ? model.normalised ?? model.text : model.name;
      this.card.announce(browser.i18n.getMessage('stepAnnounce', [what, browser.i18n.getMessage(`kind_${model.kind}`), String(this.index + 1), String(all.length)]));
    }
    return { index: this.index, total: all.length };
  }

  /** Scrolls to an entity's first mention and opens its card, outlined: the popup's "show me". */
  reveal(entityId: string): boolean {
    const all = this.registry.inOrder();
    const at = all.findIndex((e) => e.mention?.id === entityId);
    if (at < 0) return false;
    this.index = at;
    const entry = all[at];
    entry.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.open(entry, entry.range.getBoundingClientRect(), true);
    return true;
  }

  close(): void {
    clearTimeout(this.hideTimer);
    this.current = null;
    this.index = -1;
    this.card.hide();
  }

  destroy(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.hideTimer);
    this.close();
  }
}
