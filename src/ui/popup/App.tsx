import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { Announcer } from '../controls/Announcer';
import { ArticleView } from './collection/ArticleView';
import { CollectionView } from './collection/CollectionView';
import { DealsTable } from './deals/DealsTable';
import { EntityView } from './entity/EntityView';
import { t } from '../controls/i18n';
import { PageContext } from './page/PageContext';
import { ProposedDeals } from './page/ProposedDeals';
import { SaveButton } from './page/SaveButton';
import { Switches } from './page/Switches';
import { go, tabOf, useRoute, type TabView } from './route';
import { WatchlistView } from './watchlist/WatchlistView';

export interface PageTarget {
  tabId: number | undefined;
  site: string | null;
  url: string | null;
}

/**
 * The popup: this page's deal context, the collection, the deals table and the watchlist, one
 * tab each; an entity's profile and an article's detail open over them. The same UI fills a
 * browser tab when opened as one.
 */
export function App({ target, inTab }: { target: PageTarget; inTab: boolean }) {
  const hasPage = target.tabId !== undefined && target.url !== null;
  const tabs: TabView[] = [...(hasPage ? (['page'] as const) : []), 'collection', 'deals', 'watchlist'];
  const route = useRoute(hasPage ? 'page' : 'collection');
  const current = tabOf(route);
  const [version, setVersion] = useState(0);

  const onTabKey = (e: KeyboardEvent) => {
    const i = tabs.indexOf(current);
    const next = e.key === 'ArrowRight' ? tabs[(i + 1) % tabs.length] : e.key === 'ArrowLeft' ? tabs[(i - 1 + tabs.length) % tabs.length] : e.key === 'Home' ? tabs[0] : e.key === 'End' ? tabs[tabs.length - 1] : null;
    if (!next) return;
    e.preventDefault();
    go({ view: next });
    requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
  };
  const openInTab = () => {
    const query = target.tabId !== undefined ? `?tab=${target.tabId}&full` : '?full';
    void browser.tabs.create({ url: browser.runtime.getURL(`popup.html${query}${location.hash}`) });
    window.close();
  };

  return (
    <>
      <header class="top">
        <div role="tablist" aria-label="DealLens" onKeyDown={onTabKey}>
          {tabs.map((tab) => (
            <button key={tab} type="button" role="tab" id={`tab-${tab}`} aria-selected={tab === current} aria-controls="panel" tabIndex={tab === current ? 0 : -1} onClick={() => go({ view: tab })}>
              {t(`tab${tab[0].toUpperCase()}${tab.slice(1)}`)}
            </button>
          ))}
        </div>
        {!inTab && (
          <button type="button" class="link open-tab" onClick={openInTab}>
            {t('openInTab')}
          </button>
        )}
      </header>
      <div id="panel" role="tabpanel" aria-labelledby={`tab-${current}`}>
        {route.view === 'page' && hasPage && (
          <>
            <SaveButton tabId={target.tabId!} url={target.url!} onSaved={() => setVersion((v) => v + 1)} />
            <ProposedDeals url={target.url!} version={version} />
            <PageContext tabId={target.tabId!} url={target.url!} version={version} />
          </>
        )}
        {route.view === 'page' && <Switches site={target.site} />}
        {route.view === 'collection' && <CollectionView />}
        {route.view === 'article' && <ArticleView id={route.id} />}
        {route.view === 'deals' && <DealsTable />}
        {route.view === 'watchlist' && <WatchlistView />}
        {route.view === 'entity' && <EntityView id={route.id} />}
      </div>
      <Announcer />
    </>
  );
}
