/**
 * Which view the popup shows, kept in the address's hash so "open in a tab", reloads and the
 * back button keep the reader's place: #page, #collection, #article/ID, #deals, #watchlist, #entity/ID.
 */
import { useEffect, useState } from 'preact/hooks';

export type Route = { view: 'page' } | { view: 'collection' } | { view: 'article'; id: string } | { view: 'deals' } | { view: 'watchlist' } | { view: 'entity'; id: string };

export type TabView = 'page' | 'collection' | 'deals' | 'watchlist';

export function parseRoute(hash: string, fallback: TabView): Route {
  const [view, ...rest] = hash.replace(/^#/, '').split('/');
  const id = decodeURIComponent(rest.join('/'));
  if ((view === 'entity' || view === 'article') && id) return { view, id };
  if (view === 'page' || view === 'collection' || view === 'deals' || view === 'watchlist') return { view };
  return { view: fallback };
}

export function hrefOf(r: Route): string {
  return 'id' in r ? `#${r.view}/${encodeURIComponent(r.id)}` : `#${r.view}`;
}

export function go(r: Route): void {
  location.hash = hrefOf(r);
}

/** The tab a sub-view belongs to, for the tab bar. */
export function tabOf(r: Route): TabView {
  return r.view === 'article' ? 'collection' : r.view === 'entity' ? 'collection' : r.view;
}

export function useRoute(fallback: TabView): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash, fallback));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash, fallback));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, [fallback]);
  return route;
}
