/**
 * The reader's own knowledge base: entities they add, names, aliases and relations they
 * change, shipped entities and aliases they hide, and two entities merged into one. Each change
 * is one transaction, and is marked so that a newer shipped knowledge base leaves it alone
 * (see kb-sync.ts).
 */
import { setWatched, watchlist } from './watchlist';
import { aliasText } from '../core/kb/alias-text';
import type { Alias, EntityType, Relation } from '../core/kb/types';
import { foldString } from '../core/text/char-class';
import { slugOf } from '../core/text/slug';
import { redirectParties } from './kb-sync';
import { storable } from './records/check-record';
import { LIMITS } from './records/limits';
import { problemText, type Problem } from './records/problem';
import { relink, type ArticleRecord, type DealLensDB, type DealRecord, type EntityRecord } from './schema';

/** A change refused; `problem` names the field and rule when the record would break its schema. */
export class EditError extends Error {
  constructor(message: string, readonly problem?: Problem) {
    super(message);
  }
}

/** The one door of entity records: every write of the reader's edits passes the import's schema. */
const checked = (e: EntityRecord) => storable('entities', e, (p) => new EditError(problemText(p), p));



/** A name or alias as typed: one line, trimmed, not empty, not huge. */
export function cleanName(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t === '') throw new EditError('A name cannot be empty.');
  if (t.length > LIMITS.name) throw new EditError(`A name is at most ${LIMITS.name} characters.`);
  return t;
}

async function get(db: DealLensDB, id: string): Promise<EntityRecord> {
  const e = await db.entities.get(id);
  if (!e) throw new EditError(`No entity "${id}" in the store.`);
  if (e.mergedInto) throw new EditError(`"${e.name}" was merged into another entity.`);
  return e;
}

/** Marks a change: a shipped entity the user changed is theirs from now on. */
const mine = (e: EntityRecord, now: number): EntityRecord => ({ ...e, ...(e.origin === 'kb' ? { edited: true } : {}), updatedAt: now });

export interface NewEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
  description?: string;
}

/** Adds the reader's own entity, with an id made from its name (made unique with -2, -3...). */
export async function addUserEntity(db: DealLensDB, input: NewEntity, now = Date.now()): Promise<EntityRecord> {
  const name = cleanName(input.name);
  const base = slugOf(name);
  return db.transaction('rw', db.entities, async () => {
    let id = base;
    for (let n = 2; await db.entities.get(id); n++) id = `${base}-${n}`;
    const aliases = [...new Set((input.aliases ?? []).map(cleanName))].filter((a) => a !== name);
    const record: EntityRecord = { id, type: input.type, name, ...(aliases.length ? { aliases } : {}), description: input.description ?? '', origin: 'user', updatedAt: now };
    await db.entities.add(checked(record));
    return record;
  });
}

/** Adds an alias; one the user had hidden is shown again instead. */
export async function addAlias(db: DealLensDB, id: string, alias: string, now = Date.now()): Promise<EntityRecord> {
  const text = cleanName(alias);
  return db.transaction('rw', db.entities, async () => {
    const e = await get(db, id);
    if (e.hiddenAliases?.includes(text)) {
      const next = { ...e, hiddenAliases: e.hiddenAliases.filter((a) => a !== text), updatedAt: now };
      await db.entities.put(checked(next));
      return next;
    }
    if (e.name === text || (e.aliases ?? []).some((a) => aliasText(a) === text)) return e;
    const next = mine({ ...e, aliases: [...(e.aliases ?? []), text] }, now);
    await db.entities.put(checked(next));
    return next;
  });
}

export interface EntityEdit {
  name?: string;
  type?: EntityType;
  aliases?: Alias[];
  relations?: Relation[];
  description?: string;
}

/** Changes an entity's name, kind, aliases, relations or description. */
export async function editEntity(db: DealLensDB, id: string, edit: EntityEdit, now = Date.now()): Promise<EntityRecord> {
  return db.transaction('rw', db.entities, async () => {
    const e = await get(db, id);
    const next: EntityRecord = { ...e };
    if (edit.name !== undefined) next.name = cleanName(edit.name);
    if (edit.type !== undefined) next.type = edit.type;
    if (edit.description !== undefined) next.description = edit.description.slice(0, 2000);
    if (edit.aliases !== undefined) {
      const seen = new Set<string>();
      next.aliases = edit.aliases
        .map((a) => (typeof a === 'string' ? cleanName(a) : { ...a, text: cleanName(a.text) }))
        .filter((a) => !seen.has(aliasText(a)) && (seen.add(aliasText(a)), true));
    }
    if (edit.relations !== undefined) {
      for (const r of edit.relations) {
        if (r.entity === id) throw new EditError('An entity cannot be related to itself.');
        if (!(await db.entities.get(r.entity))) throw new EditError(`No entity "${r.entity}" to relate to.`);
      }
      next.relations = edit.relations;
    }
    const saved = mine(next, now);
    await db.entities.put(checked(saved));
    return saved;
  });
}

