/**
 * DealLens on a page: highlights what it knows, cards on hover and by keyboard, switched on
 * and off without a reload. Everything it sets up has a teardown, also when the extension is
 * updated under a page that keeps an old copy of this script.
 */
import browser from 'webextension-polyfill';
import { shippedMatcher } from '../core/analyse';
import { kbEntities } from '../core/kb';
import { Matcher } from '../core/match/matcher';
import { dispatch, toContent, type Handlers } from '../messages';
import { askBackground } from '../platform/send';
import { DEFAULT_SETTINGS, isActiveOn, siteOf, type Settings } from '../platform/settings';
import { sanitizeSettings } from '../core/sites/site-rules';
import { applyOverlay, isEmptyOverlay, parseOverlay, type KbOverlay } from '../core/kb/overlay';
import { Annotator } from './annotator';
import { CardHost } from './card/card-host';
import { Interaction } from './interaction';
import { readMetadata } from './save/article-metadata';
import { readArticle } from './save/read-article';
import { runInTasks } from './scheduler';

interface Running {
  annotator: Annotator;
  interaction: Interaction;
  card: CardHost;
}

let running: Running | null = null;
let matcher: Matcher = shippedMatcher();
const site = siteOf(location.href);
/** Stops a matcher build made stale by a newer overlay, or by teardown. */
let building = new AbortController();

/**
 * The shipped knowledge base with the reader's changes (kb-overlay.ts): hidden entities and
 * aliases left out, their own added in short tasks (there may be thousands). False when a
 * newer overlay arrived meanwhile.
 */
async function buildMatcher(overlay: KbOverlay): Promise<boolean> {
  building.abort();
  const signal = (building = new AbortController()).signal;
  if (isEmptyOverlay(overlay)) {
    matcher = shippedMatcher();
    return true;
  }
  const { base, added } = applyOverlay(kbEntities, overlay);
  const m = new Matcher(base);
  let next = 0;
  await runInTasks(() => {
    for (const end = Math.min(added.length, next + 500); next < end; next++) m.add(added[next]);
    return next < added.length;
  }, signal);
  if (signal.aborted) return false;
  matcher = m;
  return true;
}

/**
 * Where DealLens runs and the reader's overlay, from the background: this script cannot read
 * extension storage (it is for DealLens's own pages), and treats the answer like any stored value.
 */
async function loadConfig(): Promise<{ settings: Settings; overlay: KbOverlay }> {
  const a = await askBackground('page-config', {});
  return { settings: sanitizeSettings(a.settings), overlay: parseOverlay(a.overlay) };
}

let shownOverlay = '';
/** The settings or the overlay changed: switch on or off, or repaint with the new matcher, without a reload. */
async function configChanged(): Promise<void> {
  const { settings, overlay } = await loadConfig();
  const key = JSON.stringify(overlay);
  if (key !== shownOverlay) {
    shownOverlay = key;
    if (!(await buildMatcher(overlay))) return;
    stop();
  }
  apply(settings);
}

/** The year whose exchange rates convert the page's amounts: its publication year, or this year. */
function publishedYear(): number {
  return Number(readMetadata(document, location.href, '').published?.slice(0, 4)) || new Date().getFullYear();
}

function start(): void {
  if (running) return;
  const card = new CardHost(document);
  const annotator = new Annotator({ doc: document, matcher, ownHost: () => card.element, onChange: report });
  const interaction = new Interaction(document, annotator.registry, card, publishedYear());
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

function report(): void {
  if (contextGone()) {
    teardown();
    return;
  }
  const mentions = running?.annotator.registry.size ?? 0;
  const url = readMetadata(document, location.href, '').canonicalUrl;
  const entities = running ? running.annotator.registry.entityIds().slice(0, 5000) : [];
  askBackground('page-state', { site, active: running !== null, mentions, url, entities }).catch(() => undefined);
}

const handlers: Handlers<typeof toContent, null> = {
  'step-highlight': ({ direction }) => {
    if (!running) return { ok: true, index: -1, total: 0 };
    return { ok: true, ...running.interaction.step(direction) };
  },
  'reveal-entity': ({ id }) => ({ ok: true, found: running ? running.interaction.reveal(id) : false }),
  'page-entities': async () => {
    if (!running) return { ok: true, entities: [], amounts: [] };
    await running.annotator.ready;
    const byId = new Map<string, { id: string; name: string; type: 'fund' | 'company' | 'accelerator' | 'person'; count: number }>();
    const amounts: { text: string; value: number; currency: string; qualifier: string | null }[] = [];
    for (const e of running.annotator.registry.inOrder()) {
      if (e.mention) {
        const seen = byId.get(e.mention.id);
        if (seen) seen.count++;
        else byId.set(e.mention.id, { id: e.mention.id, name: e.mention.name, type: e.mention.type, count: 1 });
      } else if (e.amount) amounts.push({ text: e.amount.text, value: e.amount.value, currency: e.amount.currency, qualifier: e.amount.qualifier });
    }
    return { ok: true, entities: [...byId.values()], amounts };
  },
  'read-article': () => readArticle(document, location.href, matcher),
  'config-changed': () => {
    void configChanged().catch(() => undefined);
    return { ok: true };
  },
  'page-summary': async () => {
    if (running) await running.annotator.ready;
    return { ok: true, site, url: readMetadata(document, location.href, '').canonicalUrl, active: running !== null, counts: running ? running.annotator.registry.counts() : {}, lang: running?.annotator.lang ?? 'en' };
  },
};

const onMessage = (raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only DealLens itself (its background and pages) may talk to this script.
  if (sender.id !== browser.runtime.id) return Promise.resolve({ ok: false, error: 'unknown sender' });
  return dispatch(toContent, handlers, raw, null);
};

browser.runtime.onMessage.addListener(onMessage);

function teardown(): void {
  building.abort();
  stop();
  try {
    browser.runtime.onMessage.removeListener(onMessage);
  } catch {
    // The context is gone; nothing left to remove.
  }
}

if (site !== null) void configChanged().catch(() => apply(DEFAULT_SETTINGS));
