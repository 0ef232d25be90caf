/**
 * The store and its replica of the team's database kept in step, both ways. The store stays what
 * every view reads; PouchDB replicates the replica with the server.
 * - Sending (`sendLocal`): a shared record the store marked as changed (team-dirty.ts) whose digest
 *   moved since it was last in step is written to the replica over the revision it was in step
 *   with; a record gone is a deletion. When a
 *   colleague's revision came in meanwhile, ours is kept beside it as a branch (a CouchDB conflict),
 *   never written over it or dropped.
 * - Receiving (`applyReplica`): the replica's changes since the last one applied; each record
 *   checked against its table's schema (the import's) before anything is written, its derived fields
 *   recomputed and its link and full-text rows kept right, in one transaction per batch. A record
 *   this reader changed and has not sent yet is left for sending (and so for the conflict).
 */
import { digestOf, docIdOf, KIND_OF_TABLE, parseDocId, TEAM_KINDS, type TeamKind, type TeamTable } from '../../core/team/team-doc';
import { checkRecord } from '../records/check-record';
import { derivedOfArticle, derivedOfDeal } from '../records/derived';
import type { Problem } from '../records/problem';
import { dropDerived, putDerived, tableOf } from '../derived-rows';
import type { ArticleRecord, DealLensDB, DealRecord, TeamRowRecord } from '../schema';
import type { IncomingDoc, Mirror, MirrorChange, MirrorDoc, MirrorWrite } from './mirror';
import { isShared, shippedRecord, type SharedRecord } from './shared-records';
import { EVERYTHING, type TeamDirtyRecord } from './team-dirty';

const TABLES = Object.values(TEAM_KINDS);
const WRITE_BATCH = 200;
const CHANGES_BATCH = 200;
export const SEQ_KEY = 'teamSeq';

export interface SendReport {
  sent: number;
  /** The documents written (sent or branched). */
  keys: string[];
  /** Records a colleague changed too while this reader's change waited: kept both, as a conflict. */
  branched: number;
}

export interface Refusal {
  key: string;
  problem: Problem;
}

export interface ApplyReport {
  applied: number;
  removed: number;
  /** Whether entities changed (the pages' overlay is published again). */
  entities: boolean;
  refused: Refusal[];
}

const isConflict = (w: MirrorWrite) => w.status === 409 || w.name === 'conflict';

/** A revision id of our own for a branch: generation, then 32 hex digits. */
function branchOf(row: TeamRowRecord | undefined, digest: string, author: string, now: number): { rev: string; revisions: { start: number; ids: string[] } } {
  const hash = digest + digestOf(`${author}\n${now}\n${row?.rev ?? ''}`);
  const dash = row?.rev.indexOf('-') ?? -1;
  const gen = row && dash > 0 ? Number(row.rev.slice(0, dash)) : 0;
  const ids = gen > 0 ? [hash, row!.rev.slice(dash + 1)] : [hash];
  return { rev: `${gen + 1}-${hash}`, revisions: { start: gen + 1, ids } };
}

interface Outgoing {
  doc: MirrorDoc;
  digest: string;
  row?: TeamRowRecord;
}

const SEND_CHUNK = 500;

/** The document to write for a record (or its absence), or nothing when it is in step with the replica. */
function outgoingOf(key: string, kind: TeamKind, table: TeamTable, rec: SharedRecord | undefined, row: TeamRowRecord | undefined, author: string, now: number): Outgoing | undefined {
  if (rec && isShared(table, rec)) {
    const digest = digestOf(rec);
    if (row && row.digest === digest && (!row.deleted || row.refused)) return undefined;
    return { doc: { _id: key, ...(row?.rev ? { _rev: row.rev } : {}), kind, record: rec, changedBy: author, changedAt: now }, digest, row };
  }
  // Gone, or no longer shared (a shipped record a reader changed back): a deletion, if the team has it.
  if (!row || row.deleted) return undefined;
  return { doc: { _id: key, _rev: row.rev, _deleted: true, kind, changedBy: author, changedAt: now }, digest: '', row };
}

