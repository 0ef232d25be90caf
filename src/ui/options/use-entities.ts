import { useCallback, useEffect, useState } from 'preact/hooks';
import type { EntityRecord } from '../../store/schema';
import { useConnector } from '../connect/connector';

/** Every entity in the store (about a thousand: one read), and a way to read them again after a change. */
export function useEntities(): { entities: EntityRecord[]; reload: () => Promise<void>; error: string } {
  const connector = useConnector();
  const [entities, setEntities] = useState<EntityRecord[]>([]);
  const [error, setError] = useState('');
  const reload = useCallback(async () => {
    try {
      setEntities(await (await connector.store()).entities.toArray());
    } catch (err) {
      setError((err as Error).message);
    }
  }, [connector]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { entities, reload, error };
}
