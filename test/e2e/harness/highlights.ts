/** What DealLens painted on a page, read from the page's CSS highlight registry (contract 1), in either browser. */
import type { TestPage } from './types';

export interface PaintedRange {
  kind: string;
  text: string;
  /** Tag names from the range's start node up to <html>. */
  ancestors: string[];
}

export const KINDS = ['fund', 'company', 'accelerator', 'person', 'amount', 'unknown'];

export function painted(page: TestPage): Promise<PaintedRange[]> {
  return page.evaluate((kinds) => {
    const out: { kind: string; text: string; ancestors: string[] }[] = [];
    for (const kind of kinds) {
      const h = CSS.highlights.get(`deallens-${kind}`);
      if (!h) continue;
      h.forEach((r) => {
        const range = r as Range;
        const ancestors: string[] = [];
        for (let n: Node | null = range.startContainer; n; n = n.parentNode) if (n.nodeType === 1) ancestors.push((n as Element).tagName);
        out.push({ kind, text: range.toString(), ancestors });
      });
    }
    return out;
  }, KINDS);
}

/** Waits until at least `min` highlights are painted and their number stops changing. */
export async function settled(page: TestPage, min = 1, timeout = 15_000): Promise<PaintedRange[]> {
  const until = Date.now() + timeout;
  let last = -1;
  let stable = 0;
  for (;;) {
    const now = await painted(page);
    if (now.length >= min && now.length === last) {
      if (++stable >= 3) return now;
    } else stable = 0;
    last = now.length;
    if (Date.now() > until) return now;
    await new Promise((r) => setTimeout(r, 150));
  }
}
