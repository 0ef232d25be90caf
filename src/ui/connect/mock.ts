/**
 * The connector for tests of views, beside the real one (darkreader's ui/connect/mock.ts is the
 * model). Its store is a real DealLensDB (Dexie) on its own fake-indexeddb, the knowledge base in
 * and, unless asked otherwise, the fixture records saved: what the extension would hold. Its
 * messages are answered by handlers the test supplies, typed by the same message map, and go
 * through the checks real messages go through: the request against its schema (as the receiving
 * end does), the answer against its schema (as send.ts does). A message with no handler gets no
 * answer, as from a tab DealLens does not run in.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import * as v from 'valibot';
import { toBackground, toContent, type ErrorAnswer, type Request, type Response } from '../../messages';
import { t } from '../../platform/i18n';
import { answerOf, DEFAULT_TIMEOUT, SendError, type MessageMap } from '../../platform/send';
import { syncKnowledgeBase } from '../../store/kb-sync';
import { DealLensDB } from '../../store/schema';
import { onTablesChanged } from '../../store/store-changes';
import type { Connector, ToBackground, ToContent } from './connector';
import { fillFixtures, FIXTURE_NOW } from './fixtures';

type Answer<M extends MessageMap, K extends keyof M> = Response<M, K> | ErrorAnswer;

/** A test's answers: for each message it handles, the answer (or an error answer), at once or later; a throw is a failed handler. */
export type MockHandlers<M extends MessageMap, Ctx> = { [K in keyof M & string]?: (payload: Request<M, K>, ctx: Ctx) => Answer<M, K> | Promise<Answer<M, K>> };

export interface Sent {
  /** 'background', or the tab's id. */
  to: 'background' | number;
  type: string;
  payload: unknown;
}

export interface MockOptions {
  /** What the store holds besides the knowledge base: the fixture records (the default), or nothing. */
  records?: 'fixtures' | 'none';
  background?: MockHandlers<ToBackground, undefined>;
  tab?: MockHandlers<ToContent, { tabId: number }>;
}

export interface MockConnector extends Connector {
  /** Every message sent, in order, as the views sent it. */
  readonly sent: Sent[];
  /** Resolves once the store, if asked for, is open and filled (so nothing of it is left running after a test). */
  settled(): Promise<void>;
  /** Closes the store (its fake-indexeddb goes with the connector). */
  close(): Promise<void>;
}

/** Thrown by a handler: no answer came (a closed port, a stopped worker). */
export function noAnswer(type: string): never {
  throw new SendError(t('errorNoAnswer', type), true);
}

function answer<M extends MessageMap, K extends keyof M & string, Ctx>(map: M, handlers: MockHandlers<M, Ctx> | undefined, type: K, payload: Request<M, K>, ctx: Ctx, timeoutMs: number): Promise<Response<M, K>> {
  return answerOf(
    map,
    type,
    async () => {
      const handler = handlers?.[type];
      if (!handler) throw new Error('Could not establish connection. Receiving end does not exist.');
      const request = v.safeParse(map[type].request, payload);
      if (!request.success) return { ok: false, error: `invalid ${type}: ${v.getDotPath(request.issues[0]) ?? 'payload'}: ${request.issues[0].message}` } satisfies ErrorAnswer;
      try {
        return await handler(request.output, ctx);
      } catch (err) {
        if (err instanceof SendError) throw err;
        return { ok: false, error: `${type} failed: ${err instanceof Error ? err.message : String(err)}` } satisfies ErrorAnswer;
      }
    },
    timeoutMs,
  );
}

export function mockConnector(options: MockOptions = {}): MockConnector {
  const sent: Sent[] = [];
  let opening: Promise<DealLensDB> | null = null;
  const open = async () => {
    const db = new DealLensDB('deallens', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    await syncKnowledgeBase(db, undefined, FIXTURE_NOW);
    if ((options.records ?? 'fixtures') === 'fixtures') await fillFixtures(db);
    return db;
  };
  return {
    sent,
    store: () => (opening ??= open()),
    askBackground(type, payload, timeoutMs = DEFAULT_TIMEOUT) {
      sent.push({ to: 'background', type, payload });
      return answer(toBackground, options.background, type, payload, undefined, timeoutMs);
    },
    askTab(tabId, type, payload, timeoutMs = DEFAULT_TIMEOUT) {
      sent.push({ to: tabId, type, payload });
      return answer(toContent, options.tab, type, payload, { tabId }, timeoutMs);
    },
    onStoreChanged(tables, callback) {
      // The mock's store is a real Dexie database: its own writes say so, as in the extension.
      return onTablesChanged(tables, callback);
    },
    async settled() {
      await opening?.catch(() => undefined);
    },
    async close() {
      (await opening?.catch(() => null))?.close();
    },
  };
}
