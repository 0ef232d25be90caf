/**
 * A record two readers changed while apart: the team's database keeps every version (a CouchDB
 * conflict) and shows one, the same one everywhere. A reader sees them all and keeps one, as it
 * is or edited; the others are deleted for the whole team. Nothing is lost before that choice.
 */
import { digestOf, parseDocId } from '../../core/team/team-doc';
import type { Problem } from '../records/problem';
import type { IncomingDoc, Mirror } from './mirror';
import { storableOf } from './team-bridge';

export interface Version {
  rev: string;
  changedBy: string;
  changedAt: number;
  record: unknown;
}

const versionOf = (d: IncomingDoc): Version => ({
  rev: d._rev ?? '',
  changedBy: typeof d.changedBy === 'string' ? d.changedBy.slice(0, 200) : '',
  changedAt: typeof d.changedAt === 'number' ? d.changedAt : 0,
  record: d.record,
});

/** Every version of a record: the one shown first, then the others. */
export async function versionsOf(mirror: Mirror, key: string): Promise<Version[]> {
  const shown = await mirror.get(key, { conflicts: true });
  const others = await Promise.all((shown._conflicts ?? []).map((rev) => mirror.get(key, { rev })));
  return [shown, ...others].filter((d) => !d._deleted).map(versionOf);
}

export class ResolveError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.rule);
  }
}

/**
 * Keeps one version (`keep`, or `record`: that version edited by the reader, checked like any
 * record) and deletes the others. The store follows when the replica's change is applied.
 */
export async function resolveConflict(mirror: Mirror, key: string, keep: string, author: string, record?: unknown, now = Date.now()): Promise<void> {
  const parsed = parseDocId(key);
  if (!parsed) throw new ResolveError({ rule: 'team_not_deallens' });
  const versions = await versionsOf(mirror, key);
  const kept = versions.find((v) => v.rev === keep);
  if (!kept) throw new ResolveError({ rule: 'team_no_version' });
  const chosen = storableOf(parsed.table, record ?? kept.record);
  if (!chosen.ok) throw new ResolveError(chosen.problem);
  const [shown, ...others] = versions;
  const envelope = { kind: parsed.kind, changedBy: author, changedAt: now };
  const writes = [];
  if (shown.rev !== keep || digestOf(chosen.record) !== digestOf(shown.record)) writes.push({ _id: key, _rev: shown.rev, ...envelope, record: chosen.record });
  for (const v of others) writes.push({ _id: key, _rev: v.rev, _deleted: true, ...envelope });
  const results = await mirror.bulkDocs(writes);
  const failed = results.find((r) => !r.ok);
  if (failed) throw new ResolveError({ rule: 'team_resolve_failed', detail: String(failed.name ?? failed.status ?? 'unknown') });
}
