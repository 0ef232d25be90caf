import { useEffect, useState } from 'preact/hooks';
import type { Connector, StoreTable } from './connector';

const AT_MOST_EVERY_MS = 1000;

/**
 * A number that moves when records of these tables change (a colleague's arriving through the team
 * collection, or a save from another window), for a view to read the store again. A burst of
 * changes (a team database joined, an import elsewhere) moves it at most once a second, and once
 * more after the last change, so the view is never re-read per batch.
 */
export function useStoreVersion(connector: Connector, tables: readonly StoreTable[], every = AT_MOST_EVERY_MS): number {
  const [version, setVersion] = useState(0);
  const key = tables.join(',');
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const bump = () => {
      timer = undefined;
      last = Date.now();
      setVersion((v) => v + 1);
    };
    const stop = connector.onStoreChanged(tables, () => {
      if (timer !== undefined) return;
      const wait = last + every - Date.now();
      if (wait <= 0) bump();
      else timer = setTimeout(bump, wait);
    });
    return () => {
      stop();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [connector, key, every]);
  return version;
}
