/**
 * Loaded into pouchdb-server (node --import) by couch-server.ts, to make it behave as CouchDB does
 * on one point. pouchdb-validation 4.2 overwrites a replicated document's own `_revisions` with the
 * stored one's before running validate_doc_update ("newDoc._revisions = (oldDoc || {})._revisions"),
 * so that, once a database has a validate_doc_update, every replicated update of an existing
 * document (new_edits: false) is silently dropped. CouchDB keeps the document's ancestry; so does
 * this: the stored one is used only when the document brings none.
 */
import Module from 'node:module';
import path from 'node:path';

const BUGGY = 'newDoc._revisions = (oldDoc || {})._revisions;';
const FIXED = 'newDoc._revisions = newDoc._revisions || (oldDoc || {})._revisions;';
const compile = Module.prototype._compile;
Module.prototype._compile = function (content, filename) {
  if (filename.endsWith(path.join('pouchdb-validation', 'lib', 'index.js'))) {
    if (!content.includes(BUGGY)) throw new Error('pouchdb-server-fix.mjs: pouchdb-validation changed; check whether the fix is still needed');
    content = content.replace(BUGGY, FIXED);
  }
  return compile.call(this, content, filename);
};
