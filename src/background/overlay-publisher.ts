/**
 * Publishes the reader's knowledge-base changes from the store to extension storage, where
 * every content script listens (they never open the store). One publication at a time, so two
 * quick changes cannot land out of order.
 */
import { saveOverlay } from '../platform/overlay-storage';
import { db } from '../store/open';
import { overlayOf } from '../store/overlay';

let queue: Promise<void> = Promise.resolve();

export function publishOverlay(): Promise<void> {
  const next = queue.then(async () => saveOverlay(await overlayOf(await db())));
  queue = next.catch(() => undefined);
  return next;
}
