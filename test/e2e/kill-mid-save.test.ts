/**
 * The background stopped mid-save, again and again: the popup always ends in a clear state (saved,
 * or an error saying the save was interrupted) within a few seconds, with its button enabled; the
 * store holds whole articles only.
 */
import { expect, test } from 'vitest';
import { eachBrowser, expectNoExtensionErrors, tabIdOf } from './harness';
import { settled } from './harness/highlights';
import { storeContents } from './harness/store';
import { attr, clickAt, disabled, textOf } from './harness/ui';

const DELAYS = [0, 5, 15, 30, 60, 100, 160, 250, 400, 700];
const PAGES = ['seed-000.html', 'seed-001.html', 'seed-002.html', 'seed-003.html', 'seed-004.html', 'proposal.html'];

eachBrowser('the background stopped mid-save', (env) => {
  test(`${DELAYS.length} stops at ${DELAYS.join(', ')} ms after Save: the popup always reaches a clear state within 5 s, its button enabled`, async () => {
    const outcomes: string[] = [];
    for (const [i, delay] of DELAYS.entries()) {
      const page = await env.b.newPage(env.server.url(PAGES[i % PAGES.length]));
      await settled(page, 1);
      const tabId = await tabIdOf(env.b, page);
      const popup = await env.b.extensionPage(`popup.html?tab=${tabId}`);
      const button = '.save button.primary';
      await expect.poll(async () => (await textOf(popup, button)) !== null && !(await disabled(popup, button)), { timeout: 15_000 }).toBe(true);
      await clickAt(popup, button);
      await new Promise((r) => setTimeout(r, delay));
      const stoppedAt = Date.now();
      await env.b.stopBackground().catch(() => undefined); // already stopped, or not yet started again: either is a stop
      // A clear state: saved, or an error said, and the button usable again, within a few seconds.
      await expect.poll(() => attr(popup, '.save-state', 'data-state'), { timeout: 5_000, interval: 100 }).toMatch(/^(saved|error)$/);
      expect(await disabled(popup, button)).toBe(false);
      const state = (await attr(popup, '.save-state', 'data-state'))!;
      if (state === 'error') expect(await textOf(popup, '[role=alert]')).toMatch(/interrupted|did not answer|could not save/);
      outcomes.push(`${delay} ms: ${state} after ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s`);
      await popup.close();
      await page.close();
    }
    console.log(`${env.b.name}, stops mid-save: ${outcomes.join('; ')}`);
    // Whatever each stop interrupted, the store holds whole articles, each once.
    const { articles } = await storeContents(env.b);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    for (const a of articles) expect(a.entityIds.length).toBeGreaterThan(0);
  });

  test('no error from the extension in the browser’s log', () => expectNoExtensionErrors(env.b));
});
