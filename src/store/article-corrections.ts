/**
 * The reader's corrections of an article's metadata (title, site, authors, published date):
 * applied before the first save or to a saved article, remembered in `corrected`, and kept when
 * the page is saved again, so a correction is never undone by the page's own metadata. The
 * deals it is a source of show the corrected title and date too.
 */
import { CORRECTABLE, type CorrectableField } from './records/correctable';
import { storable } from './records/check-record';
import { LIMITS } from './records/limits';
import { problemText, type Problem } from './records/problem';
import { isCalendarDate } from './records/rules';
import { EditError } from './entity-edits';
import { fitAuthors } from './fit-article';
import { reindex, type ArticleRecord, type DealLensDB } from './schema';

/** What the reader wrote; `published: ''` says the article has no date; an absent field is not corrected. */
export interface Corrections {
  title?: string;
  site?: string;
  authors?: string[];
  published?: string;
}

const problem = (p: Problem) => new EditError(problemText({ table: 'articles', ...p }), p);

type Metadata = Pick<ArticleRecord, 'title' | 'site' | 'authors' | 'published'>;

/** The corrections made fit for the record: trimmed, cut to its limits; a blank title or site, or a date that is no calendar date, refused. */
export function checkCorrections(c: Corrections): { fields: Partial<Metadata>; keys: CorrectableField[] } {
  const fields: Partial<Metadata> = {};
  const keys: CorrectableField[] = [];
  for (const key of ['title', 'site'] as const) {
    if (c[key] === undefined) continue;
    const value = c[key].replace(/\s+/g, ' ').trim();
    if (!value) throw problem({ rule: 'rule_blank', field: key });
    fields[key] = [...value].slice(0, LIMITS[key]).join('');
    keys.push(key);
  }
  if (c.authors !== undefined) {
    fields.authors = fitAuthors(c.authors);
    keys.push('authors');
  }
  if (c.published !== undefined) {
    const date = c.published.trim();
    if (date && !isCalendarDate(date)) throw problem({ rule: 'rule_date', field: 'published', detail: date.slice(0, 40) });
    fields.published = date || undefined;
    keys.push('published');
  }
  return { fields, keys };
}

/** A metadata object with these fields set (an undefined one removed, not stored as undefined). */
function withFields<T extends Metadata>(base: T, fields: Partial<Metadata>): T {
  const out = { ...base, ...fields };
  for (const key of CORRECTABLE) if (out[key] === undefined) delete out[key];
  return out;
}

/** A save's input with the reader's corrections: the new ones, and the fields corrected before, as they were corrected. */
export function withCorrections<T extends Metadata & { corrections?: Corrections }>(input: T, existing: ArticleRecord | undefined): { input: T; corrected: CorrectableField[] } {
  const kept: Partial<Metadata> = {};
  for (const key of existing?.corrected ?? []) (kept as Record<string, unknown>)[key] = existing?.[key];
  const fresh = checkCorrections(input.corrections ?? {});
  const corrected = CORRECTABLE.filter((k) => fresh.keys.includes(k) || existing?.corrected?.includes(k));
  return { input: withFields(input, { ...kept, ...fresh.fields }), corrected };
}



/** Corrects a saved article; its deals' sources follow. Returns the article as stored. */
export async function correctArticle(db: DealLensDB, id: string, corrections: Corrections): Promise<ArticleRecord> {
  const { fields, keys } = checkCorrections(corrections);
  return db.transaction('rw', [db.articles, db.deals, db.terms, db.termBatches], async () => {
    const a = await db.articles.get(id);
    if (!a) throw problem({ rule: 'rule_reference', table: 'articles', id, detail: id });
    const corrected = CORRECTABLE.filter((k) => keys.includes(k) || a.corrected?.includes(k));
    const next = storable('articles', { ...withFields(a, fields), ...(corrected.length ? { corrected } : {}) }, problem);
    await db.articles.put(next);
    if (next.title !== a.title) await reindex(db, [next]);
    if (next.title !== a.title || next.published !== a.published) {
      const deals = (await db.deals.bulkGet(a.dealIds)).filter((d) => d !== undefined);
      for (const d of deals) {
        const sources = d.sources.map((s) => (s.articleId === id ? { ...s, title: next.title, ...(next.published ? { date: next.published } : {}) } : s));
        await db.deals.update(d.id, { sources });
      }
    }
    return next;
  });
}