/** Hides a shipped entity that gives false highlights (or shows it again). */
export async function setEntityHidden(db: DealLensDB, id: string, hidden: boolean, now = Date.now()): Promise<EntityRecord> {
  return db.transaction('rw', db.entities, async () => {
    const e = await get(db, id);
    const next: EntityRecord = { ...e, updatedAt: now };
    if (hidden) next.hidden = true;
    else delete next.hidden;
    await db.entities.put(checked(next));
    return next;
  });
}

/**
 * Hides one of an entity's aliases (or its name, which is matched like an alias) or shows it
 * again. The alias stays in the record, so a newer knowledge base that still ships it keeps it hidden.
 */
export async function setAliasHidden(db: DealLensDB, id: string, alias: string, hidden: boolean, now = Date.now()): Promise<EntityRecord> {
  return db.transaction('rw', db.entities, async () => {
    const e = await get(db, id);
    const rest = (e.hiddenAliases ?? []).filter((a) => a !== alias);
    const next: EntityRecord = { ...e, hiddenAliases: hidden ? [...rest, alias] : rest, updatedAt: now };
    if (next.hiddenAliases!.length === 0) delete next.hiddenAliases;
    await db.entities.put(checked(next));
    return next;
  });
}

export interface MergeResult {
  kept: EntityRecord;
  deals: number;
  articles: number;
}

/**
 * Merges `dropId` into `keepId`: its deals and its mentions in saved articles follow, its name
 * and aliases become the kept one's aliases, and it stays as a hidden tombstone pointing to the
 * kept one, so a newer knowledge base neither brings it back nor gives it new deals.
 */
export async function mergeEntities(db: DealLensDB, keepId: string, dropId: string, now = Date.now()): Promise<MergeResult> {
  if (keepId === dropId) throw new EditError('An entity cannot be merged with itself.');
  return db.transaction('rw', [db.entities, db.deals, db.articles, db.links, db.meta], async () => {
    const keep = await get(db, keepId);
    const drop = await get(db, dropId);
    const hidden = new Set(drop.hiddenAliases ?? []);
    const texts = new Set([keep.name, ...(keep.aliases ?? []).map(aliasText)].map(foldString));
    const moved: Alias[] = [];
    for (const a of [drop.name, ...(drop.aliases ?? [])]) {
      const t = aliasText(a);
      if (hidden.has(t) || (a === drop.name && drop.nameIsAmbiguous) || texts.has(foldString(t))) continue;
      texts.add(foldString(t));
      moved.push(a);
    }
    const relations = (keep.relations ?? []).filter((r) => r.entity !== dropId);
    for (const r of drop.relations ?? []) {
      if (r.entity === keepId || r.entity === dropId || relations.some((o) => o.type === r.type && o.entity === r.entity)) continue;
      relations.push(r);
    }
    const kept = mine({ ...keep, aliases: [...(keep.aliases ?? []), ...moved], ...(relations.length ? { relations } : {}) }, now);
    await db.entities.put(checked(kept));
    await db.entities.put({ ...drop, hidden: true, mergedInto: keepId, updatedAt: now });
    // Other entities' relations to the dropped one (a fund's sponsor, a brand's group) now point at the kept one.
    const pointing = await db.entities.filter((e) => e.id !== keepId && e.id !== dropId && Boolean(e.relations?.some((r) => r.entity === dropId))).toArray();
    await db.entities.bulkPut(pointing.map((e) => mine({ ...e, relations: e.relations!.map((r) => (r.entity === dropId ? { ...r, entity: keepId } : r)) }, now)));

    const to = (id: string) => (id === dropId ? keepId : id);
    const deals: DealRecord[] = (await db.deals.where('partyIds').equals(dropId).toArray()).map((d) => ({ ...redirectParties(d, to), updatedAt: now }));
    await db.deals.bulkPut(deals);
    const articles: ArticleRecord[] = (await db.articles.where('entityIds').equals(dropId).toArray()).map((a) => {
      const counts = new Map<string, number>();
      for (const m of a.entities) counts.set(to(m.id), (counts.get(to(m.id)) ?? 0) + m.count);
      const entities = [...counts].map(([id, count]) => ({ id, count }));
      return { ...a, entities, entityIds: entities.map((m) => m.id) };
    });
    await db.articles.bulkPut(articles);
    await relink(db, deals, articles);
    // Watching the dropped entity means watching the kept one now.
    const watched = await watchlist(db);
    if (watched.includes(dropId)) {
      await setWatched(db, dropId, false);
      await setWatched(db, keepId, true);
    }
    return { kept, deals: deals.length, articles: articles.length };
  });
}
