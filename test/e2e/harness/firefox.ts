/**
 * The fixture layer in Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
 *
 * What differs from Chromium, and why it is done so here:
 * - The add-on is side-loaded into the profile (`extensions/<gecko id>` holding the path of
 *   dist/firefox, unsigned add-ons allowed as ESR permits) rather than installed as a temporary
 *   add-on, so that it is still there when the same profile is opened again (restart tests).
 * - The moz-extension UUID is pinned by a pref, so extension pages have a known address.
 * - BiDi sends no navigation events for moz-extension pages, so they are opened by navigating
 *   the browsing context without waiting and polling `document.readyState`.
 * - The background is an event page that tests cannot evaluate in; extension code runs in an
 *   extension page (a tab kept open for it), with the same WebExtension API.
 * - Keyboard shortcuts and menu clicks are handled by Firefox's parent process: with
 *   `--remote-allow-system-access`, BiDi evaluates in the browser window, where the command is
 *   fired through the very <key> element Firefox built for the manifest's shortcut, and a menu
 *   click is reported the way Firefox's menus report one.
 * - Console messages of extension pages and of the background do not reach BiDi's log events;
 *   with `devtools.console.stdout.*` Firefox writes them to its stdout, which is read here.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type JSHandle, type Page } from 'puppeteer-core';
import { ROOT } from './server';
import type { Download, InPage, Launcher, TestBrowser, TestPage } from './types';

export const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox', process.env.FIREFOX_PATH].find((p) => p && existsSync(p));
const EXTENSION = join(ROOT, 'dist/firefox');
const GECKO_ID = 'deallens@deallens.app';
const UUID = '5e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';
const ORIGIN = `moz-extension://${UUID}`;

/** Downloads go straight to the profile's downloads/ folder, with no dialog. */
const downloadPrefs = (dir: string) => ({
  'browser.download.folderList': 2,
  'browser.download.dir': dir,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.alwaysOpenPanel': false,
  'browser.download.start_downloads_in_tmp_dir': false,
});

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
  'xpinstall.signatures.required': false,
  // Side-loaded add-ons in the profile start enabled, without the "new add-on" prompt.
  'extensions.autoDisableScopes': 0,
  'extensions.enabledScopes': 15,
  'extensions.startupScanScopes': 15,
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': true,
  // No network but loopback: nothing of Firefox's own calls home or waits for it.
  'network.dns.disableIPv6': true,
  'browser.shell.checkDefaultBrowser': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
};

/** The WebDriver BiDi connection under puppeteer's Browser, for the commands it has no method for. */
const bidi = (browser: Browser) => (browser as unknown as { connection: { send: (method: string, params: object) => Promise<unknown> } }).connection;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Evaluates in Firefox's browser window (parent process, privileged): see FirefoxBrowser.inBrowserWindow. */
type InBrowserWindow = <R>(expression: string) => Promise<R>;

/**
 * BiDi reports no navigation for extension pages: the document there now is marked, the
 * navigation started, and the page polled until an unmarked document at `url` has loaded.
 */
