/**
 * Debian's Chromium with dist/chrome loaded unpacked, driven by playwright-core (no downloaded
 * browser), and what only the DevTools protocol can read: DealLens's closed shadow root.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ROOT } from './server';

export const EXTENSION = join(ROOT, 'dist/chrome');
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((p) => p && existsSync(p));

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Closes the browser; the profile is deleted unless `keepProfile` (a restart test reopens it). */
  close: (keepProfile?: boolean) => Promise<void>;
}

export const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];

/**
 * With DEALLENS_NETLOG set to a folder, the browser writes every network request it makes to a net log
 * there (one file per profile: netLogOf), so that a test can check where the extension connected.
 */
const netLogArgs = (userDataDir: string) => (process.env.DEALLENS_NETLOG ? [`--log-net-log=${netLogOf(userDataDir)}`, '--net-log-capture-mode=Default'] : []);
export const netLogOf = (userDataDir: string) => join(process.env.DEALLENS_NETLOG ?? tmpdir(), `${userDataDir.split(/[\\/]/).pop()}.netlog.json`);

/** `extension`: another build to load (a benchmark compares one made from an earlier commit). */
export async function launchWithExtension(userDataDir = mkdtempSync(join(tmpdir(), 'deallens-e2e-')), extension = EXTENSION): Promise<ExtensionBrowser> {
  if (!CHROMIUM) throw new Error('Chromium not found: install Debian’s chromium (apt-get install -y chromium)');
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`${extension} is missing: run npm run build first`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...ARGS, ...netLogArgs(userDataDir)],
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

