/**
 * The part of PouchDB's API that DealLens uses, typed here: the DefinitelyTyped packages are for
 * PouchDB 6–7 and widen Node's Buffer for the whole program.
 */
declare module 'pouchdb-core' {
  namespace PouchDB {
    interface ReplicationInfo {
      direction?: 'push' | 'pull';
      change?: { docs: { _id: string }[]; pending?: number; docs_written?: number };
    }
    interface Replication extends Promise<unknown> {
      cancel(): void;
      on(event: 'change', f: (info: ReplicationInfo) => void): this;
      on(event: 'paused', f: (err?: unknown) => void): this;
      on(event: 'active', f: () => void): this;
      on(event: 'denied', f: (err: unknown) => void): this;
      on(event: 'error', f: (err: unknown) => void): this;
      on(event: 'complete', f: (info: unknown) => void): this;
    }
    interface ReplicateOptions {
      live?: boolean;
      retry?: boolean;
      back_off_function?: (delay: number) => number;
      batch_size?: number;
      batches_limit?: number;
    }
    interface LiveChanges {
      cancel(): void;
      on(event: 'change', f: (change: { id: string; seq: number | string }) => void): this;
      on(event: 'error', f: (err: unknown) => void): this;
    }
    /** A document as DealLens reads it back: its own fields are checked where they are used (store/team). */
    interface Doc {
      _id: string;
      _rev?: string;
      _deleted?: boolean;
      _conflicts?: string[];
      [field: string]: unknown;
    }
    interface Write {
      ok?: boolean;
      id?: string;
      rev?: string;
      error?: unknown;
      status?: number;
      name?: string;
    }
    interface Database {
      bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<Write[]>;
      get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<Doc>;
      put(doc: object): Promise<Write>;
      info(): Promise<{ update_seq: number | string; doc_count: number }>;
      allDocs(options?: { include_docs?: boolean; keys?: string[] }): Promise<{ rows: { id: string; value: { rev: string } }[] }>;
      changes(options: { since: number | string | 'now'; live: true }): LiveChanges;
      changes(options: { since: number | string; include_docs: true; conflicts: true; limit: number }): Promise<{ results: { id: string; seq: number | string; deleted?: boolean; doc?: Doc }[]; last_seq: number | string }>;
      sync(remote: Database, options?: ReplicateOptions): Replication;
      replicate: { to(remote: Database, options?: ReplicateOptions): Replication; from(remote: Database, options?: ReplicateOptions): Replication };
      destroy(): Promise<unknown>;
      close(): Promise<unknown>;
    }
    interface Options {
      adapter?: string;
      auth?: { username: string; password: string };
      skip_setup?: boolean;
      fetch?: (url: string | URL | Request, init?: RequestInit) => Promise<Response>;
      auto_compaction?: boolean;
    }
    type Plugin = unknown;
  }
  interface PouchDBStatic {
    new (name: string, options?: PouchDB.Options): PouchDB.Database;
    plugin(p: PouchDB.Plugin): PouchDBStatic;
  }
  const PouchDB: PouchDBStatic;
  export type PouchDatabase = PouchDB.Database;
  export type PouchReplication = PouchDB.Replication;
  export type PouchReplicationInfo = PouchDB.ReplicationInfo;
  export type PouchLiveChanges = PouchDB.LiveChanges;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
