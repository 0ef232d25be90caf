/**
 * End-to-end fixtures: the built extension (dist/chrome) loaded into Debian's Chromium, driven by
 * playwright-core, on test pages served from this machine. No network request leaves it.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION = join(ROOT, 'dist/chrome');
const PAGES = join(ROOT, 'test/pages');

export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((p) => p && existsSync(p));

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };
/** Page scripts may import these from /vendor/ (a framework page renders with Preact). */
const VENDOR: Record<string, string> = {
  'preact.mjs': join(ROOT, 'node_modules/preact/dist/preact.mjs'),
  'hooks.mjs': join(ROOT, 'node_modules/preact/hooks/dist/hooks.mjs'),
  'mark.js': join(ROOT, 'node_modules/mark.js/dist/mark.min.js'),
};

export interface PageServer {
  url: (path: string) => string;
  close: () => Promise<void>;
  /** Extra routes a test serves (generated pages). */
  routes: Map<string, string>;
}

export async function servePages(): Promise<PageServer> {
  const routes = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let body: string | Buffer | undefined = routes.get(path);
    let file: string | undefined;
    if (body === undefined) {
      if (path.startsWith('/vendor/')) file = VENDOR[path.slice(8)];
      else {
        const p = normalize(join(PAGES, path === '/' ? 'index.html' : path));
        if (p.startsWith(PAGES) && existsSync(p)) file = p;
      }
      if (file) body = readFileSync(file);
    }
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    // Preact's hooks module imports 'preact' by name: point it at our copy.
    if (path === '/vendor/hooks.mjs') body = body.toString().replace(/from\s*["']preact["']/g, 'from "/vendor/preact.mjs"');
    res.writeHead(200, { 'content-type': TYPES[extname(file ?? path)] ?? 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    url: (p: string) => `http://127.0.0.1:${port}/${p.replace(/^\//, '')}`,
    close: () => new Promise((r) => server.close(() => r())),
    routes,
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; the profile is deleted unless `keepProfile` (a restart test reopens it). */
  close: (keepProfile?: boolean) => Promise<void>;
}

export const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

export async function launchWithExtension(userDataDir = mkdtempSync(join(tmpdir(), 'deallens-e2e-'))): Promise<ExtensionBrowser> {
  if (!CHROMIUM) throw new Error('Chromium not found: install Debian’s chromium (apt-get install -y chromium)');
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('dist/chrome is missing: run npm run build first');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, ...ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    userDataDir,
    close: async (keepProfile = false) => {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface PaintedRange {
  kind: string;
  text: string;
  /** Tag names from the range's start node up to <html>. */
  ancestors: string[];
}

/** What DealLens painted: every range of every deallens-* highlight, read from CSS.highlights. */
export async function painted(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(() => {
    const out: { kind: string; text: string; ancestors: string[] }[] = [];
    for (const kind of ['fund', 'company', 'accelerator', 'person', 'amount']) {
      const h = CSS.highlights.get(`deallens-${kind}`);
      if (!h) continue;
      for (const r of h as unknown as Iterable<Range>) {
        const ancestors: string[] = [];
        for (let n: Node | null = r.startContainer; n; n = n.parentNode) if (n.nodeType === 1) ancestors.push((n as Element).tagName);
        out.push({ kind, text: r.toString(), ancestors });
      }
    }
    return out;
  });
}

/** Waits until the highlights stop changing (the content script works in short tasks). */
export async function settled(page: Page, min = 1, timeout = 15_000): Promise<PaintedRange[]> {
  const until = Date.now() + timeout;
  let last = -1;
  let stable = 0;
  for (;;) {
    const now = await painted(page);
    if (now.length >= min && now.length === last) {
      if (++stable >= 3) return now;
    } else stable = 0;
    last = now.length;
    if (Date.now() > until) return now;
    await page.waitForTimeout(150);
  }
}

/** The text of the element of DealLens's host that `pick` chooses (the shadow root's own when none). */
async function hostText(page: Page, pick: (cls: string) => boolean, skip: (cls: string) => boolean): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type N = { nodeName: string; nodeType: number; nodeValue?: string; attributes?: string[]; children?: N[]; shadowRoots?: N[] };
    const cls = (n: N) => (n.attributes?.includes('class') ? n.attributes[n.attributes.indexOf('class') + 1] : '');
    const find = (n: N): N | null => {
      if (n.nodeName === 'DEALLENS-CARD') return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const f = find(c);
        if (f) return f;
      }
      return null;
    };
    const host = find(root as N);
    if (!host?.shadowRoots?.length) return null;
    const texts: string[] = [];
    const walk = (n: N, inside: boolean) => {
      if (n.nodeName === 'STYLE' || skip(cls(n))) return;
      const here = inside || pick(cls(n));
      if (n.nodeType === 3 && here) texts.push(n.nodeValue ?? '');
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, here);
    };
    walk(host.shadowRoots[0], false);
    const text = texts.join(' ').replace(/\s+/g, ' ').trim();
    return text || null;
  } finally {
    await cdp.detach();
  }
}

/**
 * The text inside DealLens's card. Its shadow root is closed to the page and to Playwright's
 * selectors, so read it the way DevTools does: the DOM tree with shadow roots pierced.
 */
export const cardText = (page: Page) => hostText(page, (c) => c === 'layer', (c) => c === 'live');

/** What DealLens's live region says to screen readers (the keyboard command's current highlight). */
export const liveText = (page: Page) => hostText(page, (c) => c === 'live', () => false);

/** The card's box on screen (CSS pixels), read through the pierced DOM like cardText. */
export async function cardBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type N = { nodeId: number; nodeName: string; attributes?: string[]; children?: N[]; shadowRoots?: N[] };
    const find = (n: N): N | null => {
      const cls = n.attributes?.[n.attributes.indexOf('class') + 1] ?? '';
      if (n.nodeName === 'DIV' && n.attributes?.includes('class') && /\bcard\b/.test(cls)) return n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
        const f = find(c);
        if (f) return f;
      }
      return null;
    };
    const card = find(root as N);
    if (!card) return null;
    const { model } = await cdp.send('DOM.getBoxModel', { nodeId: card.nodeId });
    const [x1, y1, , , x3, y3] = model.border;
    return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
  } finally {
    await cdp.detach();
  }
}

