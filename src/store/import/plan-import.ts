/**
 * What an import will write, decided before anything is written: every reference checked, the
 * derived fields recomputed (and said when the file disagreed), shipped records protected, and
 * collisions with the store turned into merges or renames that the report names.
 */
import { KB_VERSION, kbDeals, kbEntity } from '../../core/kb';
import { aliasText } from '../../core/kb/alias-text';
import type { KbDeal } from '../../core/kb/types';
import { derivedOfArticle, derivedOfDeal, disagreements } from '../records/derived';
import { LIMITS } from '../records/limits';
import { ImportError, type Problem, type Table } from '../records/problem';
import { sameRecord } from '../records/same-record';
import type { ArticleRecord, DealRecord, DealSource, EntityRecord } from '../schema';
import type { ParsedExport } from './parse-export';

/** The store as far as an import needs it (see store-view.ts). */
export interface StoreView {
  entities: ReadonlyMap<string, EntityRecord>;
  dealIds: ReadonlySet<string>;
  /** The store's deals that the file's ids name. */
  deals: ReadonlyMap<string, DealRecord>;
  articleIds: ReadonlySet<string>;
  /** The store's articles that the file's ids or canonical addresses name. */
  articlesById: ReadonlyMap<string, ArticleRecord>;
  articlesByCanonical: ReadonlyMap<string, ArticleRecord>;
}

export interface ImportPlan {
  entities: EntityRecord[];
  deals: DealRecord[];
  articles: ArticleRecord[];
  /** What the import decided on its own: recomputed fields, merges, renames. */
  notes: Problem[];
}

export interface PlanOptions {
  /** The reader confirmed the aliases shorter than three characters. */
  confirmShortAliases?: boolean;
}

let kbDealById: Map<string, KbDeal> | null = null;
const kbDeal = (id: string) => (kbDealById ??= new Map(kbDeals.map((d) => [d.id, d]))).get(id);

/** The fields of a shipped entity and deal that only the reader's edit may change. */
const SHIPPED_ENTITY_FIELDS = ['type', 'name', 'aliases', 'relations', 'country', 'website', 'description', 'sources', 'nameIsAmbiguous'] as const;
const SHIPPED_DEAL_FIELDS = ['type', 'amount', 'date', 'where', 'summary'] as const;

const fail = (p: Problem): never => {
  throw new ImportError(p);
};
const length = (s: string) => [...s.trim()].length;
const sourceKey = (s: DealSource) => s.articleId ?? s.url ?? s.seed ?? JSON.stringify(s);
const unite = <T>(a: T[] | undefined, b: T[] | undefined, key: (x: T) => string): T[] => {
  const out = [...(a ?? [])];
  const seen = new Set(out.map(key));
  for (const x of b ?? []) {
    if (seen.has(key(x))) continue;
    seen.add(key(x));
    out.push(x);
  }
  return out;
};

/** Two versions of the reader's entity: the newer one's fields, both's aliases and relations. */
function mergeEntity(stored: EntityRecord, incoming: EntityRecord): EntityRecord {
  const [newer, older] = incoming.updatedAt >= stored.updatedAt ? [incoming, stored] : [stored, incoming];
  const aliases = unite(newer.aliases, older.aliases, aliasText).filter((a) => aliasText(a) !== newer.name);
  const relations = unite(newer.relations, older.relations, (r) => `${r.type}:${r.entity}`);
  const hiddenAliases = unite(newer.hiddenAliases, older.hiddenAliases, (a) => a);
  return { ...newer, ...(aliases.length ? { aliases } : {}), ...(relations.length ? { relations } : {}), ...(hiddenAliases.length ? { hiddenAliases } : {}) };
}

function mergeDeal(stored: DealRecord, incoming: DealRecord): DealRecord {
  const [newer, older] = incoming.updatedAt >= stored.updatedAt ? [incoming, stored] : [stored, incoming];
  const conflicts = unite(newer.conflicts, older.conflicts, (c) => sourceKey(c.source));
  return { ...newer, sources: unite(newer.sources, older.sources, sourceKey), ...(conflicts.length ? { conflicts } : {}) };
}

/** The same article from two places: the kept one's fields, both's notes and tags and deals. */
function mergeArticle(kept: ArticleRecord, other: ArticleRecord): ArticleRecord {
  const notes = kept.notes === other.notes || other.notes === '' ? kept.notes : kept.notes === '' ? other.notes : `${kept.notes}\n\n${other.notes}`;
  return {
    ...kept,
    notes: notes.slice(0, LIMITS.notes),
    tags: unite(kept.tags, other.tags, (t) => t).slice(0, LIMITS.tags),
    dealIds: unite(kept.dealIds, other.dealIds, (d) => d),
  };
}

