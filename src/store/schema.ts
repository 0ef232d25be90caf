/**
 * The deal store: one IndexedDB database (Dexie), opened by the background, the popup and the
 * options page (one extension origin). Content scripts never open it; they ask the background.
 * Every schema change is a new version with its upgrade, so a store filled by an older DealLens
 * keeps everything.
 */
import type { EvidenceMark } from './deal-evidence';
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { DealParties, DealType, EntityType, KbEntity, Money, Source } from '../core/kb/types';
import { indexTerms } from '../core/search/search-terms';
import { authorList } from '../core/metadata/author-names';
import { textFingerprint } from '../core/text/char-class';
import type { CorrectableField } from './records/correctable';
import { DIRTY_TABLE, EVERYTHING, teamDirtyMiddleware, type TeamDirtyRecord } from './team/team-dirty';

export interface EntityRecord extends KbEntity {
  origin: 'kb' | 'user';
  /** Changed by the user: a newer knowledge base leaves it alone. */
  edited?: boolean;
  /** Hidden by the user (a shipped entity that gives false highlights); kept so updates do not bring it back. */
  hidden?: boolean;
  /** Aliases (by text) the user hid because they give false highlights; a newer knowledge base cannot bring them back. */
  hiddenAliases?: string[];
  /** Merged into this entity by the user: kept, hidden, as a tombstone so a newer knowledge base does not bring it back. */
  mergedInto?: string;
  updatedAt: number;
}

export type DealStatus = 'kb' | 'proposed' | 'confirmed' | 'dismissed';

export interface DealSource extends Source {
  /** The saved article that reports it. */
  articleId?: string;
}

export interface DealRecord {
  id: string;
  type: DealType;
  parties: DealParties;
  /** Every party's id, for the multi-entry index. */
  partyIds: string[];
  /** The parties, sorted and joined: finds "the same deal" with one index look-up. */
  partyKey?: string;
  amount?: Money;
  date?: string;
  where?: string;
  summary: string;
  /** Where the summary names the deal's parties and amounts (store/deal-evidence.ts), for the review to mark. */
  marks?: EvidenceMark[];
  sources: DealSource[];
  status: DealStatus;
  edited?: boolean;
  /** Saved articles that give another figure for this deal: both stand, none is picked silently. */
  conflicts?: { amount: Money; source: DealSource }[];
  updatedAt: number;
}

export interface ArticleRecord {
  id: string;
  /** The page's address; absent when it was not http(s) (a file:// page is saved with no link). */
  url?: string;
  /** Its one address (unique); absent like url. */
  canonicalUrl?: string;
  title: string;
  site: string;
  /** Its authors, each a name, in the page's order. */
  authors?: string[];
  /** A BCP 47 tag: the page's language, any language ("und" when it could not be told). */
  lang: string;
  published?: string;
  savedAt: number;
  text: string;
  /** textFingerprint(text): the same article from another address is the same record. */
  fingerprint: string;
  entities: { id: string; count: number }[];
  entityIds: string[];
  /** Names DealLens did not know when the article was saved, as written, with the kind guessed. */
  unknownNames?: { name: string; type: EntityType; count: number }[];
  /** Derived: those names folded (foldName), indexed so that adding one later finds the articles that named it. */
  unknownKeys?: string[];
  /** `value` null: money the text sizes but does not count (qualifier `unquantified`); `max`: a range's upper end. */
  amounts: { text: string; value: number | null; currency: string; qualifier: string | null; max?: number }[];
  dealIds: string[];
  notes: string;
  tags: string[];
  /** The metadata the reader corrected: saving the page again keeps these as the reader wrote them. */
  corrected?: CorrectableField[];
}

/**
 * One row per (entity, deal) and (entity, article): the newest-first order of what an entity is
 * linked to, so a list can read its first page without loading all of it.
 */
export interface LinkRecord {
  entity: string;
  /** "d:" + date for deals, "a:" + saved time for articles: sorts newest last within each kind. */
  sortKey: string;
  /** The deal's or article's id. */
  ref: string;
}

/** One row per (word, article): the full-text index, read by word prefix. */
export interface TermRecord {
  term: string;
  ref: string;
}

/**
 * An import's undo log: for every record a batch is about to write, what the store held under that
 * key before (nothing, for a new record). Emptied when the import completes; replayed backwards to
 * put the store back as it was when it fails or is interrupted (see import/journal.ts).
 */
export interface JournalRecord {
  seq?: number;
  table: 'entities' | 'deals' | 'articles';
  key: string;
  before?: EntityRecord | DealRecord | ArticleRecord;
}

