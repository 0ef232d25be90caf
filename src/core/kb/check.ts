/**
 * Checks the knowledge-base data files: every record against the schema (schema.ts), then what
 * one record cannot say alone: ids are unique, relations and deal parties name existing
 * entities. Run by the unit tests and by `npm run build`, which refuses to ship data that fails.
 */
import * as v from 'valibot';
import { dealSchema, entitySchema, partyIds, versionSchema } from './schema';
import type { KbDataFile } from './data-files';
import type { KbDeal, KbEntity } from './types';

export interface KbIssue {
  file: string;
  /** The record's id, or its position ("#3") when it has no usable id. */
  id: string;
  issue: string;
}

export interface KbData {
  entityFiles: readonly KbDataFile[];
  dealFiles: readonly KbDataFile[];
  /** data/version.json: { "version": n }, n raised whenever the data changes. */
  versionFile?: { file: string; content: unknown };
  /** The .json files found under data/ (paths relative to it, with "/"): each must be listed in entityFiles or dealFiles. */
  onDisk?: readonly string[];
}

/** Every issue of the entity and deal files; none when the data can ship. */
export function knowledgeBaseIssues({ entityFiles, dealFiles, versionFile, onDisk = [] }: KbData): KbIssue[] {
  const issues: KbIssue[] = [];
  const listed = new Set([...entityFiles, ...dealFiles, ...(versionFile ? [versionFile] : [])].map((f) => f.file));
  if (versionFile) {
    const parsed = v.safeParse(versionSchema, versionFile.content);
    if (!parsed.success) for (const i of parsed.issues) issues.push({ file: versionFile.file, id: '(file)', issue: `${v.getDotPath(i) ?? '(file)'}: ${i.message}` });
  }
  for (const file of onDisk) {
    if (file.endsWith('.json') && !listed.has(file)) issues.push({ file, id: '(file)', issue: 'not listed in src/core/kb/data-files.ts, so it does not ship' });
  }
  const entities = checkFiles(entityFiles, entitySchema, issues);
  const deals = checkFiles(dealFiles, dealSchema, issues);

  // Every id an entity file states, valid record or not: one broken entity is reported once, not by every record naming it.
  const known = new Set(entityFiles.flatMap(({ records }) => (Array.isArray(records) ? records : []).map((r: unknown) => (r as { id?: unknown } | null)?.id)));
  for (const { file, record } of entities) {
    // A fact DealLens ships says where it comes from: a public page or a seed article.
    if (!record.sources?.some((x) => x.url || x.seed)) issues.push({ file, id: record.id, issue: 'names no source (a public page with its address, or a seed article)' });
    for (const r of record.relations ?? []) {
      if (!known.has(r.entity)) issues.push({ file, id: record.id, issue: `relation ${r.type} names an unknown entity "${r.entity}"` });
    }
    for (const a of record.aliases ?? []) {
      if (typeof a === 'string') continue;
      for (const id of a.withNamed ?? []) {
        if (!known.has(id)) issues.push({ file, id: record.id, issue: `alias "${a.text}" needs an unknown entity "${id}" (withNamed)` });
      }
    }
  }
  for (const { file, record } of deals) {
    for (const p of partyIds(record.parties)) {
      if (!known.has(p)) issues.push({ file, id: record.id, issue: `parties name an unknown entity "${p}"` });
    }
  }
  return issues;
}

/** The issues as a build or a test prints them: one line each, file, id, issue. */
export function formatKbIssues(issues: readonly KbIssue[]): string {
  return issues.map((i) => `src/core/kb/data/${i.file}: ${i.id}: ${i.issue}`).join('\n');
}

function checkFiles<T extends KbEntity | KbDeal>(
  files: readonly KbDataFile[],
  schema: v.GenericSchema<unknown, T>,
  issues: KbIssue[],
): { file: string; record: T }[] {
  const valid: { file: string; record: T }[] = [];
  const seen = new Map<string, string>();
  for (const { file, records } of files) {
    if (!Array.isArray(records)) {
      issues.push({ file, id: '(file)', issue: 'must hold a JSON array of records' });
      continue;
    }
    records.forEach((record: unknown, n) => {
      const rawId = (record as { id?: unknown } | null)?.id;
      const id = typeof rawId === 'string' && rawId !== '' ? rawId : `#${n}`;
      if (typeof rawId === 'string') {
        const first = seen.get(rawId);
        if (first !== undefined) issues.push({ file, id, issue: `duplicate id (first in ${first})` });
        else seen.set(rawId, file);
      }
      const parsed = v.safeParse(schema, record);
      if (parsed.success) valid.push({ file, record: parsed.output });
      else for (const i of parsed.issues.flatMap(precise)) issues.push({ file, id, issue: `${v.getDotPath(i) ?? '(record)'}: ${i.message}` });
    });
  }
  return valid;
}

/**
 * An alias is a string or an object: when it is neither quite, valibot says only "Expected
 * (string | Object)". What went wrong inside the object (a key, a word) is the useful part.
 */
function precise(issue: v.BaseIssue<unknown>): v.BaseIssue<unknown>[] {
  // The issues of a union's options have paths from the union down.
  const inner = (issue.issues ?? [])
    .flatMap(precise)
    .filter((i) => (i.path?.length ?? 0) > 0)
    .map((i) => ({ ...i, path: [...(issue.path ?? []), ...i.path!] }) as v.BaseIssue<unknown>);
  return inner.length > 0 ? inner : [issue];
}
