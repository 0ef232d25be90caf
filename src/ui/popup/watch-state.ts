/**
 * The watchlist as the popup's views share it: one copy, read from the store once, and every
 * star or unstar seen by every view at once. The background is told, so badges follow.
 */
import { useEffect, useState } from 'preact/hooks';
import { setWatched, watchlist } from '../../store/watchlist';
import { useConnector, type Connector } from '../connect/connector';

interface Shared {
  current: string[] | null;
  listeners: Set<(list: string[]) => void>;
}

/** One copy per connector: one per page in the extension, one per test against the mock. */
const shared = new WeakMap<Connector, Shared>();

function sharedBy(connector: Connector): Shared {
  let s = shared.get(connector);
  if (!s) shared.set(connector, (s = { current: null, listeners: new Set() }));
  return s;
}

async function load(connector: Connector): Promise<string[]> {
  const s = sharedBy(connector);
  s.current ??= await watchlist(await connector.store());
  return s.current;
}

async function toggleWatched(connector: Connector, id: string, on: boolean): Promise<void> {
  const s = sharedBy(connector);
  s.current = await setWatched(await connector.store(), id, on);
  for (const l of s.listeners) l(s.current);
  // The badges follow when the background answers; the star itself is already in the store.
  await connector.askBackground('watch-changed', {}).catch(() => undefined);
}

export function useWatchlist(): string[] {
  const connector = useConnector();
  const [list, setList] = useState<string[]>(sharedBy(connector).current ?? []);
  useEffect(() => {
    const { listeners } = sharedBy(connector);
    listeners.add(setList);
    void load(connector).then(setList);
    return () => void listeners.delete(setList);
  }, [connector]);
  return list;
}

/** Stars (on) or unstars an entity, for every view of the page at once. */
export function useToggleWatched(): (id: string, on: boolean) => Promise<void> {
  const connector = useConnector();
  return (id, on) => toggleWatched(connector, id, on);
}
