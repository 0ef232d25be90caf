/**
 * Export the whole store as versioned JSON, deals and articles as CSV; import JSON back. An
 * import is checked whole before anything is written (the first bad record is named), then
 * written in one transaction: it all lands or nothing does. Importing the same file twice
 * changes nothing.
 */
import * as v from 'valibot';
import { KB_VERSION, kbEntity } from '../core/kb';
import { toCsv } from './csv';
import { reindex, relink, type ArticleRecord, type DealLensDB, type DealRecord, type EntityRecord } from './schema';

export const EXPORT_FORMAT = 'deallens-export';
export const EXPORT_VERSION = 1;
const MAX_BYTES = 200 * 1024 * 1024;
const CHUNK = 500;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  kbVersion: number;
  entities: EntityRecord[];
  deals: DealRecord[];
  articles: ArticleRecord[];
}

export class ImportError extends Error {}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export async function exportStore(db: DealLensDB, now = new Date()): Promise<ExportFile> {
  return db.transaction('r', db.entities, db.deals, db.articles, async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    kbVersion: KB_VERSION,
    entities: (await db.entities.toArray()).sort(byId),
    deals: (await db.deals.toArray()).sort(byId),
    articles: (await db.articles.toArray()).sort(byId),
  }));
}

export function exportDealsCsv(deals: DealRecord[], nameOf: (id: string) => string): string {
  const names = (ids: string[] | undefined) => (ids ?? []).map(nameOf).join('; ');
  return toCsv(
    ['id', 'type', 'status', 'investors', 'targets', 'partners', 'sponsors', 'amount', 'currency', 'qualifier', 'date', 'summary', 'sources'],
    deals.map((d) => [
      d.id, d.type, d.status, names(d.parties.investors), names(d.parties.targets), names(d.parties.partners),
      (d.parties.sponsors ?? []).map((s) => `${nameOf(s.entity)}${s.share !== undefined ? ` (${Math.round(s.share * 100)}%)` : ''}`).join('; '),
      d.amount?.value ?? '', d.amount?.currency ?? '', d.amount?.qualifier ?? '', d.date ?? '', d.summary,
      d.sources.map((s) => s.url ?? s.seed ?? s.articleId ?? '').join(' '),
    ]),
  );
}

export function exportArticlesCsv(articles: ArticleRecord[], nameOf: (id: string) => string): string {
  return toCsv(
    ['id', 'title', 'url', 'site', 'author', 'lang', 'published', 'saved', 'entities', 'amounts', 'deals', 'tags', 'notes'],
    articles.map((a) => [
      a.id, a.title, a.canonicalUrl, a.site, a.author ?? '', a.lang, a.published ?? '', new Date(a.savedAt).toISOString(),
      a.entities.map((e) => `${nameOf(e.id)} (${e.count})`).join('; '), a.amounts.map((x) => x.text).join('; '), a.dealIds.length, a.tags.join('; '), a.notes,
    ]),
  );
}

// ---------------------------------------------------------------- validation

