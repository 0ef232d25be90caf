/**
 * One door for records that DealLens did not make itself: each table's one schema, and a
 * refusal that names the field and the rule it broke.
 */
import * as v from 'valibot';
import type { ArticleRecord, DealRecord, EntityRecord } from '../schema';
import { articleRecord } from './article-record';
import { dealRecord } from './deal-record';
import { entityRecord } from './entity-record';
import { LIMITS } from './limits';
import type { Problem, Table } from './problem';

export const RECORD_SCHEMAS = { entities: entityRecord, deals: dealRecord, articles: articleRecord } as const;

export interface RecordOf {
  entities: EntityRecord;
  deals: DealRecord;
  articles: ArticleRecord;
}

/** valibot's issue as a rule key and its detail. */
function ruleOf(issue: v.BaseIssue<unknown>): { rule: string; detail?: string } {
  if (issue.received === 'undefined') return { rule: 'rule_missing' };
  if (issue.message.startsWith('rule_')) {
    const detail = issue.requirement;
    const shown = Array.isArray(detail) ? detail.join(', ') : typeof detail === 'number' || typeof detail === 'string' ? String(detail) : undefined;
    return { rule: issue.message, ...(shown !== undefined ? { detail: shown } : {}) };
  }
  if (issue.expected === 'never') return { rule: 'rule_unknown_field' };
  return { rule: issue.type === 'array' ? 'rule_type_array' : 'rule_type_object' };
}

/** The first issue of a record as a Problem naming its field ("relations.0.share"). */
export function problemOfIssues(table: Table, index: number, record: unknown, issues: readonly v.BaseIssue<unknown>[]): Problem {
  const issue = issues[0];
  const field = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const rid = (record as { id?: unknown } | null)?.id;
  return { table, index, ...(typeof rid === 'string' ? { id: rid.slice(0, 160) } : {}), ...(field ? { field } : {}), ...ruleOf(issue) };
}

export type Checked<T extends Table> = { ok: true; record: RecordOf[T] } | { ok: false; problem: Problem };

export function checkRecord<T extends Table>(table: T, record: unknown, index = 0): Checked<T> {
  const r = v.safeParse(RECORD_SCHEMAS[table], record);
  return r.success ? { ok: true, record: r.output as unknown as RecordOf[T] } : { ok: false, problem: problemOfIssues(table, index, record, r.issues) };
}

/** The record, if it passes its table's schema; else `refuse` is thrown with the problem (the save and edit paths). */
export function storable<T extends Table>(table: T, record: RecordOf[T], refuse: (p: Problem) => Error): RecordOf[T] {
  const checked = checkRecord(table, record);
  if (!checked.ok) throw refuse(checked.problem);
  return record;
}

/** A name or alias this short highlights far too much: the reader must confirm it (import and editor alike). */
export const isShortAlias = (text: string) => [...text.trim()].length < LIMITS.shortAlias;
