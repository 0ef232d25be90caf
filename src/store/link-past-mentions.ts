/**
 * A name DealLens did not know becomes one of its entities (the card's "Add to DealLens as…",
 * the context menu, the options page): the saved articles that named it are linked to it, in
 * one transaction, as if it had been known when they were saved.
 */
import { aliasText } from '../core/kb/alias-text';
import { foldName, unknownKeysOf } from './records/derived';
import { relink, type ArticleRecord, type DealLensDB, type EntityRecord } from './schema';

/** Links the articles that named `entity` (by its name or an alias) before it existed; resolves to how many. */
export async function linkPastMentions(db: DealLensDB, entity: Pick<EntityRecord, 'id' | 'name' | 'aliases'>): Promise<number> {
  const keys = [...new Set([entity.name, ...(entity.aliases ?? []).map(aliasText)].map(foldName))].filter((k) => k !== '');
  if (keys.length === 0) return 0;
  return db.transaction('rw', db.articles, db.links, async () => {
    const articles = await db.articles.where('unknownKeys').anyOf(keys).distinct().toArray();
    const changed: ArticleRecord[] = [];
    for (const a of articles) {
      const named = (a.unknownNames ?? []).filter((n) => keys.includes(foldName(n.name)));
      if (named.length === 0) continue;
      const count = named.reduce((sum, n) => sum + n.count, 0);
      const rest = (a.unknownNames ?? []).filter((n) => !named.includes(n));
      const had = a.entities.find((e) => e.id === entity.id);
      const entities = had ? a.entities.map((e) => (e === had ? { ...e, count: e.count + count } : e)) : [...a.entities, { id: entity.id, count }];
      const next: ArticleRecord = { ...a, entities, entityIds: [...new Set(entities.map((e) => e.id))] };
      if (rest.length) Object.assign(next, { unknownNames: rest, unknownKeys: unknownKeysOf(rest) });
      else {
        delete next.unknownNames;
        delete next.unknownKeys;
      }
      changed.push(next);
    }
    if (changed.length) {
      await db.articles.bulkPut(changed);
      await relink(db, [], changed);
    }
    return changed.length;
  });
}
