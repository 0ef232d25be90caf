/**
 * The background service worker: answers the content scripts and pages, owns the toolbar
 * button's context menu (on/off globally and for the site) and relays the keyboard commands
 * to the page.
 */
import { entityCard, withReaderDeals } from '../core/kb/entity-card';
import { readerDealsOf } from '../store/reader-deals';
import browser from 'webextension-polyfill';
import { dispatch, toBackground, type Handlers } from '../messages';
import { askTab } from '../platform/send';
import { isActiveOn, loadSettings, onSettingsChanged, setGlobal, setSite, siteOf } from '../platform/settings';
import { cleanUrl } from '../core/text/url';
import { forgetBadge, savePage, setBadge } from './save-page';
import { db, settleAfterRestart, storeErrorMessage, type Said } from '../store/open';
import { watchlist } from '../store/watchlist';
import { addFromSelection, addMenuType, createAddMenus } from './add-from-selection';
import { publishOverlay } from './overlay-publisher';
import { extensionPagesOnly, mayAskAbout, maySave } from './sender-rights';
import { OVERLAY_KEY } from '../core/kb/overlay';
import { SETTINGS_KEY } from '../platform/settings';
import { settleTeamMarks, startTeamCollection, teamHandlers } from './team-collection';

// Extension storage for DealLens's own contexts only: a content script (a page's renderer) can
// neither read the reader's settings and overlay nor write them. Firefox has no such switch for
// storage.local (bug 1724754); there, what is read is sanitised as it always was.
void (browser.storage.local as unknown as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> }).setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);

/** Content scripts no longer read storage: when the settings or the overlay change, every tab is told to ask again. */
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(SETTINGS_KEY in changes || OVERLAY_KEY in changes)) return;
  void browser.tabs.query({}).then((tabs) => {
    for (const tab of tabs) if (tab.id !== undefined) askTab(tab.id, 'config-changed', {}).catch(() => undefined);
  });
});

const MENU_GLOBAL = 'deallens-enabled';
const MENU_SITE = 'deallens-site-enabled';
const MENU_SAVE = 'deallens-save';

/** The reader's words for a failure, in the browser's language. */
const say = (s: Said) => browser.i18n.getMessage(s.key, s.detail ? [s.detail] : undefined) || s.key;

/** What each tab's content script last reported: its site, and the entities it highlights. */
const tabSites = new Map<number, string | null>();
const tabEntities = new Map<number, string[]>();

/** How many watched entities a tab's page names (for its badge). */
function watchedOn(tabId: number, watched: string[]): number {
  const named = new Set(tabEntities.get(tabId) ?? []);
  return watched.filter((id) => named.has(id)).length;
}

interface Ctx {
  sender: browser.Runtime.MessageSender;
}

const handlers: Handlers<typeof toBackground, Ctx> = {
  'page-state': async ({ site, url, entities }, { sender }) => {
    const tabId = sender.tab?.id;
    if (sender.tab?.active) void refreshMenu(tabId);
    if (tabId !== undefined) {
      tabSites.set(tabId, site);
      tabEntities.set(tabId, entities ?? []);
      // Both badge marks from one pair of reads, and one badge update.
      const store = await db();
      const [watched, saved] = await Promise.all([watchlist(store).catch(() => []), url ? store.articles.where('canonicalUrl').equals(cleanUrl(url)).count().catch(() => 0) : null]);
      await setBadge(tabId, { watched: watchedOn(tabId, watched), ...(saved !== null ? { saved: saved > 0 } : {}) });
    }
    return { ok: true };
  },
  'save-page': async ({ tabId, notes, tags, corrections }, { sender }) => {
    maySave(sender, tabId);
    try {
      const r = await savePage(tabId, notes, tags, corrections);
      return { ok: true, articleId: r.article.id, created: r.created, savedAt: r.article.savedAt, linked: r.linkedDeals.length, proposed: r.proposedDeals.length, conflicts: r.conflicts.length, notices: r.notices };
    } catch (err) {
      throw new Error(say(storeErrorMessage(err)));
    }
  },
  'watch-changed': async (_payload, { sender }) => {
    extensionPagesOnly(sender);
    const list = await watchlist(await db());
    await Promise.all([...tabEntities.keys()].map((tabId) => setBadge(tabId, { watched: watchedOn(tabId, list) })));
    return { ok: true };
  },
  'page-status': async ({ url }, { sender }) => {
    mayAskAbout(sender, url);
    const a = await (await db()).articles.where('canonicalUrl').equals(cleanUrl(url)).first();
    const details = a && { title: a.title, site: a.site, authors: a.authors ?? [], ...(a.published ? { published: a.published } : {}), lang: a.lang, corrected: a.corrected ?? [] };
    return { ok: true, saved: Boolean(a), savedAt: a?.savedAt ?? null, title: a?.title ?? null, notes: a?.notes ?? '', tags: a?.tags ?? [], ...(details ? { details } : {}) };
  },
  // The reader's confirmed deals join the shipped ones; a store that cannot be read leaves the card the shipped ones.
  'entity-card': async ({ id }) => ({ ok: true, ...withReaderDeals(entityCard(id), await readerDealsOf(await db(), id).catch(() => [])) }),
  'add-entity': async ({ name, type }) => {
    const added = await addFromSelection(name, type);
    if (!added) throw new Error(browser.i18n.getMessage('errorEmptyName') || 'The name is empty.');
    return { ok: true, ...added };
  },
  'kb-changed': async (_payload, { sender }) => {
    extensionPagesOnly(sender);
    await publishOverlay();
    return { ok: true };
  },
  'page-config': async () => {
    const got = await browser.storage.local.get([SETTINGS_KEY, OVERLAY_KEY]);
    return { ok: true, settings: got[SETTINGS_KEY] ?? null, overlay: got[OVERLAY_KEY] ?? null };
  },
  ...teamHandlers,
};

