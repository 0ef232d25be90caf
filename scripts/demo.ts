/**
 * `npm run demo`: builds DealLens, serves the demo news pages on this machine, and opens
 * Chromium with the extension loaded on the front page. Close the browser to stop.
 * With no display (or --headless), it loads the page headless, hovers a highlight and writes a
 * screenshot to demo.png instead.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { ARGS, CHROMIUM, EXTENSION } from '../test/e2e/harness/chromium-launch';
import { ROOT, servePages } from '../test/e2e/harness/server';

async function main(): Promise<void> {
  const built = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts')], { stdio: 'inherit', cwd: ROOT });
  if (built.status !== 0) process.exit(built.status ?? 1);
  if (!CHROMIUM) {
    process.stderr.write('demo: Chromium not found. Install it (Debian: apt-get install -y chromium) and run again.\n');
    process.exit(2);
  }
  const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
  const server = await servePages();
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'deallens-demo-')), {
    executablePath: CHROMIUM,
    headless,
    viewport: headless ? { width: 1200, height: 800 } : null,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, ...ARGS],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('seed-000.html'));
  const highlights = () => page.evaluate(() => ['fund', 'company', 'accelerator', 'person', 'amount'].reduce((n, k) => n + (CSS.highlights.get(`deallens-${k}`)?.size ?? 0), 0));
  await page.waitForFunction(() => (CSS.highlights.get('deallens-fund')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
  process.stdout.write(`demo: ${server.url('index.html')} (the five seed articles are linked from it); ${await highlights()} highlights on the first article\n`);
  if (headless) {
    const point = await page.evaluate(() => {
      for (const r of CSS.highlights.get('deallens-fund') as unknown as Iterable<Range>) {
        const b = r.getClientRects()[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
      return null;
    });
    if (point) await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(ROOT, 'demo.png') });
    process.stdout.write('demo: no display here, so it ran headless; see demo.png (a card open on Alliance Ventures)\n');
    await context.close();
    await server.close();
    return;
  }
  await page.goto(server.url('index.html'));
  process.stdout.write('demo: Chromium is open with DealLens; close it to stop.\n');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  await server.close();
}

void main();
