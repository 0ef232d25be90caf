/**
 * Reading an export file: JSON without prototype keys, the format and version, and every record
 * checked against its table's one schema. The first problem is thrown, naming record and field.
 */
import { checkRecord, type RecordOf } from '../records/check-record';
import { ImportError, type Table } from '../records/problem';
import { upgradeAuthor } from '../schema';

export const EXPORT_FORMAT = 'deallens-export';
/** 2: an article's authors are a list (`authors`); a file of version 1 (one `author` string) is read and upgraded. */
export const EXPORT_VERSION = 2;
const MAX_BYTES = 200 * 1024 * 1024;
export const TABLES: readonly Table[] = ['entities', 'deals', 'articles'];
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedExport {
  kbVersion: number | undefined;
  entities: RecordOf['entities'][];
  deals: RecordOf['deals'][];
  articles: RecordOf['articles'][];
}

export function parseExport(raw: string): ParsedExport {
  if (raw.trim() === '') throw new ImportError({ rule: 'file_empty' });
  if (raw.length > MAX_BYTES) throw new ImportError({ rule: 'file_too_large', detail: String(MAX_BYTES / 1024 / 1024) });
  let data: unknown;
  try {
    data = JSON.parse(raw, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ImportError({ rule: 'file_forbidden_key', detail: key });
      return value;
    });
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw new ImportError({ rule: 'file_not_json', detail: (err as Error).message.slice(0, 120) });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new ImportError({ rule: 'file_not_export' });
  const file = data as Record<string, unknown>;
  if (file.format !== EXPORT_FORMAT) throw new ImportError({ rule: 'file_not_export' });
  if (file.version !== EXPORT_VERSION && file.version !== 1) throw new ImportError({ rule: 'file_version', detail: JSON.stringify(file.version ?? null).slice(0, 20) });
  const out: ParsedExport = { kbVersion: typeof file.kbVersion === 'number' ? file.kbVersion : undefined, entities: [], deals: [], articles: [] };
  for (const table of TABLES) {
    const records = file[table];
    if (!Array.isArray(records)) throw new ImportError({ rule: 'file_no_table', detail: table });
    const seen = new Set<string>();
    records.forEach((record: unknown, index) => {
      if (file.version === 1 && table === 'articles' && record && typeof record === 'object' && !Array.isArray(record)) upgradeAuthor(record as Record<string, unknown>);
      const checked = checkRecord(table, record, index);
      if (!checked.ok) throw new ImportError(checked.problem);
      const { id } = checked.record;
      if (seen.has(id)) throw new ImportError({ table, index, id, field: 'id', rule: 'rule_repeated_id' });
      seen.add(id);
      (out[table] as unknown[]).push(checked.record);
    });
  }
  return out;
}