/** Every shared record and every row looked at: what a send does once after a clear, an upgrade, or a new team database. */
async function everything(db: DealLensDB, author: string, now: number): Promise<Outgoing[]> {
  const rows = new Map((await db.teamRows.toArray()).map((r) => [r.key, r]));
  const out: Outgoing[] = [];
  for (const table of TABLES) {
    const kind = KIND_OF_TABLE[table];
    const present = new Set<string>();
    await tableOf(db, table).each((rec) => {
      if (!isShared(table, rec)) return;
      const key = docIdOf(kind, rec.id);
      present.add(key);
      const o = outgoingOf(key, kind, table, rec, rows.get(key), author, now);
      if (o) out.push(o);
    });
    for (const [key, row] of rows) {
      if (present.has(key) || parseDocId(key)?.kind !== kind) continue;
      const o = outgoingOf(key, kind, table, undefined, row, author, now);
      if (o) out.push(o);
    }
  }
  return out;
}

/** The records these marks name, as documents to write. */
async function marked(db: DealLensDB, keys: string[], author: string, now: number): Promise<Outgoing[]> {
  const rows = await db.teamRows.bulkGet(keys);
  const parsed = keys.map(parseDocId);
  const out: Outgoing[] = [];
  for (const table of TABLES) {
    const at = parsed.flatMap((p, i) => (p?.table === table ? [i] : []));
    if (!at.length) continue;
    const recs = (await tableOf(db, table).bulkGet(at.map((i) => parsed[i]!.id))) as (SharedRecord | undefined)[];
    at.forEach((i, j) => {
      const o = outgoingOf(keys[i]!, parsed[i]!.kind, table, recs[j], rows[i], author, now);
      if (o) out.push(o);
    });
  }
  return out;
}

/**
 * Sends what changed since the last send: the records the store marked (team-dirty.ts), or every
 * record when a mark says so. A mark is forgotten once its record is in step or written, and only
 * if no write marked it again meanwhile; a record the replica would not take keeps its mark.
 */
export async function sendLocal(db: DealLensDB, mirror: Mirror, author: string, now = Date.now()): Promise<SendReport> {
  const report: SendReport = { sent: 0, branched: 0, keys: [] };
  if (await db.teamDirty.get(EVERYTHING)) {
    const marks = await db.teamDirty.toArray();
    const failed = await write(db, mirror, await everything(db, author, now), author, now, report);
    await forget(db, marks.filter((m) => !failed.has(m.key)));
  }
  // In pages, so a large change (an import) is never held whole; a page's marks go once it is written.
  let after = '';
  for (;;) {
    const marks = await db.teamDirty.where('key').above(after).limit(SEND_CHUNK).toArray();
    if (!marks.length) break;
    after = marks[marks.length - 1]!.key;
    const keys = marks.map((m) => m.key).filter((k) => k !== EVERYTHING);
    const failed = await write(db, mirror, await marked(db, keys, author, now), author, now, report);
    await forget(db, marks.filter((m) => !failed.has(m.key) && m.key !== EVERYTHING));
  }
  return report;
}

async function forget(db: DealLensDB, marks: TeamDirtyRecord[]): Promise<void> {
  if (!marks.length) return;
  await db.transaction('rw', db.teamDirty, async () => {
    const now = await db.teamDirty.bulkGet(marks.map((m) => m.key));
    await db.teamDirty.bulkDelete(marks.filter((m, i) => now[i]?.mark === m.mark).map((m) => m.key));
  });
}

/** Writes the documents to the replica; returns the keys it could not write (tried again at the next send). */
async function write(db: DealLensDB, mirror: Mirror, all: Outgoing[], author: string, now: number, report: SendReport): Promise<Set<string>> {
  const failed = new Set<string>();
  for (let i = 0; i < all.length; i += WRITE_BATCH) {
    const chunk = all.slice(i, i + WRITE_BATCH);
    const written = await mirror.bulkDocs(chunk.map((c) => c.doc));
    const rows: TeamRowRecord[] = [];
    const forgotten: string[] = [];
    const branches: MirrorDoc[] = [];
    chunk.forEach((c, j) => {
      const w = written[j];
      const deleted = c.doc._deleted === true;
      const mark = { key: c.doc._id, digest: c.digest, changedBy: author, changedAt: now, ...(deleted ? { deleted } : {}) };
      if (w?.ok && w.rev) {
        rows.push({ ...mark, rev: w.rev, waiting: 1 });
        report.sent++;
      } else if (w && isConflict(w)) {
        if (deleted) {
          // A colleague changed what this reader deleted: their version wins and comes back (nothing is lost).
          forgotten.push(c.doc._id);
          return;
        }
        const b = branchOf(c.row, c.digest, author, now);
        branches.push({ ...c.doc, _rev: b.rev, _revisions: b.revisions });
        rows.push({ ...mark, rev: b.rev, waiting: 1 });
        report.branched++;
      } else failed.add(c.doc._id);
    });
    if (branches.length) await mirror.bulkDocs(branches, { new_edits: false });
    report.keys.push(...rows.map((r) => r.key));
    await db.transaction('rw', db.teamRows, async () => {
      await db.teamRows.bulkDelete(forgotten);
      // A conflict found by an earlier receive stays said until a reader resolves it.
      const before = await db.teamRows.bulkGet(rows.map((r) => r.key));
      await db.teamRows.bulkPut(rows.map((r, k) => (before[k]?.conflicts?.length ? { ...r, conflicts: before[k]!.conflicts } : r)));
    });
  }
  return failed;
}

