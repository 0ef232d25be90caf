/**
 * Saving a tab's article: the page's content script reads it (metadata and main text), the
 * core analyses it and proposes its deals, the store keeps it all in one transaction.
 */
import browser from 'webextension-polyfill';
import { analyse } from '../core/analyse';
import type { Lang } from '../core/kb/types';
import { envelope, toContent, type Response } from '../messages';
import { saveArticle } from '../store/save-article';
import { db, SaidError } from '../store/open';
import { savingMatcher } from './saving-matcher';

type Article = Response<typeof toContent, 'read-article'>;

export async function readArticle(tabId: number): Promise<Article> {
  let answer: unknown;
  try {
    answer = await browser.tabs.sendMessage(tabId, envelope(toContent, 'read-article', {}));
  } catch {
    throw new SaidError({ key: 'errorUnreadable' });
  }
  const a = answer as Article | { ok: false; error: string };
  if (!a.ok) throw new SaidError({ key: 'errorSave', detail: a.error });
  if (a.text.trim().length === 0) throw new SaidError({ key: 'errorNoText' });
  return a;
}

export async function savePage(tabId: number, notes?: string, tags?: string[]) {
  const page = await readArticle(tabId);
  const analysis = analyse(page.text, { langHint: page.lang, published: page.published, matcher: await savingMatcher() });
  const store = await db();
  const r = await saveArticle(store, {
    url: page.url,
    canonicalUrl: page.canonicalUrl,
    title: page.title,
    site: page.site,
    author: page.author,
    lang: analysis.lang as Lang,
    published: page.published,
    text: page.text,
    entities: analysis.entities,
    amounts: analysis.amounts,
    deals: analysis.deals,
    notes,
    tags,
  });
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