export function planImport(file: ParsedExport, store: StoreView, options: PlanOptions = {}): ImportPlan {
  const notes: Problem[] = [];
  const sameKb = file.kbVersion === undefined || file.kbVersion === KB_VERSION;
  const note = (p: Problem) => notes.push(p);

  // ---- entities: shipped ones protected, the reader's merged or renamed on collision
  const entityId = new Map<string, string>();
  const fileEntityIds = new Set(file.entities.map((e) => e.id));
  const taken = (x: string) => fileEntityIds.has(x) || store.entities.has(x) || kbEntity(x) !== undefined || [...entityId.values()].includes(x);
  const entities: EntityRecord[] = [];
  file.entities.forEach((given, index) => {
    let e = given;
    const at = { table: 'entities' as Table, index, id: e.id };
    const shipped = kbEntity(e.id);
    if (shipped && e.origin === 'user') fail({ ...at, field: 'id', rule: 'rule_shipped_id' });
    if (!shipped && e.origin === 'kb') fail({ ...at, field: 'origin', rule: 'rule_not_shipped' });
    if (shipped && !e.edited) {
      const changed = SHIPPED_ENTITY_FIELDS.find((k) => !sameRecord(e[k], shipped[k]));
      if (changed && sameKb) fail({ ...at, field: changed, rule: 'rule_shipped_changed' });
      if (changed) {
        e = { ...e, ...shipped };
        note({ ...at, rule: 'note_shipped_updated' });
      }
    }
    e.relations?.forEach((r, i) => r.entity === e.id && fail({ ...at, field: `relations.${i}.entity`, rule: 'rule_self_relation' }));
    if (e.mergedInto === e.id) fail({ ...at, field: 'mergedInto', rule: 'rule_merge_self' });
    if (!options.confirmShortAliases && (e.origin === 'user' || e.edited)) {
      const shippedTexts = new Set(shipped ? [shipped.name, ...(shipped.aliases ?? []).map(aliasText)] : []);
      const names: [string, string][] = [['name', e.name], ...(e.aliases ?? []).map((a, i): [string, string] => [`aliases.${i}`, aliasText(a)])];
      const short = names.find(([, s]) => length(s) < LIMITS.shortAlias && !shippedTexts.has(s));
      if (short) fail({ ...at, field: short[0], rule: 'rule_short_alias', detail: short[1], needsConfirm: true });
    }
    const stored = store.entities.get(e.id);
    if (stored && !sameRecord(stored, e, ['updatedAt']) && (stored.origin === 'user' || stored.edited)) {
      if (stored.type !== e.type && stored.origin === 'user') {
        let n = 2;
        while (taken(`${e.id}-${n}`)) n++;
        entityId.set(e.id, `${e.id}-${n}`);
        note({ ...at, rule: 'note_renamed', detail: `${e.id}-${n}` });
      } else {
        e = mergeEntity(stored, e);
        note({ ...at, rule: 'note_merged' });
      }
    }
    entities.push(e);
  });
  const toEntity = (x: string) => entityId.get(x) ?? x;
  const finalEntities = entities.map((e) => ({
    ...e,
    id: toEntity(e.id),
    ...(e.relations ? { relations: e.relations.map((r) => ({ ...r, entity: toEntity(r.entity) })) } : {}),
    ...(e.mergedInto ? { mergedInto: toEntity(e.mergedInto) } : {}),
  }));
  const inFile = new Map(finalEntities.map((e) => [e.id, e]));
  const entityExists = (x: string) => inFile.has(x) || store.entities.has(x) || kbEntity(x) !== undefined;
  const mergedInto = (x: string) => (inFile.has(x) ? inFile.get(x)!.mergedInto : store.entities.get(x)?.mergedInto);
  finalEntities.forEach((e, index) => {
    const at = { table: 'entities' as Table, index, id: file.entities[index].id };
    e.relations?.forEach((r, i) => !entityExists(r.entity) && fail({ ...at, field: `relations.${i}.entity`, rule: 'rule_reference', detail: file.entities[index].relations![i].entity }));
    if (e.mergedInto && !entityExists(e.mergedInto)) fail({ ...at, field: 'mergedInto', rule: 'rule_reference', detail: file.entities[index].mergedInto });
    // A chain of merges that comes back to where it started would hide every entity on it.
    const seen = new Set([e.id]);
    for (let x = e.mergedInto; x; x = mergedInto(x)) {
      if (seen.has(x)) fail({ ...at, field: 'mergedInto', rule: 'rule_merge_cycle', detail: x });
      seen.add(x);
    }
  });

  // ---- articles: derived fields recomputed; the same address under another id merges into the stored article
  const articleId = new Map<string, string>();
  const articles = new Map<string, ArticleRecord>();
  const fileByCanonical = new Map<string, string>();
  file.articles.forEach((given, index) => {
    const at = { table: 'articles' as Table, index, id: given.id };
    const derived = derivedOfArticle(given);
    for (const field of disagreements(given, derived)) note({ ...at, field, rule: 'note_recomputed' });
    const a: ArticleRecord = { ...given, ...derived, entities: given.entities.map((m) => ({ ...m, id: toEntity(m.id) })), entityIds: derived.entityIds.map(toEntity) };
    a.entities.forEach((m, i) => !entityExists(m.id) && fail({ ...at, field: `entities.${i}.id`, rule: 'rule_reference', detail: given.entities[i].id }));
    const storedSame = a.canonicalUrl ? store.articlesByCanonical.get(a.canonicalUrl) : undefined;
    const fileSame = a.canonicalUrl ? fileByCanonical.get(a.canonicalUrl) : undefined;
    const into = fileSame ?? (storedSame && storedSame.id !== a.id ? storedSame.id : undefined);
    if (into) {
      articleId.set(a.id, into);
      articles.set(into, mergeArticle(articles.get(into) ?? storedSame!, a));
      note({ ...at, rule: 'note_article_merged', detail: into });
      return;
    }
    const stored = store.articlesById.get(a.id);
    if (stored && (stored.notes !== a.notes || !sameRecord(stored.tags, a.tags))) {
      articles.set(a.id, mergeArticle(a, stored));
      note({ ...at, rule: 'note_merged' });
    } else articles.set(a.id, a);
    if (a.canonicalUrl) fileByCanonical.set(a.canonicalUrl, a.id);
  });
  const toArticle = (x: string) => articleId.get(x) ?? x;
  const articleExists = (x: string) => articles.has(x) || store.articleIds.has(x);

  // ---- deals: shipped ones protected, parties and sources checked, collisions merged
  const fileDealIds = new Set(file.deals.map((d) => d.id));
  const deals: DealRecord[] = file.deals.map((given, index) => {
    const at = { table: 'deals' as Table, index, id: given.id };
    const derived = derivedOfDeal(given);
    for (const field of disagreements(given, derived)) note({ ...at, field, rule: 'note_recomputed' });
    if (given.status === 'kb') {
      const shipped = kbDeal(given.id);
      if (!shipped) fail({ ...at, field: 'status', rule: 'rule_not_shipped' });
      const changed = !given.edited && SHIPPED_DEAL_FIELDS.find((k) => !sameRecord(given[k], shipped![k]));
      if (changed && sameKb) fail({ ...at, field: changed, rule: 'rule_shipped_changed' });
    }
    derived.partyIds.forEach((p) => !entityExists(toEntity(p)) && fail({ ...at, field: 'parties', rule: 'rule_reference', detail: p }));
    given.sources.forEach((s, i) => s.articleId && !articleExists(toArticle(s.articleId)) && fail({ ...at, field: `sources.${i}.articleId`, rule: 'rule_reference', detail: s.articleId }));
    const to = (s: DealSource): DealSource => (s.articleId ? { ...s, articleId: toArticle(s.articleId) } : s);
    const p = given.parties;
    const parties = {
      ...(p.investors ? { investors: p.investors.map(toEntity) } : {}),
      ...(p.targets ? { targets: p.targets.map(toEntity) } : {}),
      ...(p.partners ? { partners: p.partners.map(toEntity) } : {}),
      ...(p.sponsors ? { sponsors: p.sponsors.map((s) => ({ ...s, entity: toEntity(s.entity) })) } : {}),
    };
    let d: DealRecord = {
      ...given,
      parties,
      ...derivedOfDeal({ parties }),
      // Two sources may now name one article (merged): keep it once.
      sources: articleId.size ? unite([], given.sources.map(to), sourceKey) : given.sources,
      ...(given.conflicts ? { conflicts: given.conflicts.map((c) => ({ ...c, source: to(c.source) })) } : {}),
    };
    const stored = store.deals.get(d.id);
    if (stored && !sameRecord(stored, d, ['updatedAt'])) {
      d = mergeDeal(stored, d);
      note({ ...at, rule: 'note_merged' });
    }
    return d;
  });
  const dealExists = (x: string) => fileDealIds.has(x) || store.dealIds.has(x);
  file.articles.forEach((a, index) => {
    a.dealIds.forEach((x, i) => !dealExists(x) && fail({ table: 'articles', index, id: a.id, field: `dealIds.${i}`, rule: 'rule_reference', detail: x }));
  });
  return { entities: finalEntities, deals, articles: [...articles.values()], notes };
}
