/**
 * Every message a page sends (popup, options) goes through here: it has a timeout and a catch,
 * so a stopped or killed service worker, or a page that never answers, ends in a SendError the
 * page can say, never in a promise that waits for ever with its button disabled.
 */
import browser from 'webextension-polyfill';
import { envelope, toBackground, toContent, type Request, type Response } from '../messages';
import { t } from './i18n';

export const DEFAULT_TIMEOUT = 5000;

export class SendError extends Error {
  /** true when no answer came (timeout, closed port, stopped worker); false when the answer was an error. */
  constructor(message: string, readonly noAnswer: boolean) {
    super(message);
  }
}

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendError(t('errorNoAnswer', `${what}: ${ms / 1000} s`), true)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

async function answerOf<T>(send: () => Promise<unknown>, what: string, timeoutMs: number): Promise<T> {
  let answer: unknown;
  try {
    answer = await within(send(), timeoutMs, what);
  } catch (err) {
    if (err instanceof SendError) throw err;
    throw new SendError(t('errorNoAnswer', `${what}: ${(err as Error)?.message ?? String(err)}`), true);
  }
  const a = answer as { ok?: boolean; error?: string } | undefined;
  if (!a || a.ok !== true) throw new SendError(a?.error ?? t('errorNoAnswer', what), a === undefined);
  return answer as T;
}

type Bg = typeof toBackground;
type Ct = typeof toContent;

export function askBackground<K extends keyof Bg & string>(type: K, payload: Request<Bg, K>, timeoutMs = DEFAULT_TIMEOUT): Promise<Response<Bg, K>> {
  return answerOf(() => browser.runtime.sendMessage(envelope(toBackground, type, payload)), type, timeoutMs);
}

export function askTab<K extends keyof Ct & string>(tabId: number, type: K, payload: Request<Ct, K>, timeoutMs = DEFAULT_TIMEOUT): Promise<Response<Ct, K>> {
  return answerOf(() => browser.tabs.sendMessage(tabId, envelope(toContent, type, payload)), type, timeoutMs);
}