const MARKUP = /<\s*(script|iframe|object|embed|svg|img|style)\b|javascript:|\bon[a-z]+\s*=/i;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max), v.check((s) => !MARKUP.test(s), 'holds markup or a script'));
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,150}$/, 'is not an id (lower-case letters, digits, hyphens)'));
const url = v.pipe(v.string(), v.maxLength(4000), v.regex(/^https?:\/\/[^\s]+$/i, 'is not an http(s) address'));
const date = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not a date YYYY[-MM[-DD]]'));
const lang = v.picklist(['en', 'fr', 'nl', 'de']);
const money = v.strictObject({
  value: v.pipe(v.number(), v.finite()),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/)),
  qualifier: v.optional(v.picklist(['up_to', 'more_than', 'about', 'per_year', 'less_than', 'at_least'])),
});
const source = v.strictObject({
  url: v.optional(url), title: v.optional(text(1000)), publisher: v.optional(text(300)), date: v.optional(date), seed: v.optional(text(200)), articleId: v.optional(id),
});
const alias = v.union([
  text(300),
  v.strictObject({ text: text(300), lang: v.optional(lang), caps: v.optional(v.literal(true)), notAfter: v.optional(v.array(text(60))), notBefore: v.optional(v.array(text(60))) }),
]);
const entitySchema = v.strictObject({
  id,
  type: v.picklist(['fund', 'company', 'accelerator', 'person']),
  name: v.pipe(text(300), v.minLength(1)),
  aliases: v.optional(v.array(alias)),
  relations: v.optional(v.array(v.strictObject({ type: v.picklist(['sponsored-by', 'part-of', 'role-at', 'run-by']), entity: id, share: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))), role: v.optional(text(300)), since: v.optional(text(40)) }))),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/))),
  website: v.optional(url),
  description: text(2000),
  sources: v.optional(v.array(source)),
  nameIsAmbiguous: v.optional(v.boolean()),
  origin: v.picklist(['kb', 'user']),
  edited: v.optional(v.boolean()),
  hidden: v.optional(v.boolean()),
  hiddenAliases: v.optional(v.array(text(300))),
  mergedInto: v.optional(id),
  updatedAt: v.number(),
});
const dealSchema = v.strictObject({
  id,
  type: v.picklist(['investment', 'fund', 'partnership', 'acquisition', 'program']),
  parties: v.strictObject({ investors: v.optional(v.array(id)), targets: v.optional(v.array(id)), partners: v.optional(v.array(id)), sponsors: v.optional(v.array(v.strictObject({ entity: id, share: v.optional(v.number()) }))) }),
  partyIds: v.array(id),
  partyKey: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  amount: v.optional(money),
  date: v.optional(date),
  where: v.optional(text(200)),
  summary: text(4000),
  sources: v.array(source),
  status: v.picklist(['kb', 'proposed', 'confirmed', 'dismissed']),
  edited: v.optional(v.boolean()),
  conflicts: v.optional(v.array(v.strictObject({ amount: money, source }))),
  updatedAt: v.number(),
});
const articleSchema = v.strictObject({
  id,
  url,
  canonicalUrl: url,
  title: text(2000),
  site: text(300),
  author: v.optional(text(300)),
  lang: v.string(),
  published: v.optional(date),
  savedAt: v.number(),
  text: v.pipe(v.string(), v.maxLength(5_000_000)),
  fingerprint: v.string(),
  entities: v.array(v.strictObject({ id, count: v.pipe(v.number(), v.integer(), v.minValue(1)) })),
  entityIds: v.array(id),
  amounts: v.array(v.strictObject({ text: text(300), value: v.number(), currency: v.string(), qualifier: v.nullable(v.string()) })),
  dealIds: v.array(id),
  notes: text(20000),
  tags: v.array(text(100)),
});

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function describeIssue(where: string, issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]]): string {
  const issue = issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return `${where}${path ? `.${path}` : ''}: ${issue.message}`;
}

/**
 * Reads an export file and checks all of it. Throws an ImportError naming the first problem;
 * returns the records only when every one of them is sound.
 */
