/**
 * A benchmark's page side in Chromium: its entry bundled (esbuild, as one IIFE), served on
 * 127.0.0.1 with a page that loads it, and opened in Debian's Chromium, so it runs on the real
 * IndexedDB. The caller evaluates its `window.__…` function and closes.
 */
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { ARGS, CHROMIUM } from '../test/e2e/harness/chromium-launch';
import { servePages, type PageServer } from '../test/e2e/harness/server';

export async function openBenchPage(entry: string, name: string): Promise<{ page: Page; server: PageServer; close: () => Promise<void> }> {
  const bundle = await build({ entryPoints: [entry], bundle: true, format: 'iife', write: false, target: 'chrome120', logLevel: 'warning' });
  const server = await servePages();
  server.routes.set(`/${name}.js`, bundle.outputFiles[0].text);
  server.routes.set(`/${name}.html`, `<!doctype html><html><body><script src="/${name}.js"></script></body></html>`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  const page = await browser.newPage();
  await page.goto(server.url(`${name}.html`));
  return {
    page,
    server,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
