import browser from 'webextension-polyfill';
import { envelope, toBackground } from '../messages';

/** After a write to the store's entities: the background publishes the overlay again and open tabs repaint. */
export async function kbChanged(): Promise<void> {
  const answer = (await browser.runtime.sendMessage(envelope(toBackground, 'kb-changed', {}))) as { ok: boolean; error?: string };
  if (!answer?.ok) throw new Error(answer?.error ?? 'kb-changed: no answer');
}
