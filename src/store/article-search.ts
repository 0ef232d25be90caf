/**
 * Finds saved articles: by full text (the terms index of schema v5), by what they mention, by
 * language, site and date, in saved or published order. Everything is read from indexes as
 * keys only, so a query costs what its answer costs, and the records themselves are read a
 * page at a time by the list that shows them.
 */
import Dexie from 'dexie';
import type { EntityType } from '../core/kb/types';
import { parseQuery } from '../core/search/search-terms';
import { keysByIndex } from './index-keys';
import type { DealLensDB } from './schema';

export type ArticleSort = 'saved' | 'published';

export interface ArticleFilter {
  query?: string;
  /** Articles that mention every one of these. */
  entities?: string[];
  /** Articles that mention at least one entity of this kind. */
  kind?: EntityType;
  lang?: string;
  site?: string;
  /** Published date range, YYYY[-MM[-DD]], both ends included. */
  from?: string;
  to?: string;
  /** Articles that mention at least one of these (the watchlist). */
  anyOf?: string[];
}

/** Every saved article's id, newest first by the chosen date (articles with no published date last). */
export async function orderedArticleIds(db: DealLensDB, sort: ArticleSort): Promise<string[]> {
  const bySaved = (await keysByIndex(db, 'articles', 'savedAt')).reverse();
  if (sort === 'saved') return bySaved;
  const byPublished = (await keysByIndex(db, 'articles', 'published')).reverse();
  const dated = new Set(byPublished);
  return [...byPublished, ...bySaved.filter((id) => !dated.has(id))];
}

/** The ids of the newest saved articles: the collection's first page, read without reading every id. */
export async function newestArticleIds(db: DealLensDB, limit: number): Promise<string[]> {
  return (await db.articles.orderBy('savedAt').reverse().limit(limit).primaryKeys()) as string[];
}

/** Ids of the articles whose words start with every query word; null when the query has no word. */
export async function searchArticleIds(db: DealLensDB, query: string): Promise<Set<string> | null> {
  const words = parseQuery(query);
  if (words.length === 0) return null;
  let result: Set<string> | null = null;
  // Longest words first: they are the rarest, so the sets shrink soonest.
  for (const w of [...words].sort((a, b) => b.length - a.length)) {
    const range = [[w, Dexie.minKey], [`${w}\uffff`, Dexie.maxKey]] as const;
    const [keys, batched] = await Promise.all([
      db.terms.where('[term+ref]').between(...range).primaryKeys() as Promise<[string, string][]>,
      // Imported articles' rows: one per word and import batch (see TermBatchRecord).
      db.termBatches.where('[term+batch]').between(...range).toArray(),
    ]);
    const refs = new Set<string>();
    for (const k of keys) if (!result || result.has(k[1])) refs.add(k[1]);
    for (const row of batched) for (const ref of row.refs) if (!result || result.has(ref)) refs.add(ref);
    result = refs;
    if (result.size === 0) break;
  }
  return result;
}

const intersect = (a: Set<string> | null, b: Set<string>): Set<string> => (a ? new Set([...b].filter((x) => a.has(x))) : b);

/** The ids that pass every filter, or null when no filter is set (everything passes). */
export async function filteredArticleIds(db: DealLensDB, f: ArticleFilter): Promise<Set<string> | null> {
  let ids: Set<string> | null = null;
  const keys = async (p: Promise<unknown[]>) => new Set((await p) as string[]);
  if (f.query?.trim()) {
    const found = await searchArticleIds(db, f.query);
    if (found) ids = intersect(ids, found);
  }
  for (const e of f.entities ?? []) ids = intersect(ids, await keys(db.articles.where('entityIds').equals(e).primaryKeys()));
  if (f.anyOf) ids = intersect(ids, await keys(db.articles.where('entityIds').anyOf(f.anyOf).primaryKeys()));
  if (f.kind) {
    const ofKind = (await db.entities.where('type').equals(f.kind).primaryKeys()) as string[];
    ids = intersect(ids, await keys(db.articles.where('entityIds').anyOf(ofKind).primaryKeys()));
  }
  if (f.lang) ids = intersect(ids, await keys(db.articles.where('lang').equals(f.lang).primaryKeys()));
  if (f.site) ids = intersect(ids, await keys(db.articles.where('site').equals(f.site).primaryKeys()));
  if (f.from || f.to) {
    ids = intersect(ids, await keys(db.articles.where('published').between(f.from ?? '', `${f.to ?? '9999'}\uffff`, true, true).primaryKeys()));
  }
  return ids;
}

/** The sites and languages of the collection, for the filter menus (index keys only). */
export async function collectionFacets(db: DealLensDB): Promise<{ sites: string[]; langs: string[] }> {
  const [sites, langs] = await Promise.all([db.articles.orderBy('site').uniqueKeys(), db.articles.orderBy('lang').uniqueKeys()]);
  return { sites: sites as string[], langs: langs as string[] };
}
