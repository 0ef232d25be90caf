/** PouchDB as the extension runs it: IndexedDB for the local replica, HTTP for the team's server, and replication. */
import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import http from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';

PouchDB.plugin(idb).plugin(http).plugin(replication);

export { PouchDB };
