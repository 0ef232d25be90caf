/**
 * Tests written once for both browsers: `eachBrowser(title, (env) => { test(...) })` runs the
 * body in Chromium and in Firefox, each with its own browser, profile and page server.
 * `DEALLENS_BROWSERS=firefox` (or chromium) narrows a local run; CI runs both and fails when
 * one is missing rather than skipping it.
 */
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { servePages, type PageServer } from './server';
import { chromiumLauncher } from './chromium';
import { firefoxLauncher } from './firefox';
import type { BrowserName, Launcher, TestBrowser, TestPage } from './types';

export type { TestBrowser, TestPage, BrowserName } from './types';

const ALL: Launcher[] = [chromiumLauncher, firefoxLauncher];
const wanted = (process.env.DEALLENS_BROWSERS ?? 'chromium,firefox').split(',').map((s) => s.trim());

export interface BrowserEnv {
  /** Replaced by a restart; the last one is closed after the file's tests. */
  b: TestBrowser;
  server: PageServer;
  launcher: Launcher;
  /** Closes the browser keeping its profile, and opens the same profile again. */
  restart(betweenRuns?: () => void): Promise<void>;
}

export function eachBrowser(title: string, body: (env: BrowserEnv, name: BrowserName) => void): void {
  for (const launcher of ALL) {
    if (!wanted.includes(launcher.name)) continue;
    const missing = launcher.unavailable();
    if (missing && process.env.CI) throw new Error(`${launcher.name}: ${missing}`);
    const suite = missing ? describe.skip : describe;
    suite(`${title} [${launcher.name}]`, () => {
      const env = { launcher } as BrowserEnv;
      env.restart = async (betweenRuns) => {
        const dir = env.b.profileDir;
        await env.b.close(true);
        betweenRuns?.();
        env.b = await launcher.launch(dir);
      };
      beforeAll(async () => {
        env.server = await servePages();
        env.b = await launcher.launch();
      });
      afterAll(async () => {
        await env.b?.close();
        await env.server?.close();
      });
      body(env, launcher.name);
    });
  }
}

/** Fails the test when the extension logged an error (the harness reads every context's log). */
export function expectNoExtensionErrors(b: TestBrowser): void {
  expect(b.extensionErrors(), `errors from the extension in ${b.name}`).toEqual([]);
}

/**
 * The tab id of a page: brought to the front, it is the active tab. (Tabs cannot be found by
 * address alike in both browsers: Chromium hides a tab's URL without the "tabs" permission, and
 * Firefox's match patterns cannot name a port.)
 */
export async function tabIdOf(b: TestBrowser, page: TestPage): Promise<number> {
  await page.bringToFront();
  return b.inExtension(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}