/** The record as the store keeps it: checked against its table's schema, its derived fields recomputed. */
export function storableOf(table: TeamTable, record: unknown): { ok: true; record: SharedRecord } | { ok: false; problem: Problem } {
  const checked = checkRecord(table, record);
  if (!checked.ok) return checked;
  const r = checked.record;
  if (table === 'deals') return { ok: true, record: { ...(r as DealRecord), ...derivedOfDeal(r as DealRecord) } };
  if (table === 'articles') return { ok: true, record: { ...(r as ArticleRecord), ...derivedOfArticle(r as ArticleRecord) } };
  return { ok: true, record: r as SharedRecord };
}

/** The envelope of a document from the server, checked: DealLens's own kind, an author, a time, a record with the id of the document. */
function envelopeProblem(doc: IncomingDoc, kind: TeamKind, id: string): string | undefined {
  if (doc.kind !== kind) return 'team_wrong_kind';
  if (typeof doc.changedBy !== 'string' || doc.changedBy.length > 200) return 'team_no_author';
  if (typeof doc.changedAt !== 'number' || !Number.isFinite(doc.changedAt)) return 'team_no_time';
  if (doc._deleted) return undefined;
  const r = doc.record as { id?: unknown } | null | undefined;
  if (!r || typeof r !== 'object' || Array.isArray(r) || r.id !== id) return 'team_wrong_id';
  return undefined;
}

/** What one change does to the store: planned from what the store holds, written with the batch's others. */
interface Plan {
  table: TeamTable;
  id: string;
  /** The record as stored before, whose derived rows go. */
  old?: SharedRecord;
  put?: SharedRecord;
  remove?: boolean;
  row?: TeamRowRecord;
}

function planOf(ch: MirrorChange, parsed: NonNullable<ReturnType<typeof parseDocId>>, row: TeamRowRecord | undefined, local: SharedRecord | undefined, report: ApplyReport, now: number): Plan | undefined {
  const { table, kind, id } = parsed;
  const doc: IncomingDoc = ch.doc ?? { _id: ch.id, _deleted: true };
  const conflicts = Array.isArray(doc._conflicts) && doc._conflicts.length ? doc._conflicts.filter((r) => typeof r === 'string').slice(0, 100) : undefined;
  const said = { changedBy: typeof doc.changedBy === 'string' ? doc.changedBy.slice(0, 200) : '', changedAt: typeof doc.changedAt === 'number' ? doc.changedAt : now };
  if (row && row.rev === doc._rev) {
    // Our own write coming back from the replica (or from the server, with the conflicts it found).
    if (JSON.stringify(row.conflicts) === JSON.stringify(conflicts)) return undefined;
    return { table, id, row: { ...row, ...(conflicts ? { conflicts } : { conflicts: undefined }) } };
  }
  const localShared = local !== undefined && isShared(table, local);
  const localDigest = localShared ? digestOf(local) : '';
  const unsent = row ? (row.deleted && !row.refused ? localShared : localDigest !== row.digest) : localShared;

  if (ch.deleted || doc._deleted) {
    if (unsent) return undefined;
    const gone: TeamRowRecord = { key: ch.id, rev: doc._rev ?? '', digest: '', deleted: true, ...said };
    if (!local) return { table, id, row: gone };
    report.removed++;
    if (table === 'entities') report.entities = true;
    // Taking back a change to a shipped record puts the shipped one back; anything else goes.
    const shipped = shippedRecord(table, id, now);
    return { table, id, old: local, ...(shipped ? { put: shipped } : { remove: true }), row: gone };
  }
  const problem = envelopeProblem(doc, kind, id);
  const checked: ReturnType<typeof storableOf> = problem ? { ok: false, problem: { rule: problem } } : storableOf(table, doc.record);
  if (!checked.ok) {
    report.refused.push({ key: ch.id, problem: { ...checked.problem, table, id: id.slice(0, 160) } });
    // Nothing written; what this reader has stays, and is not sent back over the refused revision.
    return { table, id, row: { key: ch.id, rev: doc._rev ?? '', digest: localDigest, refused: checked.problem.rule, ...(localShared ? {} : { deleted: true }) } };
  }
  const digest = digestOf(checked.record);
  if (unsent && digest !== localDigest) return undefined;
  const row2: TeamRowRecord = { key: ch.id, rev: doc._rev ?? '', digest, ...said, ...(conflicts ? { conflicts } : {}) };
  if (digest === localDigest) return { table, id, row: row2 };
  report.applied++;
  if (table === 'entities') report.entities = true;
  return { table, id, ...(local ? { old: local } : {}), put: checked.record, row: row2 };
}

