import { render } from 'preact';
import browser from 'webextension-polyfill';
import { envelope, toContent } from '../messages';
import { PageContext } from './PageContext';
import { ProposedDeals } from './ProposedDeals';
import { SaveButton } from './SaveButton';
import { Switches } from './Switches';
import './popup.css';

/** The tab the popup speaks of: ?tab=ID when opened in a tab (contract 5), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const id = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(id) && id > 0) return id;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/** The page's site and address, as its content script sees them: none where DealLens cannot run (browser pages). */
async function pageOfTab(id: number | undefined): Promise<{ site: string | null; url: string | null }> {
  if (id === undefined) return { site: null, url: null };
  try {
    const answer = (await browser.tabs.sendMessage(id, envelope(toContent, 'page-summary', {}))) as { ok: boolean; site?: string | null; url?: string | null };
    return answer.ok ? { site: answer.site ?? null, url: answer.url ?? null } : { site: null, url: null };
  } catch {
    return { site: null, url: null };
  }
}

void targetTabId().then(async (tabId) => {
  const { site, url } = await pageOfTab(tabId);
  document.documentElement.lang = browser.i18n.getUILanguage();
  render(
    <>
      {tabId !== undefined && url && <SaveButton tabId={tabId} url={url} />}
      {url && <ProposedDeals url={url} />}
      {tabId !== undefined && url && <PageContext tabId={tabId} url={url} />}
      <Switches site={site} />
    </>,
    document.getElementById('app')!,
  );
});
