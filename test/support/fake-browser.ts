/**
 * The webextension-polyfill's `browser` for node tests of UI code, one for every test file:
 * i18n from the real messages of src/_locales (placeholders filled as the browser fills them), so
 * a test reads what a reader reads; storage.local in memory, with its change events; and the
 * sends as mocks. A test file takes it with
 *   vi.mock('webextension-polyfill', () => import('<relative path>/test/support/fake-browser'));
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
type Change = { oldValue?: unknown; newValue?: unknown };
type Listener = (changes: Record<string, Change>, area: string) => void;

const LOCALES = join(import.meta.dirname, '../../src/_locales');
export const loadMessages = (lang: string): Messages => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8')) as Messages;

let language = 'en';
let messages = loadMessages(language);

/** Reads the strings of another language from now on (resetFakeBrowser goes back to English). */
export function useLocale(lang: string): void {
  language = lang;
  messages = loadMessages(lang);
}

/** chrome.i18n.getMessage as the browser does it: named placeholders mapped to $1.., then filled; "" for an unknown key. */
export function getMessage(key: string, subs?: string | string[]): string {
  const m = messages[key];
  if (!m) return '';
  const args = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const content = m.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => args[Number(n) - 1] ?? '');
  });
}

const local = new Map<string, unknown>();
const listeners = new Set<Listener>();

function keysOf(keys: unknown): [string, unknown][] {
  if (keys === null || keys === undefined) return [...local.keys()].map((k) => [k, undefined]);
  if (typeof keys === 'string') return [[keys, undefined]];
  if (Array.isArray(keys)) return keys.map((k) => [String(k), undefined]);
  return Object.entries(keys as Record<string, unknown>);
}

function tell(changes: Record<string, Change>): void {
  // Storage events arrive after the write's promise, as in the browser.
  queueMicrotask(() => {
    for (const l of listeners) l(changes, 'local');
  });
}

const storageLocal = {
  async get(keys?: unknown): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const [k, fallback] of keysOf(keys)) {
      if (local.has(k)) out[k] = structuredClone(local.get(k));
      else if (fallback !== undefined) out[k] = fallback;
    }
    return out;
  },
  async set(items: Record<string, unknown>): Promise<void> {
    const changes: Record<string, Change> = {};
    for (const [k, v] of Object.entries(items)) {
      changes[k] = { oldValue: local.get(k), newValue: structuredClone(v) };
      local.set(k, structuredClone(v));
    }
    tell(changes);
  },
  async remove(keys: string | string[]): Promise<void> {
    const changes: Record<string, Change> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) {
      if (!local.has(k)) continue;
      changes[k] = { oldValue: local.get(k) };
      local.delete(k);
    }
    tell(changes);
  },
};

/** Host permissions the reader granted; `request` grants unless a test refuses (as a reader's click on "Don't allow"). */
const granted = new Set<string>();
export const permissionsAnswer = { grant: true };
const permissions = {
  request: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
    if (!permissionsAnswer.grant) return false;
    for (const o of origins) granted.add(o);
    return true;
  }),
  contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) => origins.every((o) => granted.has(o))),
};

export const browser = {
  permissions,
  i18n: { getMessage, getUILanguage: () => language },
  runtime: { sendMessage: vi.fn(), getURL: (path: string) => `chrome-extension://deallens/${path.replace(/^\//, '')}` },
  tabs: { sendMessage: vi.fn(), query: vi.fn(async () => []), create: vi.fn(async () => ({})) },
  storage: {
    local: storageLocal,
    onChanged: { addListener: (l: Listener) => void listeners.add(l), removeListener: (l: Listener) => void listeners.delete(l), hasListener: (l: Listener) => listeners.has(l) },
  },
  extension: { getViews: () => [] },
};

/** Between tests: empty storage, no listeners, English, mocks forgotten. */
export function resetFakeBrowser(): void {
  local.clear();
  granted.clear();
  permissionsAnswer.grant = true;
  permissions.request.mockClear();
  listeners.clear();
  useLocale('en');
  browser.runtime.sendMessage.mockReset();
  browser.tabs.sendMessage.mockReset();
  browser.tabs.query.mockReset().mockResolvedValue([]);
  browser.tabs.create.mockReset().mockResolvedValue({});
}

export default browser;
