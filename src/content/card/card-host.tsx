/**
 * The only element DealLens adds to a page: one host for its card, under <html> (outside the
 * body the page's scripts own), with a closed shadow root. Created on first use, removed on
 * teardown.
 */
import { render } from 'preact';
import { Card } from './Card';
import type { CardModel } from './card-model';
import { CARD_CSS } from './card-styles';

const MARGIN = 8;

export class CardHost {
  private host: HTMLElement | null = null;
  private layer: HTMLElement | null = null;
  private ring: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private open = false;

  constructor(private readonly doc: Document) {}

  get element(): Element | null {
    return this.host;
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** Whether a point is over the card (the pointer went from the highlight to the card). */
  contains(x: number, y: number): boolean {
    const card = this.layer?.querySelector('.card');
    if (!this.open || !card) return false;
    const r = card.getBoundingClientRect();
    return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
  }

  private mount(): void {
    if (this.host) return;
    this.host = this.doc.createElement('deallens-card');
    this.host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
    const shadow = this.host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = CARD_CSS;
    this.layer = this.doc.createElement('div');
    this.layer.className = 'layer';
    this.ring = this.doc.createElement('div');
    this.ring.className = 'focus-ring';
    this.ring.hidden = true;
    // Where screen readers hear which highlight the keyboard command moved to (the card itself is not focused).
    this.live = this.doc.createElement('div');
    this.live.className = 'live';
    this.live.setAttribute('role', 'status');
    this.live.setAttribute('aria-live', 'polite');
    shadow.append(style, this.ring, this.layer, this.live);
    this.doc.documentElement.append(this.host);
  }

  /** Shows the card for `model` next to `anchor`, inside the viewport; `ring` outlines the highlight. */
  show(model: CardModel, anchor: DOMRect, ring: boolean): void {
    this.mount();
    render(<Card model={model} />, this.layer!);
    const card = this.layer!.querySelector('.card') as HTMLElement;
    const vw = this.doc.documentElement.clientWidth;
    const vh = this.doc.documentElement.clientHeight;
    const { width, height } = card.getBoundingClientRect();
    let top = anchor.bottom + 6;
    if (top + height > vh - MARGIN) top = Math.max(MARGIN, anchor.top - height - 6);
    const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, vw - width - MARGIN));
    card.style.top = `${Math.round(top)}px`;
    card.style.left = `${Math.round(left)}px`;
    this.ring!.hidden = !ring;
    if (ring) {
      Object.assign(this.ring!.style, { top: `${anchor.top - 2}px`, left: `${anchor.left - 2}px`, width: `${anchor.width + 4}px`, height: `${anchor.height + 4}px` });
    }
    this.open = true;
  }

  /** Says `text` through the live region, once. */
  announce(text: string): void {
    this.mount();
    this.live!.textContent = text;
  }

  /** What the live region last said (tests, and DevTools). */
  get announced(): string {
    return this.live?.textContent ?? '';
  }

  hide(): void {
    if (!this.open || !this.layer) return;
    render(null, this.layer);
    this.ring!.hidden = true;
    this.open = false;
  }

  destroy(): void {
    if (this.layer) render(null, this.layer);
    this.host?.remove();
    this.host = this.layer = this.ring = this.live = null;
    this.open = false;
  }
}
