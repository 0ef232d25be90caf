/** Reader's gestures on extension pages, written once for both browsers with CSS selectors and visible text. */
import type { TestPage } from './types';

/** Clicks (a real pointer click) the first element matching `selector` whose text contains `text`. */
export async function clickText(page: TestPage, selector: string, text: string | null = null, timeout = 15_000): Promise<void> {
  const point = await page.waitFor(
    ({ selector, text }) => {
      const el = [...document.querySelectorAll<HTMLElement>(selector)].find((e) => text === null || (e.textContent ?? '').includes(text) || e.getAttribute('aria-label') === text);
      if (!el || el.getClientRects().length === 0) return null;
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    { selector, text },
    timeout,
  );
  await page.mouseClick(point!.x, point!.y);
}

/** The trimmed text of the first element matching `selector`, or null. */
export function textOf(page: TestPage, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent?.trim() ?? null, selector);
}

/** Polls until the text of `selector` satisfies `ok`; returns it. */
export async function waitText(page: TestPage, selector: string, ok: (t: string) => boolean, timeout = 15_000): Promise<string> {
  const until = Date.now() + timeout;
  let last: string | null = null;
  for (;;) {
    last = await textOf(page, selector).catch(() => null);
    if (last !== null && ok(last)) return last;
    if (Date.now() > until) throw new Error(`"${selector}" never had the expected text; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