/**
 * The full-text rows of imported articles, built in bulk: one row per (word, import batch) with
 * the ids of the batch's articles that hold the word. An import of 1,500 articles writes ~10,000
 * of these instead of ~300,000 (word, article) rows, and IndexedDB's cost is per row written.
 * Saving or deleting an article takes its id out of these rows (unbatch).
 */
export interface TermBatchRecord {
  term: string;
  batch: string;
  refs: string[];
}

/**
 * The team collection (store/team): for each shared record, the revision of the team's document it
 * was last in step with, and the digest of the record then. A record whose digest moved is a change
 * of this reader's to send; a document whose revision moved is a colleague's change to apply.
 */
export interface TeamRowRecord {
  /** The document id: kind:id (core/team/team-doc.ts). */
  key: string;
  rev: string;
  digest: string;
  /** The document was deleted (and the record with it). */
  deleted?: boolean;
  changedBy?: string;
  changedAt?: number;
  /** Other versions of the record kept by the team's database (a CouchDB conflict), for a reader to pick or merge. */
  conflicts?: string[];
  /** The document's revision, when the record that came with it was refused (what rule it broke). */
  refused?: string;
  /** Written to the replica by this reader and not yet seen going to the server (1: an index key; absent once gone). */
  waiting?: 1;
}

export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DB_NAME = 'deallens';

export class DealLensDB extends Dexie {
  entities!: Table<EntityRecord, string>;
  deals!: Table<DealRecord, string>;
  articles!: Table<ArticleRecord, string>;
  meta!: Table<MetaRecord, string>;
  links!: Table<LinkRecord, [string, string, string]>;
  terms!: Table<TermRecord, [string, string]>;
  journal!: Table<JournalRecord, number>;
  termBatches!: Table<TermBatchRecord, [string, string]>;
  teamRows!: Table<TeamRowRecord, string>;
  teamDirty!: Table<TeamDirtyRecord, string>;

  /** `options` can name another IndexedDB (tests give each store its own fake-indexeddb). */
  constructor(name = DB_NAME, options?: DexieOptions) {
    super(name, options);
    // Version 1: what the first DealLens store held.
    this.version(1).stores({
      entities: 'id, type, name, origin',
      deals: 'id, type, *partyIds, date, status',
      articles: 'id, &canonicalUrl, savedAt, published, lang, site, *entityIds',
      meta: 'key',
    });
    // Version 2: articles are also found by text fingerprint (one article, many addresses) and by tag.
    this.version(2)
      .stores({ articles: 'id, &canonicalUrl, savedAt, published, lang, site, *entityIds, fingerprint, *tags' })
      .upgrade(async (tx) => {
        await tx
          .table('articles')
          .toCollection()
          .modify((a: Partial<ArticleRecord> & { text?: string }) => {
            a.tags ??= [];
            a.notes ??= '';
            a.fingerprint ??= textFingerprint(a.text ?? '');
          });
      });
    // Version 3: a deal is also found by its exact set of parties, so saving does not read every deal of a party.
    this.version(3)
      .stores({ deals: 'id, type, *partyIds, date, status, partyKey' })
      .upgrade(async (tx) => {
        await tx
          .table('deals')
          .toCollection()
          .modify((d: DealRecord) => {
            d.partyKey = partyKeyOf(d.partyIds);
          });
      });
    // Version 4: link rows, for newest-first pages of an entity's deals and articles.
    this.version(4)
      .stores({ links: '[entity+sortKey+ref], ref' })
      .upgrade(async (tx) => {
        const links = tx.table('links');
        await tx.table('deals').each((d: DealRecord) => links.bulkPut(dealLinks(d)));
        await tx.table('articles').each((a: ArticleRecord) => links.bulkPut(articleLinks(a)));
      });
    // Version 5: the full-text index, so search reads the rows of its words, not every article.
    this.version(5)
      .stores({ terms: '[term+ref], ref' })
      .upgrade(async (tx) => {
        const terms = tx.table('terms');
        await tx.table('articles').each((a: ArticleRecord) => terms.bulkPut(termRows(a)));
      });
    // Version 6: the import journal, so an import written in bounded batches can be undone whole.
    this.version(6).stores({ journal: '++seq' });
    // Version 7: full-text rows of imported articles by batch (see TermBatchRecord).
    this.version(7).stores({ termBatches: '[term+batch], *refs' });
    // Version 8: articles by the names they held that DealLens did not know (unknownKeys).
    this.version(8).stores({ articles: 'id, &canonicalUrl, savedAt, published, lang, site, *entityIds, fingerprint, *tags, *unknownKeys' });
    // Version 9: an article's authors are a list of names (they were one string, which once held a list joined by commas).
    this.version(9).upgrade(async (tx) => {
      await tx.table('articles').toCollection().modify((a: Record<string, unknown>) => upgradeAuthor(a));
    });
    // Version 10: the team collection's record of what is in step with the team's database.
    this.version(10).stores({ teamRows: 'key' });
    // Version 11: which shared records changed since the team collection last sent them (team/team-dirty.ts), a store from
    // before marking everything once; the team's rows by their conflicts, refusals and changes waiting, which the status reads every few seconds.
    this.version(11)
      .stores({ [DIRTY_TABLE]: 'key', teamRows: 'key, *conflicts, refused, waiting' })
      .upgrade(async (tx) => {
        await tx.table(DIRTY_TABLE).put({ key: EVERYTHING, mark: 'upgrade' });
      });
    this.use(teamDirtyMiddleware);
  }
}

