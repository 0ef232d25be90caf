/**
 * Every message a page sends (popup, options) goes through here: it has a timeout and a catch,
 * so a stopped or killed service worker, or a page that never answers, ends in a SendError the
 * page can say, never in a promise that waits for ever with its button disabled. An answer is
 * checked against its message's response schema before anyone reads it: the other end is another
 * context (a content script may be an older build left on a page), and a cast would only move
 * the crash to wherever the missing field is first used.
 */
import * as v from 'valibot';
import browser from 'webextension-polyfill';
import { envelope, toBackground, toContent, type Request, type Response } from '../messages';
import { t } from './i18n';

export const DEFAULT_TIMEOUT = 5000;

export class SendError extends Error {
  /**
   * true when no answer came (timeout, closed port, stopped worker): what was asked may or may not
   * have happened. false when an answer came that says it failed, or that does not match its schema.
   */
  constructor(message: string, readonly noAnswer: boolean) {
    super(message);
  }
}

/** A message map's shape (the maps of src/messages.ts): request and response schemas by type. */
export type MessageMap = Record<string, { request: v.GenericSchema; response: v.GenericSchema }>;

type Bg = typeof toBackground;
type Ct = typeof toContent;

const errorAnswer = v.object({ ok: v.literal(false), error: v.string() });

function within<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendError(t('errorNoAnswer', `${what}: ${ms / 1000} s`), true)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

/** The answer as its schema reads it, or a SendError: none came, it says it failed, or it is not what the schema says. */
export function checkAnswer<M extends MessageMap, K extends keyof M & string>(map: M, type: K, answer: unknown): Response<M, K> {
  if (answer === undefined) throw new SendError(t('errorNoAnswer', type), true);
  const failed = v.safeParse(errorAnswer, answer);
  if (failed.success) throw new SendError(failed.output.error, false);
  const parsed = v.safeParse(map[type].response, answer);
  if (parsed.success) return parsed.output;
  const issue = parsed.issues[0];
  throw new SendError(t('errorBadAnswer', [type, v.getDotPath(issue) || 'answer', issue.message]), false);
}

/** Sends, waits at most `timeoutMs`, and checks the answer; every way this can end is a value or a SendError. */
export async function answerOf<M extends MessageMap, K extends keyof M & string>(map: M, type: K, send: () => Promise<unknown>, timeoutMs: number): Promise<Response<M, K>> {
  let answer: unknown;
  try {
    answer = await within(send(), timeoutMs, type);
  } catch (err) {
    if (err instanceof SendError) throw err;
    throw new SendError(t('errorNoAnswer', `${type}: ${err instanceof Error ? err.message : String(err)}`), true);
  }
  return checkAnswer(map, type, answer);
}

export function askBackground<K extends keyof Bg & string>(type: K, payload: Request<Bg, K>, timeoutMs = DEFAULT_TIMEOUT): Promise<Response<Bg, K>> {
  return answerOf(toBackground, type, () => browser.runtime.sendMessage(envelope(toBackground, type, payload)), timeoutMs);
}

export function askTab<K extends keyof Ct & string>(tabId: number, type: K, payload: Request<Ct, K>, timeoutMs = DEFAULT_TIMEOUT): Promise<Response<Ct, K>> {
  return answerOf(toContent, type, () => browser.tabs.sendMessage(tabId, envelope(toContent, type, payload)), timeoutMs);
}
