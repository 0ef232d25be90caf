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

/** The toolbar badge says that the page in this tab is saved. */
export async function markSaved(tabId: number, saved: boolean): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: saved ? '✓' : '' }).catch(() => undefined);
  if (saved) await browser.action.setBadgeBackgroundColor({ tabId, color: '#15803d' }).catch(() => undefined);
}
