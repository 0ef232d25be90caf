/**
 * The entities the reader watches: a starred entity lights the toolbar badge on pages that name
 * it and comes first in the popup. One small list in the store's meta table, in the order starred.
 */
import type { DealLensDB } from './schema';

const KEY = 'watchlist';

export async function watchlist(db: DealLensDB): Promise<string[]> {
  const value = (await db.meta.get(KEY))?.value;
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

export async function setWatched(db: DealLensDB, id: string, on: boolean): Promise<string[]> {
  return db.transaction('rw', db.meta, async () => {
    const list = (await watchlist(db)).filter((x) => x !== id);
    if (on) list.push(id);
    await db.meta.put({ key: KEY, value: list });
    return list;
  });
}
