/**
 * The service worker as the browser treats it: stopped at any moment (CDP
 * ServiceWorker.stopAllWorkers, what chrome://serviceworker-internals's Stop does), and woken again
 * by the next event. Tests ask for the current worker rather than keep the one they started with.
 */
import type { Page, Worker } from 'playwright-core';
import type { ExtensionBrowser } from './fixtures';

/** Stops every service worker now, through a CDP session on any page. */
export async function stopWorker(ext: ExtensionBrowser, from: Page): Promise<void> {
  const cdp = await ext.context.newCDPSession(from);
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The running worker, waiting for the browser to start it again when it was stopped. */
export async function currentWorker(ext: ExtensionBrowser): Promise<Worker> {
  const running = ext.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${ext.extensionId}/`));
  if (running) {
    const alive = await running.evaluate(() => true).catch(() => false);
    if (alive) return running;
  }
  return ext.context.waitForEvent('serviceworker', { timeout: 20_000 });
}

/** The id of the tab in front (the page a test just brought to front). */
export async function frontTabId(ext: ExtensionBrowser): Promise<number> {
  const worker = await currentWorker(ext);
  return (await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id))!;
}
