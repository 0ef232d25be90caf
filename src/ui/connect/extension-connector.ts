/**
 * The connector of a real extension page: the cached store connection of src/store/open.ts (one
 * per page, however many views ask) and the checked sends of src/platform/send.ts.
 *
 * It does not close the store on pagehide: Dexie already does what is right there. On a pagehide
 * that may put the page in the back-forward cache it closes its connections and lets them open
 * again on the next use (so the page is not kept out of the cache, nor an upgrade blocked); on any
 * other pagehide the page and its connection end together. Closing it ourselves would only make
 * the next use of the same instance fail.
 */
import { askBackground, askTab } from '../../platform/send';
import { db } from '../../store/open';
import { onTablesChanged } from '../../store/store-changes';
import type { Connector } from './connector';

const NUDGE_MS = 300;

export function extensionConnector(): Connector {
  // What this page writes, the team collection sends: the background is told, which also wakes a stopped worker.
  let timer: ReturnType<typeof setTimeout> | undefined;
  onTablesChanged(['entities', 'deals', 'articles'], () => {
    clearTimeout(timer);
    timer = setTimeout(() => void askBackground('team-nudge', {}).catch(() => undefined), NUDGE_MS);
  });
  return { store: db, askBackground, askTab, onStoreChanged: (tables, callback) => onTablesChanged(tables, callback) };
}
