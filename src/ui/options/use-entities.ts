import { useCallback, useEffect, useState } from 'preact/hooks';
import { db } from '../../store/open';
import type { EntityRecord } from '../../store/schema';

/** Every entity in the store (about a thousand: one read), and a way to read them again after a change. */
export function useEntities(): { entities: EntityRecord[]; reload: () => Promise<void>; error: string } {
  const [entities, setEntities] = useState<EntityRecord[]>([]);
  const [error, setError] = useState('');
  const reload = useCallback(async () => {
    try {
      setEntities(await (await db()).entities.toArray());
    } catch (err) {
      setError((err as Error).message);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { entities, reload, error };
}
