/**
 * Saving a tab's article: the page's content script reads it (metadata, main text, and its
 * analysis with the page's own matcher), the answer is checked, the store keeps it all in one
 * transaction.
 */
import { proposeDeals } from '../core/deals/propose';
import browser from 'webextension-polyfill';
import { askTab, SendError } from '../platform/send';
import type { Corrections } from '../store/article-corrections';
import { saveArticle } from '../store/save-article';
import { db, SaidError } from '../store/open';
import { checkArticle, type Article } from './check-article';

/** Reading and analysing a long page takes the page a while; the popup waits 15 s for the whole save. */
const READ_TIMEOUT_MS = 12_000;

/** Which of these ids the store holds as entities. */
async function storedIds(ids: string[]): Promise<Set<string>> {
  const found = await (await db()).entities.bulkGet(ids);
  return new Set(found.filter((e) => e !== undefined).map((e) => e.id));
}

export async function readArticle(tabId: number): Promise<Article> {
  let answer: unknown;
  try {
    answer = await askTab(tabId, 'read-article', {}, READ_TIMEOUT_MS);
  } catch (err) {
    // The page answered with an error: say it; no answer at all: the page cannot be read.
    if (err instanceof SendError && !err.noAnswer) throw new SaidError({ key: 'errorSave', detail: err.message });
    throw new SaidError({ key: 'errorUnreadable' });
  }
  const page = await checkArticle(answer, storedIds);
  if (page.text.trim().length === 0) throw new SaidError({ key: 'errorNoText' });
  return page;
}

export async function savePage(tabId: number, notes?: string, tags?: string[], corrections?: Corrections) {
  const page = await readArticle(tabId);
  const store = await db();
  const r = await saveArticle(store, {
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    site: page.site,
    authors: page.authors,
    lang: page.pageLang,
    published: page.published,
    text: page.text,
    entities: page.entities,
    unknown: page.unknown,
    amounts: page.amounts,
    // Proposed here from the checked analysis: deal proposals read the knowledge base, which the page does not carry.
    deals: proposeDeals(page.text, page.entities, page.amounts, { published: page.published }),
    notes,
    tags,
    corrections,
  });
  // The page cut its text to what an article holds: said like any other cut.
  if (page.textCut && !r.notices.includes('noticeTextCut')) r.notices.push('noticeTextCut');
  await markSaved(tabId, true);
  return r;
}

/** What the toolbar badge says of a tab: its page is saved (✓), it names watched entities (★). */
export interface BadgeState {
  saved: boolean;
  watched: number;
}

const badges = new Map<number, BadgeState>();

export async function setBadge(tabId: number, change: Partial<BadgeState>): Promise<void> {
  const next = { saved: false, watched: 0, ...badges.get(tabId), ...change };
  badges.set(tabId, next);
  const text = `${next.watched ? '★' : ''}${next.saved ? '✓' : ''}`;
  await browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: next.watched ? '#b45309' : '#15803d' }).catch(() => undefined);
  const title = [browser.i18n.getMessage('actionTitle'), next.watched ? browser.i18n.getMessage('badgeWatched', String(next.watched)) : '', next.saved ? browser.i18n.getMessage('badgeSaved') : ''].filter(Boolean).join(' · ');
  await browser.action.setTitle({ tabId, title }).catch(() => undefined);
}

export const forgetBadge = (tabId: number) => badges.delete(tabId);

/** The toolbar badge says that the page in this tab is saved. */
export const markSaved = (tabId: number, saved: boolean) => setBadge(tabId, { saved });
