/**
 * Every entity the store knows (shipped and the user's), read once per page: names for deal
 * parties, kinds for grouping, and the list the entity filter offers. A thousand small records,
 * so one read is cheaper than one per name.
 */
import { useEffect, useState } from 'preact/hooks';
import { kbEntity } from '../../core/kb';
import { aliasText } from '../../core/kb/alias-text';
import { foldString } from '../../core/text/char-class';
import type { EntityRecord } from '../../store/schema';
import { useConnector, type Connector } from '../connect/connector';

export type Directory = Map<string, EntityRecord>;

/** One read per connector: one per page in the extension, one per test against the mock. */
const loaded = new WeakMap<Connector, Promise<Directory>>();

export function loadDirectory(connector: Connector): Promise<Directory> {
  let dir = loaded.get(connector);
  if (!dir) {
    dir = connector
      .store()
      .then((db) => db.entities.toArray())
      .then((all) => new Map(all.filter((e) => !e.hidden).map((e) => [e.id, e])));
    loaded.set(connector, dir);
  }
  return dir;
}

export function useDirectory(): Directory | null {
  const connector = useConnector();
  const [dir, setDir] = useState<Directory | null>(null);
  useEffect(() => {
    void loadDirectory(connector).then(setDir);
  }, [connector]);
  return dir;
}

/** A party's name: from the store, else the shipped knowledge base, else its id. */
export function nameOf(dir: Directory | null, id: string): string {
  return dir?.get(id)?.name ?? kbEntity(id)?.name ?? id;
}

/** The entity a reader means by a name: its display name first, else one of its aliases (accents and case ignored). */
export function findByName(dir: Directory, text: string): EntityRecord | undefined {
  const folded = foldString(text.trim());
  if (!folded) return undefined;
  const all = [...dir.values()];
  return all.find((e) => foldString(e.name) === folded || e.id === text.trim()) ?? all.find((e) => (e.aliases ?? []).some((a) => foldString(aliasText(a)) === folded));
}
