import { afterEach, describe, expect, test, vi } from 'vitest';

const sendMessage = vi.fn();
vi.mock('webextension-polyfill', () => ({ default: { runtime: { sendMessage }, tabs: { sendMessage }, i18n: { getMessage: (key: string, subs?: string[]) => `${key}: ${subs ?? ''}` } } }));
const { askBackground, SendError } = await import('./send');

afterEach(() => {
  vi.useRealTimers();
  sendMessage.mockReset();
});

describe('every send ends', () => {
  test('no answer in time (a stopped worker that never replies): a SendError saying so, after the timeout', async () => {
    vi.useFakeTimers();
    sendMessage.mockReturnValue(new Promise(() => undefined));
    const sent = askBackground('page-status', { url: 'https://a.test/' }, 3000).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(3000);
    const err = await sent;
    expect(err).toBeInstanceOf(SendError);
    expect(err).toMatchObject({ noAnswer: true, message: expect.stringContaining('errorNoAnswer') });
  });

  test('a closed port (the worker killed mid-answer): a SendError with no answer', async () => {
    sendMessage.mockRejectedValue(new Error('The message port closed before a response was received.'));
    await expect(askBackground('save-page', { tabId: 1 })).rejects.toMatchObject({ noAnswer: true, message: expect.stringContaining('message port closed') });
  });

  test('an error answer: a SendError carrying it, which is an answer', async () => {
    sendMessage.mockResolvedValue({ ok: false, error: 'DealLens could not save' });
    await expect(askBackground('save-page', { tabId: 1 })).rejects.toMatchObject({ noAnswer: false, message: 'DealLens could not save' });
  });

  test('an answer: returned as it is', async () => {
    sendMessage.mockResolvedValue({ ok: true, saved: false, savedAt: null, title: null, notes: '', tags: [] });
    await expect(askBackground('page-status', { url: 'https://a.test/' })).resolves.toMatchObject({ ok: true, saved: false });
  });
});
