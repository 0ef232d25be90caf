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
import type { Connector } from './connector';

export function extensionConnector(): Connector {
  return { store: db, askBackground, askTab };
}
