/**
 * DealLens on a page: highlights what it knows, cards on hover and by keyboard, switched on
 * and off without a reload. Everything it sets up has a teardown, also when the extension is
 * updated under a page that keeps an old copy of this script.
 *
 * Cheap to start: evaluating this script registers a listener and asks for the configuration;
 * the matcher is built and the page read only once the page is idle and has text to read, in
 * short tasks (annotator.ts). `deallens:start` measures it, from the first line to the first
 * slice painted (DESIGN.md, contract 2).
 */
// First of all imports, so that it runs before any other module of the bundle: the start's first line.
import { scriptStart } from './start-mark';
import browser from 'webextension-polyfill';
import { dispatch, toContent, type Handlers } from '../messages';
import { DEFAULT_SETTINGS, isActiveOn, siteOf, type Settings } from '../platform/settings';
import { askBackground } from '../platform/send';
import { sanitizeSettings } from '../core/sites/site-rules';
import { parseOverlay, type KbOverlay } from '../core/kb/overlay';
import { Annotator, type FirstPaint } from './annotator';
import { CardHost } from './card/card-host';
import { Interaction } from './interaction';
import { PageMatcher } from './page-matcher';
import { pageAddress, readMetadata } from './save/article-metadata';
import { readArticle, readDetails } from './save/read-article';

interface Running {
  annotator: Annotator;
  interaction: Interaction;
  card: CardHost;
}

let running: Running | null = null;
/** Whether names DealLens has never seen are painted (the reader's setting). */
let discover = DEFAULT_SETTINGS.discover;
/** The one matcher of this page, for highlighting and saving alike. */
const matchers = new PageMatcher();
const site = siteOf(location.href);

/**
 * Where DealLens runs and the reader's overlay, from the background: this script cannot read
 * extension storage (it is for DealLens's own pages), and treats the answer like any stored value.
 */
async function loadConfig(): Promise<{ settings: Settings; overlay: KbOverlay }> {
  const a = await askBackground('page-config', {});
  return { settings: sanitizeSettings(a.settings), overlay: parseOverlay(a.overlay) };
}

/** The settings or the overlay changed: switch on or off, or read the page again with the new matcher, without a reload. */
async function configChanged(): Promise<void> {
  const { settings, overlay } = await loadConfig();
  const discoverChanged = settings.discover !== discover;
  discover = settings.discover;
  if (matchers.setOverlay(overlay) || discoverChanged) running?.annotator.rematch();
  apply(settings);
}

let year: number | undefined;
/** The year whose exchange rates convert the page's amounts: its publication year, or this year. Read when a card first needs it. */
const publishedYear = () => (year ??= Number(readMetadata(document, location.href).published?.slice(0, 4)) || new Date().getFullYear());

let startMeasured = false;
function measureStart(detail: FirstPaint): void {
  if (startMeasured) return;
  startMeasured = true;
  performance.measure('deallens:start', { start: scriptStart, end: performance.now(), detail });
}

function start(): void {
  if (running) return;
  const card = new CardHost(document);
  const annotator = new Annotator({ doc: document, matcher: () => matchers.get(), discover: () => discover, ownHost: () => card.element, onChange: report, onFirstPaint: measureStart });
  const interaction = new Interaction(document, annotator.registry, card, publishedYear);
  running = { annotator, interaction, card };
}

function stop(): void {
  if (!running) return;
  running.interaction.destroy();
  running.annotator.destroy();
  running.card.destroy();
  running = null;
  report();
}

function apply(settings: Settings): void {
  if (isActiveOn(settings, site)) start();
  else stop();
}

/** The extension was updated or removed under this page: this copy must leave no trace. */
function contextGone(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** A page that never stops changing must not flood the background: its state goes at most this often, and only when it changed. */
const REPORT_EVERY_MS = 1000;
let reportTimer: ReturnType<typeof setTimeout> | undefined;
let lastReport = -Infinity;
let reported = '';

function report(): void {
  if (contextGone()) {
    teardown();
    return;
  }
  if (reportTimer !== undefined) return;
  reportTimer = setTimeout(sendReport, Math.max(0, lastReport + REPORT_EVERY_MS - performance.now()));
}

function sendReport(): void {
  reportTimer = undefined;
  if (contextGone()) {
    teardown();
    return;
  }
  lastReport = performance.now();
  const active = running !== null;
  const mentions = running?.annotator.registry.size ?? 0;
  const url = pageAddress(document, location.href);
  const entities = running ? running.annotator.registry.entityIds().slice(0, 5000) : [];
  const state = JSON.stringify([active, mentions, url, entities]);
  if (state === reported) return;
  reported = state;
  askBackground('page-state', { site, active, mentions, url, entities }).catch(() => undefined);
}

const handlers: Handlers<typeof toContent, null> = {
  'step-highlight': ({ direction }) => {
    if (!running) return { ok: true, index: -1, total: 0 };
    return { ok: true, ...running.interaction.step(direction) };
  },
  'reveal-entity': ({ id }) => ({ ok: true, found: running ? running.interaction.reveal(id) : false }),
  'page-entities': async () => {
    if (!running) return { ok: true, entities: [], unknown: [], amounts: [] };
    await running.annotator.ready;
    const byId = new Map<string, { id: string; name: string; type: 'fund' | 'company' | 'accelerator' | 'person'; count: number }>();
    const amounts: { text: string; value: number | null; currency: string; qualifier: string | null; max?: number }[] = [];
    const unknown = new Map<string, { name: string; type: 'fund' | 'company' | 'accelerator' | 'person'; count: number }>();
    for (const e of running.annotator.registry.inOrder()) {
      if (e.unknown) {
        const seen = unknown.get(e.unknown.name);
        if (seen) seen.count++;
        else unknown.set(e.unknown.name, { name: e.unknown.name, type: e.unknown.type, count: 1 });
      }
      if (e.mention) {
        const seen = byId.get(e.mention.id);
        if (seen) seen.count++;
        else byId.set(e.mention.id, { id: e.mention.id, name: e.mention.name, type: e.mention.type, count: 1 });
      } else if (e.amount) {
        const { text, value, currency, qualifier, max } = e.amount;
        amounts.push({ text, value, currency, qualifier, ...(max !== undefined ? { max } : {}) });
      }
    }
    return { ok: true, entities: [...byId.values()], unknown: [...unknown.values()], amounts };
  },
  'read-article': async () => readArticle(document, location.href, await matchers.get()),
  'read-details': () => readDetails(document, location.href),
  'config-changed': () => {
    void configChanged().catch(() => undefined);
    return { ok: true };
  },
  'page-summary': async () => {
    if (running) await running.annotator.ready;
    return { ok: true, site, url: pageAddress(document, location.href), active: running !== null, counts: running ? running.annotator.registry.counts() : {}, lang: running?.annotator.lang ?? 'en' };
  },
};

const onMessage = (raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only DealLens itself (its background and pages) may talk to this script.
  if (sender.id !== browser.runtime.id) return Promise.resolve({ ok: false, error: 'unknown sender' });
  return dispatch(toContent, handlers, raw, null);
};

browser.runtime.onMessage.addListener(onMessage);

function teardown(): void {
  matchers.destroy();
  stop();
  clearTimeout(reportTimer);
  try {
    browser.runtime.onMessage.removeListener(onMessage);
  } catch {
    // The context is gone; nothing left to remove.
  }
}

if (site !== null) void configChanged().catch(() => apply(DEFAULT_SETTINGS));