export function parseExport(raw: string, known: { entity: (id: string) => boolean; deal: (id: string) => boolean; article: (id: string) => boolean }): ExportFile {
  if (raw.trim() === '') throw new ImportError('The file is empty.');
  if (raw.length > MAX_BYTES) throw new ImportError(`The file is too large (${Math.round(raw.length / 1e6)} MB; at most ${MAX_BYTES / 1024 / 1024} MB).`);
  let data: unknown;
  try {
    data = JSON.parse(raw, (key, value) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError(`The file holds a forbidden key "${key}": it is not a DealLens export.`);
      return value;
    });
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError(`This is not a DealLens export: it is not JSON (${(err as Error).message.slice(0, 120)}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ImportError('This is not a DealLens export: expected an object.');
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) throw new ImportError('This is not a DealLens export (no "format": "deallens-export").');
  if (file.version !== EXPORT_VERSION) throw new ImportError(`This export is version ${JSON.stringify(file.version)}; this DealLens reads version ${EXPORT_VERSION}.`);
  for (const table of ['entities', 'deals', 'articles'] as const) {
    if (!Array.isArray(file[table])) throw new ImportError(`The export has no "${table}" list.`);
  }
  const tables = [
    ['entities', entitySchema],
    ['deals', dealSchema],
    ['articles', articleSchema],
  ] as const;
  const ids: Record<string, Set<string>> = { entities: new Set(), deals: new Set(), articles: new Set() };
  for (const [table, schema] of tables) {
    (file[table] as unknown[]).forEach((record, i) => {
      const where = `${table}[${i}]`;
      const parsed = v.safeParse(schema, record);
      if (!parsed.success) throw new ImportError(`Record ${where} is not valid: ${describeIssue(where, parsed.issues)}.`);
      const rid = (record as { id: string }).id;
      if (ids[table].has(rid)) throw new ImportError(`Record ${where} repeats the id "${rid}".`);
      ids[table].add(rid);
    });
  }
  const entityOk = (x: string) => ids.entities.has(x) || known.entity(x);
  const dealOk = (x: string) => ids.deals.has(x) || known.deal(x);
  const articleOk = (x: string) => ids.articles.has(x) || known.article(x);
  (file.entities as EntityRecord[]).forEach((e, i) => {
    for (const r of e.relations ?? []) if (!entityOk(r.entity)) throw new ImportError(`Record entities[${i}] ("${e.id}") relates to "${r.entity}", which is in neither the file nor the store.`);
    if (e.mergedInto && !entityOk(e.mergedInto)) throw new ImportError(`Record entities[${i}] ("${e.id}") is merged into "${e.mergedInto}", which is in neither the file nor the store.`);
  });
  (file.deals as DealRecord[]).forEach((d, i) => {
    for (const p of d.partyIds) if (!entityOk(p)) throw new ImportError(`Record deals[${i}] ("${d.id}") names the party "${p}", which is in neither the file nor the store.`);
    for (const s of d.sources) if (s.articleId && !articleOk(s.articleId)) throw new ImportError(`Record deals[${i}] ("${d.id}") cites the article "${s.articleId}", which is in neither the file nor the store.`);
  });
  (file.articles as ArticleRecord[]).forEach((a, i) => {
    for (const e of a.entityIds) if (!entityOk(e)) throw new ImportError(`Record articles[${i}] ("${a.id}") mentions "${e}", which is in neither the file nor the store.`);
    for (const d of a.dealIds) if (!dealOk(d)) throw new ImportError(`Record articles[${i}] ("${a.id}") links the deal "${d}", which is in neither the file nor the store.`);
  });
  return file as unknown as ExportFile;
}

export interface ImportResult {
  entities: number;
  deals: number;
  articles: number;
}

/** Validates, then writes everything in one transaction, reporting progress (0..1) between chunks. */
export async function importExport(db: DealLensDB, raw: string, onProgress?: (done: number) => void): Promise<ImportResult> {
  const [entityIds, dealIds, articleIds] = await Promise.all([db.entities.toCollection().primaryKeys(), db.deals.toCollection().primaryKeys(), db.articles.toCollection().primaryKeys()]);
  const stored = { entities: new Set(entityIds), deals: new Set(dealIds), articles: new Set(articleIds) };
  const file = parseExport(raw, {
    entity: (x) => stored.entities.has(x) || kbEntity(x) !== undefined,
    deal: (x) => stored.deals.has(x),
    article: (x) => stored.articles.has(x),
  });
  const total = file.entities.length + file.deals.length + file.articles.length;
  let done = 0;
  await db.transaction('rw', [db.entities, db.deals, db.articles, db.links, db.terms], async () => {
    for (const [table, records] of [
      [db.entities, file.entities],
      [db.deals, file.deals],
      [db.articles, file.articles],
    ] as const) {
      for (let i = 0; i < records.length; i += CHUNK) {
        const chunk = records.slice(i, i + CHUNK);
        await (table as typeof db.entities).bulkPut(chunk as EntityRecord[]);
        if (table === db.deals) await relink(db, chunk as DealRecord[], []);
        if (table === db.articles) {
          await relink(db, [], chunk as ArticleRecord[]);
          await reindex(db, chunk as ArticleRecord[]);
        }
        done += Math.min(CHUNK, records.length - i);
        onProgress?.(total ? done / total : 1);
      }
    }
  });
  onProgress?.(1);
  return { entities: file.entities.length, deals: file.deals.length, articles: file.articles.length };
}
