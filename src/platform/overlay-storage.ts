import browser from 'webextension-polyfill';
import { OVERLAY_KEY, parseOverlay, type KbOverlay } from '../core/kb/overlay';

/** The published overlay (see kb-overlay.ts); an empty one when nothing, or nothing valid, is stored. */
export async function loadOverlay(): Promise<KbOverlay> {
  return parseOverlay((await browser.storage.local.get(OVERLAY_KEY))[OVERLAY_KEY]);
}

export async function saveOverlay(overlay: KbOverlay): Promise<void> {
  await browser.storage.local.set({ [OVERLAY_KEY]: overlay });
}

/** Calls back with the new overlay whenever it is published again. */
export function onOverlayChanged(callback: (o: KbOverlay) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'local' && OVERLAY_KEY in changes) callback(parseOverlay(changes[OVERLAY_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