startTeamCollection();

browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) => {
  // Only this extension's own scripts and pages; a web page cannot reach here, but check anyway.
  if (sender.id !== browser.runtime.id) return Promise.resolve({ ok: false, error: 'unknown sender' });
  return dispatch(toBackground, handlers, raw, { sender });
});

async function siteOfTab(tabId: number | undefined): Promise<string | null> {
  if (tabId === undefined) return null;
  if (tabSites.has(tabId)) return tabSites.get(tabId) ?? null;
  try {
    return siteOf((await browser.tabs.get(tabId)).url);
  } catch {
    return null;
  }
}

async function refreshMenu(tabId?: number): Promise<void> {
  const settings = await loadSettings();
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  const site = await siteOfTab(id);
  await browser.contextMenus.update(MENU_GLOBAL, { checked: settings.enabled }).catch(() => undefined);
  await browser.contextMenus
    .update(MENU_SITE, {
      checked: site !== null && isActiveOn({ ...settings, enabled: true }, site),
      enabled: site !== null && settings.enabled,
      title: site ? `${browser.i18n.getMessage('menuSiteEnabled')} (${site})` : browser.i18n.getMessage('menuSiteEnabled'),
    })
    .catch(() => undefined);
}

function createMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU_GLOBAL, type: 'checkbox', checked: true, contexts: ['action'], title: browser.i18n.getMessage('menuEnabled') });
    browser.contextMenus.create({ id: MENU_SITE, type: 'checkbox', checked: true, contexts: ['action'], title: browser.i18n.getMessage('menuSiteEnabled') });
    browser.contextMenus.create({ id: MENU_SAVE, contexts: ['page'], title: browser.i18n.getMessage('menuSave') });
    createAddMenus();
    void refreshMenu();
  });
}

browser.runtime.onInstalled.addListener(() => {
  createMenus();
  // First run and updates: the knowledge base goes into the store now, not on the first save;
  // then the reader's changes are published for the pages (a newer knowledge base may have changed what they hide).
  void db()
    .then(publishOverlay)
    .catch((err) => console.warn(say(storeErrorMessage(err))));
});
browser.runtime.onStartup.addListener(createMenus);

/** True once per browser session: the first start of this worker since the browser started. */
async function firstStartOfSession(): Promise<boolean> {
  const { started } = await browser.storage.session.get('started');
  if (started) return false;
  await browser.storage.session.set({ started: true });
  return true;
}
// The store came through a browser restart: a copy of the collection kept by an import that failed can go (store/import/restore-point.ts);
// with the team collection off, its marks of changed records are made one.
void firstStartOfSession()
  .then(async (first) => {
    if (!first) return;
    await settleAfterRestart();
    await settleTeamMarks();
  })
  .catch((err) => console.warn(say(storeErrorMessage(err))));

browser.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId === MENU_GLOBAL) await setGlobal(Boolean(info.checked));
  if (info.menuItemId === MENU_SAVE && tab?.id !== undefined) await savePage(tab.id).catch((err) => console.warn(say(storeErrorMessage(err))));
  const addType = addMenuType(info.menuItemId);
  if (addType && info.selectionText) await addFromSelection(info.selectionText, addType).catch((err) => console.warn(say(storeErrorMessage(err))));
  if (info.menuItemId === MENU_SITE) {
    const site = (await siteOfTab(tab?.id)) ?? siteOf(tab?.url);
    if (site) await setSite(site, Boolean(info.checked));
  }
});

browser.tabs.onActivated.addListener(({ tabId }) => void refreshMenu(tabId));
browser.tabs.onRemoved.addListener((tabId) => {
  tabSites.delete(tabId);
  tabEntities.delete(tabId);
  forgetBadge(tabId);
});
onSettingsChanged(() => void refreshMenu());

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command === 'save-page') {
    const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id !== undefined) await savePage(id).catch((err) => console.warn(say(storeErrorMessage(err))));
    return;
  }
  const direction = command === 'next-highlight' ? 1 : command === 'previous-highlight' ? -1 : 0;
  if (!direction) return;
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id !== undefined) await askTab(id, 'step-highlight', { direction }).catch(() => undefined);
});