let batchCounter = 0;

/** One batch of the replica's changes, planned from one read of the store and written in bulk. */
async function applyBatch(db: DealLensDB, changes: MirrorChange[], report: ApplyReport, now: number): Promise<void> {
  const ours = changes.flatMap((ch) => {
    const parsed = parseDocId(ch.id);
    if (parsed) return [{ ch, parsed }];
    if (!ch.id.startsWith('_design/')) report.refused.push({ key: ch.id.slice(0, 200), problem: { rule: 'team_not_deallens' } });
    return [];
  });
  const rows = await db.teamRows.bulkGet(ours.map((o) => o.ch.id));
  const locals = new Map<string, SharedRecord | undefined>();
  for (const table of TABLES) {
    const mine = ours.filter((o) => o.parsed.table === table);
    if (!mine.length) continue;
    const got = (await tableOf(db, table).bulkGet(mine.map((o) => o.parsed.id))) as (SharedRecord | undefined)[];
    mine.forEach((o, i) => locals.set(o.ch.id, got[i]));
  }
  const plans = ours.flatMap((o, i) => planOf(o.ch, o.parsed, rows[i], locals.get(o.ch.id), report, now) ?? []);
  for (const table of TABLES) {
    const mine = plans.filter((p) => p.table === table);
    const olds = mine.flatMap((p) => (p.old && (p.put || p.remove) ? [p.old] : []));
    const puts = mine.flatMap((p) => p.put ?? []);
    if (olds.length) await dropDerived(db, table, olds);
    await tableOf(db, table).bulkDelete(mine.filter((p) => p.remove).map((p) => p.id));
    if (!puts.length) continue;
    await tableOf(db, table).bulkPut(puts);
    // A batch's articles get their full-text rows as an import's do: one row per word of the batch.
    await putDerived(db, table, puts, table === 'articles' ? `team-${now.toString(36)}-${(batchCounter++).toString(36)}` : undefined);
  }
  await db.teamRows.bulkPut(plans.flatMap((p) => p.row ?? []));
}

export async function applyReplica(db: DealLensDB, mirror: Mirror, now = Date.now()): Promise<ApplyReport> {
  const report: ApplyReport = { applied: 0, removed: 0, entities: false, refused: [] };
  let since = ((await db.meta.get(SEQ_KEY))?.value as number | string | undefined) ?? 0;
  for (;;) {
    const batch = await mirror.changes({ since, include_docs: true, conflicts: true, limit: CHANGES_BATCH });
    if (batch.results.length === 0) break;
    await db.transaction('rw', [db.entities, db.deals, db.articles, db.links, db.terms, db.termBatches, db.teamRows, db.meta], async () => {
      await applyBatch(db, batch.results, report, now);
      await db.meta.put({ key: SEQ_KEY, value: batch.last_seq });
    });
    since = batch.last_seq;
  }
  return report;
}

/** These revisions went to the server: their rows wait no more (a row rewritten since, by a newer send, still waits). */
export async function markPushed(db: DealLensDB, docs: readonly { _id: string; _rev?: string }[]): Promise<void> {
  if (!docs.length) return;
  await db.transaction('rw', db.teamRows, async () => {
    const rows = await db.teamRows.bulkGet(docs.map((d) => d._id));
    const gone = rows.flatMap((row, i) => (row?.waiting && row.rev === docs[i]!._rev ? [(({ waiting: _, ...rest }) => rest)(row)] : []));
    await db.teamRows.bulkPut(gone);
  });
}
