import { render } from 'preact';
import browser from 'webextension-polyfill';
import { envelope, toContent } from '../messages';
import { Switches } from './Switches';
import './popup.css';

/** The tab the popup speaks of: ?tab=ID when opened in a tab (contract 5), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return id;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/** The page's site, as its content script sees it: none where DealLens cannot run (browser pages). */
async function siteOfTab(id: number | undefined): Promise<string | null> {
  if (id === undefined) return null;
  try {
    const answer = (await browser.tabs.sendMessage(id, envelope(toContent, 'page-summary', {}))) as { ok: boolean; site?: string | null };
    return answer.ok ? (answer.site ?? null) : null;
  } catch {
    return null;
  }
}

void targetTabId()
  .then(siteOfTab)
  .then((site) => {
    document.documentElement.lang = browser.i18n.getUILanguage();
    render(<Switches site={site} />, document.getElementById('app')!);
  });
