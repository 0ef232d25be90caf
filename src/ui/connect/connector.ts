/**
 * What a UI page (popup, options) needs of the rest of the extension, behind one interface: the
 * store's one connection and the typed messages. Views take it from context, so the same views
 * run in the extension (extension-connector.ts) and, in tests, against a store on fake-indexeddb
 * and answers the test supplies (mock.ts), with no background and no browser.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Request, Response, toBackground, toContent } from '../../messages';
import type { DealLensDB } from '../../store/schema';

export type ToBackground = typeof toBackground;
export type ToContent = typeof toContent;
export type BackgroundType = keyof ToBackground & string;
export type TabType = keyof ToContent & string;

export interface Connector {
  /** The page's one store connection, the knowledge base in; every call gives the same one. */
  store(): Promise<DealLensDB>;
  /** Asks the background. Rejects with a SendError when no answer comes, or one that fails or does not match the message's schema. */
  askBackground<K extends BackgroundType>(type: K, payload: Request<ToBackground, K>, timeoutMs?: number): Promise<Response<ToBackground, K>>;
  /** Asks the content script of a tab; rejects likewise (a tab DealLens does not run in gives no answer). */
  askTab<K extends TabType>(tabId: number, type: K, payload: Request<ToContent, K>, timeoutMs?: number): Promise<Response<ToContent, K>>;
  /** Calls back when records of these tables change, here or in another of the extension's contexts (a colleague's change applied by the background); returns the unsubscribe. */
  onStoreChanged(tables: readonly StoreTable[], callback: () => void): () => void;
}

export type StoreTable = 'entities' | 'deals' | 'articles';

// How a send fails, whichever connector sent it: views tell "no answer" from "an answer that says no".
export { SendError } from '../../platform/send';

export const ConnectorContext = createContext<Connector | null>(null);

/** The connector of the page this view is rendered in. */
export function useConnector(): Connector {
  const connector = useContext(ConnectorContext);
  if (!connector) throw new Error('No connector: render UI views inside <ConnectorContext.Provider>.');
  return connector;
}
