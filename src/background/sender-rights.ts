/**
 * What a sender may ask. Extension pages (popup, options) and the worker may ask anything; a
 * content script runs in a page's renderer, which a hostile page may have compromised, so it is
 * answered only about its own tab: the saved state of its own address, a save of its own tab.
 */
import browser from 'webextension-polyfill';
import { cleanUrl } from '../core/text/url';

export class Refused extends Error {}

/** Whether the message comes from a content script (a frame of a web page), not from one of DealLens's own pages. */
export function fromContentScript(sender: browser.Runtime.MessageSender): boolean {
  const own = browser.runtime.getURL('');
  return sender.tab !== undefined && !(sender.url ?? '').startsWith(own);
}

/** The addresses a content script's tab stands for: its frame's and its tab's, cleaned. */
function ownAddresses(sender: browser.Runtime.MessageSender): Set<string> {
  return new Set([sender.url, sender.tab?.url].filter((u): u is string => Boolean(u)).map(cleanUrl));
}

export function mayAskAbout(sender: browser.Runtime.MessageSender, url: string): void {
  if (fromContentScript(sender) && !ownAddresses(sender).has(cleanUrl(url))) throw new Refused(browser.i18n.getMessage('notYourTab'));
}

export function maySave(sender: browser.Runtime.MessageSender, tabId: number): void {
  if (fromContentScript(sender) && sender.tab?.id !== tabId) throw new Refused(browser.i18n.getMessage('notYourTab'));
}

/** Messages only DealLens's own pages send (the watchlist and knowledge base changed). */
export function extensionPagesOnly(sender: browser.Runtime.MessageSender): void {
  if (fromContentScript(sender)) throw new Refused(browser.i18n.getMessage('notYourTab'));
}
