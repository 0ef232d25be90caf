/**
 * The design document DealLens installs on a new team database (when the reader may): CouchDB
 * runs its `validate_doc_update` on every write, replicated ones included, so a malformed record
 * or one that claims another author is refused by the server itself. It checks the envelope and
 * coarse bounds only; every record is checked again, field by field, before it is applied.
 * CouchDB's JavaScript engine is an old one: the function is plain ES5 text.
 */
export const DESIGN_DOC_ID = '_design/deallens';
/** Raised when the rules change, so that a newer DealLens puts its own in place. */
export const DESIGN_VERSION = 1;
/** A record's JSON larger than this is refused (a saved article's text is at most 5 M characters). */
export const MAX_DOC_CHARS = 6_000_000;

const validate = `function (newDoc, oldDoc, userCtx) {
  if (newDoc._id.indexOf('_design/') === 0) {
    if (userCtx.roles.indexOf('_admin') < 0) throw({ forbidden: 'Only an admin of the database changes its design documents.' });
    return;
  }
  var kinds = { entity: true, deal: true, article: true };
  var colon = newDoc._id.indexOf(':');
  var kind = colon > 0 ? newDoc._id.slice(0, colon) : '';
  if (!kinds[kind]) throw({ forbidden: 'Not a DealLens record: its id is not kind:id.' });
  if (newDoc.kind !== kind) throw({ forbidden: 'The record\\'s kind does not match its id.' });
  if (newDoc.changedBy !== userCtx.name) throw({ forbidden: 'The record must name its writer as changedBy.' });
  if (typeof newDoc.changedAt !== 'number') throw({ forbidden: 'changedAt must be a time.' });
  if (newDoc._deleted) return;
  var r = newDoc.record;
  if (!r || typeof r !== 'object' || r.id !== newDoc._id.slice(colon + 1)) throw({ forbidden: 'The record is missing or its id does not match.' });
  if (JSON.stringify(r).length > ${MAX_DOC_CHARS}) throw({ forbidden: 'The record is too large.' });
  if (kind === 'article' && (typeof r.title !== 'string' || typeof r.text !== 'string')) throw({ forbidden: 'An article needs a title and a text.' });
  if (kind === 'deal' && (typeof r.type !== 'string' || !r.parties || typeof r.parties !== 'object')) throw({ forbidden: 'A deal needs a type and parties.' });
  if (kind === 'entity' && (typeof r.type !== 'string' || typeof r.name !== 'string')) throw({ forbidden: 'An entity needs a type and a name.' });
}`;

export const designDoc = { _id: DESIGN_DOC_ID, deallensVersion: DESIGN_VERSION, validate_doc_update: validate } as const;
