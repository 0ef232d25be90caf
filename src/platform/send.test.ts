import { afterEach, describe, expect, expectTypeOf, test, vi } from 'vitest';
import { browser, resetFakeBrowser } from '../../test/support/fake-browser';

vi.mock('webextension-polyfill', () => import('../../test/support/fake-browser'));
const { askBackground, askTab, SendError } = await import('./send');

const sendMessage = browser.runtime.sendMessage;

afterEach(() => {
  vi.useRealTimers();
  resetFakeBrowser();
});

const status = { ok: true, saved: true, savedAt: 1_700_000_000_000, title: 'T', notes: '', tags: ['x'] } as const;

describe('every send ends', () => {
  test('no answer in time (a stopped worker that never replies): a SendError saying so, after the timeout', async () => {
    vi.useFakeTimers();
    sendMessage.mockReturnValue(new Promise(() => undefined));
    const sent = askBackground('page-status', { url: 'https://a.test/' }, 3000).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(3000);
    const err = await sent;
    expect(err).toBeInstanceOf(SendError);
    expect(err).toMatchObject({ noAnswer: true, message: 'DealLens did not answer (page-status: 3 s). Try again.' });
  });

  test('a closed port (the worker killed mid-answer): a SendError with no answer', async () => {
    sendMessage.mockRejectedValue(new Error('The message port closed before a response was received.'));
    await expect(askBackground('save-page', { tabId: 1 })).rejects.toMatchObject({ noAnswer: true, message: expect.stringContaining('message port closed') });
  });

  test('nothing answered (no listener: Firefox resolves with undefined): a SendError with no answer', async () => {
    sendMessage.mockResolvedValue(undefined);
    await expect(askBackground('watch-changed', {})).rejects.toMatchObject({ noAnswer: true, message: 'DealLens did not answer (watch-changed). Try again.' });
  });

  test('an error answer: a SendError carrying it, which is an answer', async () => {
    sendMessage.mockResolvedValue({ ok: false, error: 'DealLens could not save' });
    await expect(askBackground('save-page', { tabId: 1 })).rejects.toMatchObject({ noAnswer: false, message: 'DealLens could not save' });
  });

  test('an answer: checked against its schema and returned, typed', async () => {
    sendMessage.mockResolvedValue(status);
    const answer = await askBackground('page-status', { url: 'https://a.test/' });
    expect(answer).toEqual(status);
    expectTypeOf(answer.savedAt).toEqualTypeOf<number | null>();
    expect(sendMessage).toHaveBeenCalledWith({ type: 'page-status', payload: { url: 'https://a.test/' } });
  });

  test('an answer from a tab: sent to that tab, checked against the content script’s schema', async () => {
    const summary = { ok: true, site: 'a.test', url: 'https://a.test/', active: true, counts: { fund: 2 }, lang: 'en' };
    browser.tabs.sendMessage.mockResolvedValue(summary);
    await expect(askTab(7, 'page-summary', {})).resolves.toEqual(summary);
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(7, { type: 'page-summary', payload: {} });
  });
});

describe('an answer that does not match its schema is a SendError naming the message and the field', () => {
  test.each([
    ['a field of the wrong type', { ...status, savedAt: 'yesterday' }, 'savedAt'],
    ['a missing field', { ok: true, saved: false, savedAt: null, title: null, notes: '' }, 'tags'],
    ['a field nested in a list', { ...status, tags: ['x', 3] }, 'tags.1'],
    ['a field the schema does not have', { ...status, extra: 1 }, 'extra'],
    ['"ok" that is neither true nor false', { ...status, ok: 'yes' }, 'ok'],
    ['an error answer without its error', { ok: false }, 'ok'],
    ['not an object at all', 'saved', 'answer'],
  ])('%s', async (_what, answer, field) => {
    sendMessage.mockResolvedValue(answer);
    const err = await askBackground('page-status', { url: 'https://a.test/' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SendError);
    expect(err).toMatchObject({ noAnswer: false });
    expect((err as Error).message).toMatch(new RegExp(`^DealLens gave an answer to page-status that it cannot read \\(${field.replace('.', '\\.')}: .+\\)\\. Try again\\.$`));
  });

  test('a content script’s malformed answer too (an older build left on the page)', async () => {
    browser.tabs.sendMessage.mockResolvedValue({ ok: true, entities: [{ id: 'renault', name: 'Renault', type: 'carmaker', count: 2 }], amounts: [] });
    await expect(askTab(3, 'page-entities', {})).rejects.toMatchObject({ noAnswer: false, message: expect.stringContaining('page-entities that it cannot read (entities.0.type: ') });
  });
});
