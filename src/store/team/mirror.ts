/**
 * What the team collection needs of its local replica of the team's database: the few calls of
 * PouchDB's API it makes, so that the store does not depend on how PouchDB is put together
 * (IndexedDB in the extension, memory in node tests).
 */
import type { TeamDocBody } from '../../core/team/team-doc';

export interface MirrorDoc extends TeamDocBody {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  /** The revisions that lost to this one (asked with `conflicts: true`). */
  _conflicts?: string[];
  /** A revision's ancestry, given when writing a branch of our own (`new_edits: false`). */
  _revisions?: { start: number; ids: string[] };
}

/** A document as the replica gives it back: from the server, so nothing in it is taken on trust (team-bridge.ts checks it). */
export interface IncomingDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface MirrorWrite {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: unknown;
  status?: number;
  name?: string;
}

export interface MirrorChange {
  id: string;
  seq: number | string;
  deleted?: boolean;
  doc?: IncomingDoc;
}

export interface Mirror {
  bulkDocs(docs: MirrorDoc[], options?: { new_edits?: boolean }): Promise<MirrorWrite[]>;
  changes(options: { since: number | string; include_docs: true; conflicts: true; limit: number }): Promise<{ results: MirrorChange[]; last_seq: number | string }>;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<IncomingDoc>;
}
