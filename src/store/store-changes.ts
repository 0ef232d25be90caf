/**
 * Told when records of these tables change, in this context or another of the extension's (Dexie
 * says so across pages and the service worker by a BroadcastChannel), so the team collection
 * sends them without polling the store.
 */
import Dexie from 'dexie';
import { DB_NAME } from './schema';

export function onTablesChanged(tables: readonly string[], callback: () => void, name = DB_NAME): () => void {
  const prefixes = tables.map((t) => `idb://${name}/${t}/`);
  const listener = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((p) => p === 'all' || prefixes.some((x) => p.startsWith(x)))) callback();
  };
  Dexie.on('storagemutated', listener);
  return () => Dexie.on('storagemutated').unsubscribe(listener);
}