async function navigated(page: Page, url: string, start: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __e2eLeft?: boolean }).__e2eLeft = true)).catch(() => undefined);
  await start();
  const until = Date.now() + 20_000;
  for (;;) {
    const state = await page.evaluate(() => ({ left: Boolean((window as unknown as { __e2eLeft?: boolean }).__e2eLeft), href: location.href, ready: document.readyState })).catch(() => null);
    if (state && !state.left && state.href.startsWith(url.replace(/#.*$/, '')) && state.ready === 'complete') return;
    if (Date.now() > until) throw new Error(`${url} did not load (${JSON.stringify(state)})`);
    await sleep(100);
  }
}

/**
 * Waits until `fn` is truthy in the page, asking from here every 100 ms. Not puppeteer's
 * waitForFunction: its polling builds functions in the page (new Function), which an extension
 * page's CSP blocks in Firefox 140.12 ("call to Function() blocked by CSP").
 */
async function poll<R, A>(page: Page, fn: InPage<A, R>, arg?: A, timeout = 15_000): Promise<R> {
  const until = Date.now() + timeout;
  let last: unknown = null;
  for (;;) {
    // A DOM node is truthy but not JSON: the caller gets `true` for it.
    const value = await (page.evaluateHandle as (f: unknown, a: unknown) => Promise<JSHandle>).call(page, fn, arg).then(
      async (h) => {
        const v = h.asElement() ? true : await h.jsonValue().catch(() => true);
        await h.dispose().catch(() => undefined);
        return v;
      },
      (err: Error) => ((last = err), null),
    );
    if (value) return value as R;
    if (Date.now() > until) throw new Error(`Waiting failed${last ? ` (${String((last as Error).message ?? last).split('\n')[0]})` : ''} waiting for ${String(fn).slice(0, 160)} (${JSON.stringify(arg)})`);
    await sleep(100);
  }
}

const present = (page: Page, selector: string) => poll(page, (s) => document.querySelector(s) !== null, selector);
const shown = (page: Page, selector: string) =>
  poll(page, (s) => {
    const el = document.querySelector(s);
    return el !== null && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  }, selector);

function wrapPage(browser: Browser, page: Page, inBrowserWindow: InBrowserWindow): TestPage {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
  const self: TestPage = {
    consoleErrors: () => [...errors],
    goto: async (url) => {
      if (url.startsWith('moz-extension:')) {
        return navigated(page, url, () => bidi(browser).send('browsingContext.navigate', { context: (page.mainFrame() as unknown as { _id: string })._id, url, wait: 'none' }));
      }
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: <R, A>(fn: InPage<A, R>, arg?: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    waitFor: (fn, arg, timeout) => poll(page, fn, arg, timeout),
    fill: async (selector, text) => {
      await shown(page, selector);
      await page.click(selector);
      await page.evaluate((s) => (document.querySelector(s) as HTMLInputElement | HTMLTextAreaElement).select(), selector);
      await page.keyboard.press('Backspace');
      await page.keyboard.type(text);
    },
    addScript: async (source) => {
      await page.evaluate(source);
    },
    focus: async (selector) => {
      await present(page, selector);
      await page.focus(selector);
    },
    type: (text) => page.keyboard.type(text),
    press: async (chord) => {
      // Playwright's chord syntax ("Alt+Shift+J"), held and released in order.
      const keys = chord.split('+') as never[];
      const main = keys.pop()!;
      for (const k of keys) await page.keyboard.down(k);
      await page.keyboard.press(main);
      for (const k of keys.reverse()) await page.keyboard.up(k);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    setInputFile: async (selector, path) => {
      await present(page, selector);
      const input = await page.$(selector);
      await (input as unknown as { uploadFile: (p: string) => Promise<void> }).uploadFile(path);
    },
    screenshot: async (clip) => Buffer.from(await page.screenshot({ clip, encoding: 'binary' })),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      // puppeteer's page.url() never hears of extension pages (no navigation events): ask the page.
      const url = await page.evaluate(() => location.href);
      if (!url.startsWith('moz-extension:')) {
        await page.reload({ waitUntil: 'load' });
        return;
      }
      await navigated(page, url, () => page.evaluate(() => setTimeout(() => location.reload(), 0)));
    },
    url: () => page.evaluate(() => location.href),
    setViewport: (width, height) => page.setViewport({ width, height }),
    // Firefox's own override of the system's scheme, for the content of every tab.
    colorScheme: async (scheme) => {
      await inBrowserWindow(`Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`);
      await poll(page, (dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, scheme === 'dark', 5000);
    },
    close: () => page.close(),
  };
  return self;
}

class FirefoxBrowser implements TestBrowser {
  readonly name = 'firefox' as const;
  readonly origin = ORIGIN;
  readonly shadow = null;
  private readonly errors: string[] = [];
  private control: TestPage | null = null;

  constructor(
    private readonly browser: Browser,
    readonly profileDir: string,
  ) {
    const read = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        // Uncaught errors and console.error of the extension's scripts and pages.
        if (/^JavaScript error: /.test(line) && line.includes(ORIGIN)) this.errors.push(line);
        else if (/^console\.error: /.test(line) && /DealLens|deallens|moz-extension/.test(line)) this.errors.push(line);
      }
    };
    browser.process()?.stdout?.on('data', read);
    browser.process()?.stderr?.on('data', read);
  }

  async newPage(url?: string): Promise<TestPage> {
    const page = wrapPage(this.browser, await this.browser.newPage(), (e) => this.inBrowserWindow(e));
    if (url) await page.goto(url);
    return page;
  }

  extensionPage(path: string): Promise<TestPage> {
    return this.newPage(`${ORIGIN}/${path}`);
  }

  /** An extension page kept open to run extension code in (the background page cannot be evaluated in). */
  private async controlPage(): Promise<TestPage> {
    this.control ??= await this.extensionPage('options.html#test-control');
    return this.control;
  }

  async inExtension<R, A>(fn: InPage<A, R>, arg?: A): Promise<R> {
    return (await this.controlPage()).evaluate(fn, arg);
  }


  /**
   * A tab on about:preferences, opened at launch: a privileged page (system principal, in the
   * parent process) where BiDi can still evaluate, since Firefox ESR 140.12 lists no chrome
   * contexts ("moz:scope": "chrome") and Marionette would need a second session.
   */
  private privileged: string | null = null;

  async openPrivilegedTab(): Promise<void> {
    const page = await this.browser.newPage();
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    await bidi(this.browser).send('browsingContext.navigate', { context, url: 'about:preferences', wait: 'none' });
    const until = Date.now() + 15_000;
    for (;;) {
      const r = (await bidi(this.browser).send('script.evaluate', { expression: 'typeof Services === "object" && document.readyState === "complete"', target: { context }, awaitPromise: false, resultOwnership: 'none' }).catch(() => null)) as { result?: { result?: { value?: unknown } } } | null;
      if (r?.result?.result?.value === true) break;
      if (Date.now() > until) throw new Error('about:preferences did not open');
      await sleep(100);
    }
    this.privileged = context;
  }

  /** Evaluates in Firefox's browser window (parent process, privileged): `document`, `gBrowser` and `window` are the browser window's. */
  async inBrowserWindow<R>(expression: string): Promise<R> {
    if (!this.privileged) throw new Error('no browser window to evaluate in: the privileged tab is not open');
    const wrapped = `(() => { const window = Services.wm.getMostRecentWindow('navigator:browser'); const { document, gBrowser } = window; return (${expression}); })()`;
    const answer = (await bidi(this.browser).send('script.evaluate', { expression: wrapped, target: { context: this.privileged }, awaitPromise: true, resultOwnership: 'none' })) as unknown as {
      result: { type: string; result?: { value?: unknown }; exceptionDetails?: { text: string } };
    };
    if (answer.result.type === 'exception') throw new Error(`in the browser window: ${answer.result.exceptionDetails?.text}`);
    return answer.result.result?.value as R;
  }

  /**
   * From launch (once the privileged tab is open), every http(s) request the extension makes is noted:
   * an observer of http-on-modify-request in the parent process keeps the address of each channel whose
   * triggering principal is the extension's (Firefox's own requests have the system principal).
   */
  async recordRequests(): Promise<void> {
    await this.inBrowserWindow(`(() => {
      if (globalThis.__deallensRequests) return true;
      const seen = (globalThis.__deallensRequests = []);
      Services.obs.addObserver({ observe(subject) {
        try {
          const channel = subject.QueryInterface(Ci.nsIHttpChannel);
          if (channel.loadInfo?.triggeringPrincipal?.origin === ${JSON.stringify(ORIGIN)}) seen.push(channel.URI.spec);
        } catch {}
      } }, 'http-on-modify-request');
      return true;
    })()`);
  }

  async extensionRequests(): Promise<string[]> {
    // As JSON: BiDi gives an array back as a list of typed values.
    return JSON.parse(await this.inBrowserWindow<string>('JSON.stringify(globalThis.__deallensRequests ?? [])')) as string[];
  }

  async command(name: string): Promise<void> {
    const manifest = (await import(join(EXTENSION, 'manifest.json'), { with: { type: 'json' } })).default as { commands: Record<string, { suggested_key: { default: string } }> };
    const shortcut = manifest.commands[name]?.suggested_key.default;
    if (!shortcut) throw new Error(`no command ${name} in the manifest`);
    const parts = shortcut.split('+');
    const key = parts.pop()!;
    const modifiers = parts.map((m) => m.toLowerCase()).sort().join(',');
    // The <key> Firefox built for this shortcut in the add-on's keyset: firing it is what pressing it does.
    const fired = await this.inBrowserWindow<boolean>(`(() => {
      const keys = [...document.querySelectorAll('keyset[id^="ext-keyset-id-deallens"] key')];
      const k = keys.find((k) => k.getAttribute('key') === ${JSON.stringify(key)} && (k.getAttribute('modifiers') || '').split(',').sort().join(',') === ${JSON.stringify(modifiers)});
      if (!k) return false;
      k.doCommand();
      return true;
    })()`);
    if (!fired) throw new Error(`Firefox has no shortcut ${shortcut} registered for DealLens`);
  }

  async menuClick(menuItemId: string, info: { selectionText?: string; checked?: boolean } = {}): Promise<void> {
    const ok = await this.inBrowserWindow<boolean>(`(() => {
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
      const tab = gBrowser.selectedTab;
      extension.tabManager.addActiveTabPermission(tab);
      const info = Object.assign({ menuItemId: ${JSON.stringify(menuItemId)}, editable: false, pageUrl: gBrowser.currentURI.spec, modifiers: [], button: 0 }, ${JSON.stringify(info)});
      extension.emit('webext-menu-menuitem-click', info, tab);
      return true;
    })()`);
    if (!ok) throw new Error('menu click not delivered');
  }

  async stopBackground(): Promise<void> {
    // What Firefox's idle timer calls; then check that the event page is really gone.
    const state = await this.inBrowserWindow<string>(`(async () => {
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
      await extension.terminateBackground({ disableResetIdleForTest: true });
      return extension.backgroundState;
    })()`);
    if (state !== 'stopped') throw new Error(`the background did not stop (${state})`);
  }

  async openedBy(trigger: () => Promise<void>, match: (url: string) => boolean, timeout = 15_000): Promise<TestPage> {
    const known = new Set(await this.browser.pages());
    await trigger();
    // Extension pages are never announced by navigation events: ask each new tab where it is.
    const until = Date.now() + timeout;
    for (;;) {
      for (const p of await this.browser.pages()) {
        if (known.has(p)) continue;
        const href = await p.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
        if (href && match(href)) return wrapPage(this.browser, p, (e) => this.inBrowserWindow(e));
      }
      if (Date.now() > until) throw new Error('no such page opened');
      await sleep(200);
    }
  }

  async download(_page: TestPage, trigger: () => Promise<void>): Promise<Download> {
    const dir = join(this.profileDir, 'downloads');
    mkdirSync(dir, { recursive: true });
    const before = new Set(readdirSync(dir));
    await trigger();
    const until = Date.now() + 15_000;
    let last = -1;
    for (;;) {
      const name = readdirSync(dir).find((f) => !before.has(f) && !f.endsWith('.part'));
      // Written whole once its .part file is gone and its size holds still.
      const size = name && !existsSync(join(dir, `${name}.part`)) ? statSync(join(dir, name)).size : -1;
      if (name && size > 0 && size === last) return { name, text: readFileSync(join(dir, name), 'utf8') };
      last = size;
      if (Date.now() > until) throw new Error('no download arrived');
      await sleep(150);
    }
  }

  extensionErrors(): string[] {
    return [...this.errors];
  }

  async close(keepProfile = false): Promise<void> {
    await this.browser.close();
    if (!keepProfile) rmSync(this.profileDir, { recursive: true, force: true });
  }
}

export const firefoxLauncher: Launcher = {
  name: 'firefox',
  unavailable: () => (FIREFOX ? null : 'Debian’s firefox-esr is not installed (apt-get install -y firefox-esr)'),
  launch: async (profileDir = mkdtempSync(join(tmpdir(), 'deallens-ff-'))) => {
    if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('dist/firefox is missing: run npm run build first');
    mkdirSync(join(profileDir, 'extensions'), { recursive: true });
    writeFileSync(join(profileDir, 'extensions', GECKO_ID), EXTENSION);
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profileDir,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { ...PREFS, ...downloadPrefs(join(profileDir, 'downloads')) },
      protocolTimeout: 60_000,
    });
    const ff = new FirefoxBrowser(browser, profileDir);
    // The side-loaded add-on is ready once its pages answer with the WebExtension API.
    await ff.inExtension(() => typeof chrome.runtime.id === 'string');
    await ff.openPrivilegedTab();
    await ff.recordRequests();
    return ff;
  },
  launchPlain: async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'deallens-ff-plain-'));
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: profileDir, extraPrefsFirefox: PREFS });
    return {
      newPage: async (url) => {
        const page = wrapPage(browser, await browser.newPage(), () => Promise.reject(new Error('no browser window here')));
        await page.goto(url);
        return page;
      },
      close: async () => {
        await browser.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  },
};