/** A test page in a tab, and the popup for that tab opened as a page (contract 5: popup.html?tab=ID). */
export async function popupFor(ext: ExtensionBrowser, server: PageServer, path: string, min = 1): Promise<{ page: Page; popup: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(server.url(path));
  await settled(page, min);
  await page.bringToFront();
  const tabId = (await ext.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id))!;
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  return { page, popup, tabId };
}

/** Saves a test page from its popup, as a reader would, and closes both. */
export async function saveFromPopup(ext: ExtensionBrowser, server: PageServer, path: string): Promise<void> {
  const { page, popup } = await popupFor(ext, server, path);
  await popup.getByRole('button', { name: 'Save' }).click();
  await popup.locator('.save-state[data-state="saved"]').waitFor({ timeout: 15_000 });
  await popup.close();
  await page.close();
}

/** Sends a message to a tab's content script from the service worker, as the background does. */
export async function tellTab(worker: Worker, pageUrl: string, message: unknown): Promise<unknown> {
  return worker.evaluate(
    async ({ pageUrl, message }) => {
      // By URL where the page's host is readable to the extension, else the tab in front.
      const [tab] = (await chrome.tabs.query({ url: pageUrl })).concat(await chrome.tabs.query({ active: true, lastFocusedWindow: true }));
      if (!tab?.id) throw new Error(`no tab for ${pageUrl}`);
      return chrome.tabs.sendMessage(tab.id, message);
    },
    { pageUrl, message },
  );
}

/** What the store holds, read from the service worker with plain IndexedDB (no DealLens code involved). */
export async function storeContents(worker: Worker): Promise<{ articles: { id: string; title: string; entityIds: string[]; dealIds: string[]; notes: string; tags: string[] }[]; deals: { id: string; status: string; sources: { articleId?: string }[] }[] }> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('deallens');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const all = (store: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const r = db.transaction(store).objectStore(store).getAll();
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const [articles, deals] = await Promise.all([all('articles'), all('deals')]);
    db.close();
    return { articles, deals } as never;
  });
}

export async function setSettings(worker: Worker, settings: { enabled: boolean; disabledSites: string[] }): Promise<void> {
  await worker.evaluate((s) => chrome.storage.local.set({ settings: s }), settings);
}

/**
 * A test file's extension and page server, started before its tests and closed after them.
 * `env.ext` may be replaced (a restart test relaunches the browser); the new one is closed too.
 */
export function useExtension(): { ext: ExtensionBrowser; server: PageServer } {
  const env = {} as { ext: ExtensionBrowser; server: PageServer };
  beforeAll(async () => {
    env.server = await servePages();
    env.ext = await launchWithExtension();
  });
  afterAll(async () => {
    await env.ext?.close();
    await env.server?.close();
  });
  return env;
}
