/**
 * The fixture layer in Debian's Chromium, driven by playwright-core: the extension loaded
 * unpacked from dist/chrome, the background a service worker that tests reach directly.
 */
import { chromium, type BrowserContext, type ConsoleMessage, type Page, type Worker } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { ARGS, CHROMIUM, cardBox, cardText, launchWithExtension, liveText } from './chromium-launch';
import type { Download, InPage, Launcher, ShadowReader, TestBrowser, TestPage } from './types';

/** The playwright page under each wrapped page, for what only Chromium can do (the DevTools protocol). */
const pages = new WeakMap<TestPage, Page>();
const under = (page: TestPage) => pages.get(page)!;

/** The DevTools protocol pierces closed shadow roots, as DevTools does. */
const shadow: ShadowReader = {
  cardText: (page) => cardText(under(page)),
  liveText: (page) => liveText(under(page)),
  cardBox: (page) => cardBox(under(page)),
};

function wrapPage(page: Page): TestPage {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const wrapped: TestPage = {
    consoleErrors: () => [...errors],
    goto: async (url) => {
      await page.goto(url);
    },
    evaluate: <R, A>(fn: InPage<A, R>, arg?: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    waitFor: async <R, A>(fn: InPage<A, R>, arg?: A, timeout = 15_000) => {
      const handle = await page.waitForFunction(fn as never, arg as never, { timeout, polling: 100 }).catch((err: Error) => {
        throw new Error(`${err.message.split('\n')[0]} waiting for ${String(fn).slice(0, 160)} (${JSON.stringify(arg)})`);
      });
      // A DOM node is truthy but not JSON: the caller gets `true` for it.
      return (await handle.jsonValue().catch(() => true)) as R;
    },
    fill: (selector, text) => page.fill(selector, text),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    addScript: async (source) => {
      await page.evaluate(source);
    },
    focus: (selector) => page.focus(selector),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    setInputFile: (selector, path) => page.setInputFiles(selector, path),
    // caret 'initial': Playwright would otherwise add a style element to the page to hide the caret.
    screenshot: (clip) => page.screenshot({ clip, caret: 'initial' }),
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload();
    },
    url: () => page.evaluate(() => location.href),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    colorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    close: () => page.close(),
  };
  pages.set(wrapped, page);
  return wrapped;
}

/**
 * Runs code inside DealLens's content script (its isolated world) of a page, as a compromised
 * renderer could: only the DevTools protocol reaches that world.
 */
export async function chromiumContentScript(page: TestPage, expression: string): Promise<unknown> {
  const p = under(page);
  const cdp = await p.context().newCDPSession(p);
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    if (!world) throw new Error('DealLens content script world not found');
    const r = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as { result: { value: unknown } };
    return r.result.value;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

class ChromiumBrowser implements TestBrowser {
  readonly name = 'chromium' as const;
  readonly origin: string;
  readonly shadow = shadow;
  private readonly errors: string[] = [];

  constructor(
    private readonly ext: Awaited<ReturnType<typeof launchWithExtension>>,
  ) {
    this.origin = `chrome-extension://${ext.extensionId}`;
    this.watch(ext.context);
  }

  get profileDir(): string {
    return this.ext.userDataDir;
  }

  private get context(): BrowserContext {
    return this.ext.context;
  }

  /** The running service worker: after the browser stopped one, the next that the next event starts. */
  private async worker(): Promise<Worker> {
    const running = this.context.serviceWorkers().find((w) => w.url().startsWith(this.origin));
    if (running && (await running.evaluate(() => true).catch(() => false))) return running;
    const woken = this.context.waitForEvent('serviceworker', { timeout: 20_000 });
    // Something must wake it: a page of the extension sending it a message (an unknown one, answered with an error).
    const nudge = await this.context.newPage();
    await nudge.goto(`${this.origin}/options.html#test-wake`);
    await nudge.evaluate(() => chrome.runtime.sendMessage({ type: 'wake' }).catch(() => undefined));
    const worker = await woken;
    await nudge.close();
    return worker;
  }

  private watch(context: BrowserContext): void {
    // In a page, only what the extension's scripts say (content scripts log with their own URL); in the worker, all of it.
    const onPage = (msg: ConsoleMessage) => {
      if (msg.type() === 'error' && msg.location().url.startsWith(this.origin)) this.errors.push(`${msg.location().url}: ${msg.text()}`);
    };
    const watchWorker = (w: Worker) =>
      w.on('console', (msg) => {
        if (msg.type() === 'error') this.errors.push(`service worker: ${msg.text()}`);
      });
    context.on('console', (msg) => {
      if (msg.worker()) return;
      onPage(msg);
    });
    context.on('weberror', (e) => {
      if ((e.page()?.url() ?? '').startsWith(this.origin) || String(e.error().stack).includes(this.origin)) this.errors.push(String(e.error()));
    });
    context.serviceWorkers().forEach(watchWorker);
    context.on('serviceworker', watchWorker);
  }

  async newPage(url?: string): Promise<TestPage> {
    const page = wrapPage(await this.context.newPage());
    if (url) await page.goto(url);
    return page;
  }

  async extensionPage(path: string): Promise<TestPage> {
    return this.newPage(`${this.origin}/${path}`);
  }

  async inExtension<R, A>(fn: InPage<A, R>, arg?: A): Promise<R> {
    return (await this.worker()).evaluate(fn as never, arg as never) as Promise<R>;
  }


  // Browser shortcuts cannot be pressed and native menus cannot be clicked headless: hand the
  // event to the extension's own listeners, with the tab in front, as the browser would.
  async command(name: string): Promise<void> {
    await this.inExtension(async (n) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (chrome.commands.onCommand as unknown as { dispatch: (c: string, t: unknown) => void }).dispatch(n, tab);
    }, name);
  }

  async menuClick(menuItemId: string, info: { selectionText?: string; checked?: boolean } = {}): Promise<void> {
    await this.inExtension(
      async ({ menuItemId, info }) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        const click = { menuItemId, editable: false, pageUrl: tab.url ?? '', ...info };
        (chrome.contextMenus.onClicked as unknown as { dispatch: (i: unknown, t: unknown) => void }).dispatch(click, tab);
      },
      { menuItemId, info },
    );
  }

  async stopBackground(): Promise<void> {
    const probe = await this.context.newPage();
    const cdp = await this.context.newCDPSession(probe);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await probe.close();
  }

  async openedBy(trigger: () => Promise<void>, match: (url: string) => boolean, timeout = 15_000): Promise<TestPage> {
    const [found] = await Promise.all([this.context.waitForEvent('page', { predicate: (p) => match(p.url()), timeout }), trigger()]);
    await found.waitForLoadState('load');
    return wrapPage(found);
  }

  async download(page: TestPage, trigger: () => Promise<void>): Promise<Download> {
    const [d] = await Promise.all([under(page).waitForEvent('download'), trigger()]);
    return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
  }

  extensionErrors(): string[] {
    return [...this.errors];
  }

  close(keepProfile = false): Promise<void> {
    return this.ext.close(keepProfile);
  }
}

export const chromiumLauncher: Launcher = {
  name: 'chromium',
  unavailable: () => (CHROMIUM ? null : 'Debian’s chromium is not installed (apt-get install -y chromium)'),
  launch: async (profileDir) => new ChromiumBrowser(await launchWithExtension(profileDir)),
  launchPlain: async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
    return {
      newPage: async (url) => {
        const page = wrapPage(await browser.newPage());
        await page.goto(url);
        return page;
      },
      close: () => browser.close(),
    };
  },
};
