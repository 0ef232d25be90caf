/**
 * What a reader sees, compared by pixels: the card lives in a closed shadow root that BiDi cannot
 * read, so in both browsers its opening is checked on the screen itself.
 */
import { PNG } from 'pngjs';
import type { TestPage } from './types';

export interface Changed {
  pixels: number;
  box: { x: number; y: number; width: number; height: number } | null;
}

/** The pixels that differ between two screenshots of the same viewport, and their bounding box. */
export function changed(before: Buffer, after: Buffer): Changed {
  const a = PNG.sync.read(before);
  const b = PNG.sync.read(after);
  if (a.width !== b.width || a.height !== b.height) throw new Error('screenshots of different sizes');
  let pixels = 0;
  let x0 = Infinity, y0 = Infinity, x1 = -1, y1 = -1;
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const i = (y * a.width + x) * 4;
      const d = Math.abs(a.data[i] - b.data[i]) + Math.abs(a.data[i + 1] - b.data[i + 1]) + Math.abs(a.data[i + 2] - b.data[i + 2]);
      if (d <= 24) continue;
      pixels++;
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  }
  return { pixels, box: pixels ? { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 } : null };
}

/** Polls screenshots until they differ from `before` by at least `min` pixels (or by at most `max`, to see a thing go). */
export async function waitForScreen(page: TestPage, before: Buffer, test: (c: Changed) => boolean, timeout = 10_000): Promise<Changed> {
  const until = Date.now() + timeout;
  let last: Changed;
  for (;;) {
    last = changed(before, await page.screenshot());
    if (test(last)) return last;
    if (Date.now() > until) throw new Error(`the screen never changed as expected (last: ${last.pixels} pixels in ${JSON.stringify(last.box)})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A screenshot once the screen has stopped changing (a card that fills in after it opened, say). */
export async function stillScreen(page: TestPage, timeout = 10_000): Promise<Buffer> {
  const until = Date.now() + timeout;
  let last = await page.screenshot();
  for (;;) {
    await new Promise((r) => setTimeout(r, 250));
    const now = await page.screenshot();
    if (changed(last, now).pixels === 0 || Date.now() > until) return now;
    last = now;
  }
}