/** A record of before version 9 (store or export file): its `author` string becomes `authors`, names split as the page reader splits them. */
export function upgradeAuthor(a: Record<string, unknown>): void {
  if (!('author' in a)) return;
  const names = typeof a.author === 'string' ? authorList([a.author]) : [];
  delete a.author;
  if (names.length && a.authors === undefined) a.authors = names;
}

/** The link rows of a deal: one per party, keyed by its date. */
/** A shipped entity the reader changed: edited, hid, hid aliases of, or merged. */
export const changedByReader = (e: Pick<EntityRecord, 'edited' | 'hidden' | 'hiddenAliases' | 'mergedInto'>) => Boolean(e.edited || e.hidden || e.hiddenAliases?.length || e.mergedInto);

export function dealLinks(d: Pick<DealRecord, 'id' | 'partyIds' | 'date' | 'status'>): LinkRecord[] {
  if (d.status === 'dismissed') return [];
  return d.partyIds.map((entity) => ({ entity, sortKey: `d:${d.date ?? '0000'}`, ref: d.id }));
}

/** The link rows of an article: one per entity it mentions, keyed by when it was saved. */
export function articleLinks(a: Pick<ArticleRecord, 'id' | 'entityIds' | 'savedAt'>): LinkRecord[] {
  return a.entityIds.map((entity) => ({ entity, sortKey: `a:${String(a.savedAt).padStart(15, '0')}`, ref: a.id }));
}

/** The full-text rows of an article: its title's and text's words. */
export function termRows(a: Pick<ArticleRecord, 'id' | 'title' | 'text'>): TermRecord[] {
  return indexTerms(`${a.title}\n${a.text}`).map((term) => ({ term, ref: a.id }));
}

/** The full-text rows of a batch of articles, one per word, built in one pass. */
export function termBatchRows(batch: string, articles: Pick<ArticleRecord, 'id' | 'title' | 'text'>[]): TermBatchRecord[] {
  const byTerm = new Map<string, string[]>();
  for (const a of articles) {
    for (const { term } of termRows(a)) {
      const refs = byTerm.get(term);
      if (refs) refs.push(a.id);
      else byTerm.set(term, [a.id]);
    }
  }
  return [...byTerm].map(([term, refs]) => ({ term, batch, refs }));
}

/** Takes these articles out of the batched full-text rows (inside a transaction that includes termBatches). */
export async function unbatch(db: DealLensDB, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const gone = new Set(ids);
  const rows = await db.termBatches.where('refs').anyOf(ids).distinct().toArray();
  const kept = rows.map((r) => ({ ...r, refs: r.refs.filter((x) => !gone.has(x)) }));
  await db.termBatches.bulkDelete(kept.filter((r) => r.refs.length === 0).map((r): [string, string] => [r.term, r.batch]));
  await db.termBatches.bulkPut(kept.filter((r) => r.refs.length > 0));
}

/** Replaces the full-text rows of these articles (inside the caller's transaction, which must include terms and termBatches). */
export async function reindex(db: DealLensDB, articles: Pick<ArticleRecord, 'id' | 'title' | 'text'>[]): Promise<void> {
  if (articles.length === 0) return;
  await unbatch(db, articles.map((a) => a.id));
  await db.terms.where('ref').anyOf(articles.map((a) => a.id)).delete();
  await db.terms.bulkPut(articles.flatMap(termRows));
}

/** Replaces the link rows of these records (inside the caller's transaction, which must include links). */
export async function relink(db: DealLensDB, deals: DealRecord[], articles: ArticleRecord[]): Promise<void> {
  const refs = [...deals.map((d) => d.id), ...articles.map((a) => a.id)];
  if (refs.length === 0) return;
  await db.links.where('ref').anyOf(refs).delete();
  await db.links.bulkPut([...deals.flatMap(dealLinks), ...articles.flatMap(articleLinks)]);
}

/** The sorted, joined party ids of a deal. */
export function partyKeyOf(partyIds: string[]): string {
  return [...new Set(partyIds)].sort().join(',');
}
