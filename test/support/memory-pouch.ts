/** PouchDB in memory, for node tests of the team collection (the extension's is on IndexedDB: background/team/pouch.ts). */
import PouchDB, { type PouchDatabase } from 'pouchdb-core';
import memory from 'pouchdb-adapter-memory';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

PouchDB.plugin(memory).plugin(http).plugin(replication);

let n = 0;
export function memoryPouch(name = 'replica'): PouchDatabase {
  return new PouchDB(`${name}-${n++}-${Date.now()}`, { adapter: 'memory' });
}

export { PouchDB };
