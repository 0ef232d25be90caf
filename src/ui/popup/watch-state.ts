/**
 * The watchlist as the popup's views share it: one copy, read from the store once, and every
 * star or unstar seen by every view at once. The background is told, so badges follow.
 */
import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../../platform/send';
import { openStore } from '../../store/open';
import { setWatched, watchlist } from '../../store/watchlist';

let current: string[] | null = null;
const listeners = new Set<(list: string[]) => void>();

async function load(): Promise<string[]> {
  current ??= await watchlist(await openStore());
  return current;
}

export async function toggleWatched(id: string, on: boolean): Promise<void> {
  current = await setWatched(await openStore(), id, on);
  for (const l of listeners) l(current);
  // The badges follow when the background answers; the star itself is already in the store.
  await askBackground('watch-changed', {}).catch(() => undefined);
}

export function useWatchlist(): string[] {
  const [list, setList] = useState<string[]>(current ?? []);
  useEffect(() => {
    listeners.add(setList);
    void load().then(setList);
    return () => void listeners.delete(setList);
  }, []);
  return list;
}
