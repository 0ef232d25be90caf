import { expect, test } from 'vitest';
import { eachBrowser, expectNoExtensionErrors } from './harness';
import { settled } from './harness/highlights';
import { waitForScreen } from './harness/screen';
import type { TestPage } from './harness/types';

/** The centre of the first range of a highlight kind, in viewport pixels. */
function firstHighlight(page: TestPage, kind: string): Promise<{ x: number; y: number; bottom: number }> {
  return page.evaluate((k) => {
    let found: Range | null = null;
    CSS.highlights.get(`deallens-${k}`)?.forEach((r) => {
      found ??= r as Range;
    });
    if (!found) throw new Error(`no ${k} highlight`);
    const rect = (found as Range).getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, bottom: rect.bottom };
  }, kind);
}

/** A card is a box of a few hundred pixels each way. */
const cardShown = (c: { pixels: number; box: { width: number; height: number } | null }) => c.pixels > 8000 && (c.box?.width ?? 0) > 150 && (c.box?.height ?? 0) > 60;

eachBrowser('the hover card', (env) => {
  test('hovering a highlight opens its card beside it; Escape closes it', async () => {
    const page = await env.b.newPage(env.server.url('seed-000.html'));
    await settled(page, 10);
    const at = await firstHighlight(page, 'person');
    await page.mouseMove(5, 5);
    const before = await page.screenshot();
    await page.mouseMove(at.x, at.y);
    const open = await waitForScreen(page, before, cardShown);
    // Beside the name: the changed region starts near the highlight's line.
    expect(Math.abs(open.box!.y - at.bottom)).toBeLessThan(400);
    await page.press('Escape');
    await waitForScreen(page, before, (c) => c.pixels < 200);
    await page.close();
  });

  test('the keyboard command "next highlight" opens the card of the first highlight', async () => {
    const page = await env.b.newPage(env.server.url('seed-000.html'));
    await settled(page, 10);
    await page.mouseMove(5, 5);
    await page.bringToFront();
    const before = await page.screenshot();
    await env.b.command('next-highlight');
    await waitForScreen(page, before, cardShown);
    await page.press('Escape');
    await waitForScreen(page, before, (c) => c.pixels < 200);
    await page.close();
  });

  test('no error from the extension in the browser’s log', () => expectNoExtensionErrors(env.b));
});
