/**
 * What is wrong with a record, said so a reader can find and fix it: the file's table, the
 * record's index and id, the field, and the rule (a `rule_…` key of _locales) with its detail.
 */
export type Table = 'entities' | 'deals' | 'articles';

export interface Problem {
  rule: string;
  table?: Table;
  index?: number;
  id?: string;
  field?: string;
  /** The rule's figure or value: "2000", "en, fr, nl, de", the id referred to... */
  detail?: string;
  /** The reader may accept it (an alias shorter than three characters): ask, then import again. */
  needsConfirm?: boolean;
  /** After a failed write: what the store was counted to hold once the import was undone. */
  held?: { entities: number; deals: number; articles: number };
  /** After a failed write the store could not be read: what the copy kept outside it holds (import/restore-point.ts). */
  kept?: { deals: number; articles: number };
}

/** The problem in plain English, for logs and tests; pages say it with describeProblem (i18n). */
export function problemText(p: Problem): string {
  const where = p.table !== undefined ? `${p.table}[${p.index ?? '?'}]${p.id ? ` ("${p.id}")` : ''}${p.field ? ` ${p.field}` : ''}: ` : '';
  return `${where}${p.rule}${p.detail !== undefined ? ` (${p.detail})` : ''}`;
}

export class ImportError extends Error {
  /** `said`: the problem already put in the reader's words (by a page); else it is said in English. */
  constructor(readonly problem: Problem, said?: string) {
    super(said ?? problemText(problem));
  }
}
