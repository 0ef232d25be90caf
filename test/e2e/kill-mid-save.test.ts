/**
 * A service worker killed mid-save, again and again: the popup always ends in a clear state (saved,
 * or an error saying the save was interrupted) within a few seconds, with its button enabled; the
 * store holds whole articles only.
 */
import { describe, expect, test } from 'vitest';
import { settled, storeContents, useExtension } from './fixtures';
import { currentWorker, frontTabId, stopWorker } from './worker-control';

const env = useExtension();
const DELAYS = [0, 5, 15, 30, 60, 100, 160, 250, 400, 700];
const PAGES = ['seed-000.html', 'seed-001.html', 'seed-002.html', 'seed-003.html', 'seed-004.html', 'proposal.html'];

describe('the service worker stopped mid-save', () => {
  test(`${DELAYS.length} kills at ${DELAYS.join(', ')} ms after Save: the popup always reaches a clear state within 5 s, its button enabled`, async () => {
    const outcomes: string[] = [];
    for (const [i, delay] of DELAYS.entries()) {
      const page = await env.ext.context.newPage();
      await page.goto(env.server.url(PAGES[i % PAGES.length]));
      await settled(page, 1);
      await page.bringToFront();
      const tabId = await frontTabId(env.ext);
      const popup = await env.ext.context.newPage();
      await popup.goto(`chrome-extension://${env.ext.extensionId}/popup.html?tab=${tabId}`);
      const button = popup.locator('.save button.primary');
      await expect.poll(() => button.isEnabled(), { timeout: 15_000 }).toBe(true);
      await button.click();
      await popup.waitForTimeout(delay);
      const killedAt = Date.now();
      await stopWorker(env.ext, popup);
      // A clear state: saved, or an error said, and the button usable again, within a few seconds.
      await expect.poll(() => popup.locator('.save-state').getAttribute('data-state'), { timeout: 5_000, interval: 100 }).toMatch(/^(saved|error)$/);
      expect(await button.isEnabled()).toBe(true);
      const state = (await popup.locator('.save-state').getAttribute('data-state'))!;
      if (state === 'error') expect(await popup.getByRole('alert').textContent()).toMatch(/interrupted|did not answer|could not save/);
      outcomes.push(`${delay} ms: ${state} after ${((Date.now() - killedAt) / 1000).toFixed(1)} s`);
      await popup.close();
      await page.close();
    }
    console.log(`kills mid-save: ${outcomes.join('; ')}`);
    // Whatever each kill interrupted, the store holds whole articles, each once.
    const { articles } = await storeContents(await currentWorker(env.ext));
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    for (const a of articles) expect(a.entityIds.length).toBeGreaterThan(0);
  });
});
