import { render } from 'preact';
import browser from 'webextension-polyfill';
import { ConnectorContext } from '../connect/connector';
import { uiLanguage } from '../controls/i18n';
import { extensionConnector } from '../connect/extension-connector';
import { App, type PageTarget } from './App';
import './popup.css';

const params = new URLSearchParams(location.search);
const connector = extensionConnector();

/** The tab the popup speaks of: ?tab=ID when opened in a tab (contract 5), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const id = Number(params.get('tab'));
  if (Number.isInteger(id) && id > 0) return id;
  if (params.has('full')) return undefined;
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/** The page's site and address, as its content script sees them: none where DealLens cannot run (browser pages). */
async function pageOf(tabId: number | undefined): Promise<PageTarget> {
  if (tabId === undefined) return { tabId, site: null, url: null };
  try {
    const answer = await connector.askTab(tabId, 'page-summary', {});
    return { tabId, site: answer.site, url: answer.url };
  } catch {
    return { tabId, site: null, url: null };
  }
}

document.documentElement.lang = uiLanguage();
/** Opened as a page in a tab rather than as the toolbar's popup: no "open in a tab" then, and the full width. */
function inTab(): boolean {
  try {
    return !browser.extension.getViews({ type: 'popup' }).includes(window);
  } catch {
    return params.has('tab') || params.has('full');
  }
}
const tabbed = inTab();
document.documentElement.classList.toggle('in-tab', tabbed);
void targetTabId()
  .then(pageOf)
  .then((target) =>
    render(
      <ConnectorContext.Provider value={connector}>
        <App target={target} inTab={tabbed} />
      </ConnectorContext.Provider>,
      document.getElementById('app')!,
    ),
  );
