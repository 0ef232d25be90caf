/**
 * The team collection running: the local replica (PouchDB on IndexedDB) replicated live, both
 * ways, with the team's CouchDB, with retry and back-off; the store sent to the replica when it
 * changes and the replica's changes applied to the store. Started from the settings (contract 7)
 * whenever the background starts, so it outlives the service worker: PouchDB resumes from its
 * checkpoints, and changes made offline wait in the replica until the server is back.
 */
import type { PouchDatabase, PouchReplication, PouchLiveChanges, PouchReplicationInfo } from 'pouchdb-core';
import { databaseAddress, type TeamSettings } from '../../core/team/team-settings';
import { digestOf } from '../../core/team/team-doc';
import type { TeamStatus } from '../../messages';
import type { DealLensDB } from '../../store/schema';
import { applyReplica, markPushed, SEQ_KEY, sendLocal } from '../../store/team/team-bridge';
import { resolveConflict, versionsOf, type Version } from '../../store/team/team-conflicts';
import { EVERYTHING } from '../../store/team/team-dirty';
import { basicAuth } from './check-connection';
import { PouchDB } from './pouch';

const MIRROR_KEY = 'teamMirror';
/** Waits after a change before sending or applying, so a burst is one pass. */
const SETTLE_MS = 250;
const MAX_BACK_OFF_MS = 20_000;
/** How many records in conflict, and how many refused, the status lists at most. */
const LISTED = 100;

interface Running {
  /** What it was started with: other settings restart it. */
  key: string;
  settings: TeamSettings;
  mirror: PouchDatabase;
  remote: PouchDatabase;
  sync: PouchReplication;
  feed: PouchLiveChanges;
}

export interface TeamHooks {
  store(): Promise<DealLensDB>;
  /** Entities came from the team: the pages' overlay is published again. */
  entitiesChanged(): Promise<void>;
  /** Whether the origin's permission is granted (nothing is contacted otherwise). */
  mayContact(origin: string): Promise<boolean>;
}

const errorText = (err: unknown) => {
  const e = err as { reason?: unknown; message?: unknown; status?: unknown; name?: unknown } | undefined;
  return String(e?.reason ?? e?.message ?? e?.name ?? e ?? 'unknown').slice(0, 300);
};

export class TeamReplication {
  private running: Running | undefined;
  private state: TeamStatus['state'] = 'off';
  private reason: string | undefined;
  /** Why the server cannot be reached now (the last request to it failed), until one succeeds. */
  private offline: string | undefined;
  private lastReceived: number | undefined;
  /** Documents the server would not take from this reader (its validate_doc_update); those refused here are in the store's rows. */
  private denied = new Map<string, string>();
  private queue: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private due = { send: false, apply: false };

  constructor(private readonly hooks: TeamHooks) {}

  /** Follows the settings: started when set and enabled (restarted when they changed), stopped when not. */
  async follow(settings: TeamSettings | null): Promise<void> {
    if (!settings?.enabled) {
      this.stop();
      return;
    }
    const key = digestOf([settings.url, settings.username, settings.password]);
    if (this.running?.key === key) return;
    this.stop();
    const address = databaseAddress(settings.url);
    if (!address.ok) return this.fail(address.problem);
    if (!(await this.hooks.mayContact(address.address.origin))) return this.fail('teamNoPermission');
    await this.start(settings, key);
  }

  /**
   * Off, the store's marks of changed records (team-dirty.ts) would pile up with every write: they are
   * swapped for one that asks the next send to look at everything, which is what turning sync back on needs.
   */
  async forgetMarks(): Promise<void> {
    if (this.running) return;
    const db = await this.hooks.store();
    const marks = await db.teamDirty.count();
    if (marks === 0 || (marks === 1 && (await db.teamDirty.get(EVERYTHING)))) return;
    await db.transaction('rw', db.teamDirty, async () => {
      await db.teamDirty.clear();
      await db.teamDirty.put({ key: EVERYTHING, mark: 'team collection off' });
    });
  }

  private fail(reason: string): void {
    this.state = 'error';
    this.reason = reason;
  }

  stop(): void {
    const r = this.running;
    this.running = undefined;
    this.state = 'off';
    this.reason = undefined;
    this.offline = undefined;
    if (!r) return;
    r.sync.cancel();
    r.feed.cancel();
    void r.mirror.close().catch(() => undefined);
  }

  private async start(settings: TeamSettings, key: string): Promise<void> {
    const db = await this.hooks.store();
    // One replica per database and reader: another team's (or another user's) in-step rows mean nothing here.
    const name = `deallens-team-${digestOf([settings.url, settings.username])}`;
    const before = (await db.meta.get(MIRROR_KEY))?.value;
    if (before !== name) {
      await db.transaction('rw', [db.teamRows, db.teamDirty, db.meta], async () => {
        await db.teamRows.clear();
        // Nothing of this store is in step with a database it never met: the first send looks at every record.
        await db.teamDirty.clear();
        await db.teamDirty.put({ key: EVERYTHING, mark: 'new team database' });
        await db.meta.delete(SEQ_KEY);
        await db.meta.put({ key: MIRROR_KEY, value: name });
      });
      if (typeof before === 'string') await new PouchDB(before).destroy().catch(() => undefined);
    }
    const mirror = new PouchDB(name, { auto_compaction: true });
    const auth = basicAuth(settings.username, settings.password);
    // Credentials go in a header on each request, never in the URL (which PouchDB may log in errors).
    const remote = new PouchDB(settings.url, {
      skip_setup: true,
      // Every request says whether the server is there: PouchDB's own events say it late or not at all while it retries.
      fetch: (url, init) =>
        fetch(url, { ...init, credentials: 'omit', headers: withAuth(init?.headers, auth) }).then(
          (response) => {
            this.offline = undefined;
            return response;
          },
          (err: unknown) => {
            if ((err as { name?: string })?.name !== 'AbortError') this.offline = 'teamUnreachable';
            throw err;
          },
        ),
    });
    const sync = mirror.sync(remote, { live: true, retry: true, back_off_function: (delay) => Math.min(MAX_BACK_OFF_MS, delay > 0 ? delay * 2 : 1000) });
    this.state = 'syncing';
    this.reason = undefined;
    sync
      .on('change', (info: PouchReplicationInfo) => {
        const docs = info.change?.docs ?? [];
        if (info.direction === 'push') this.pushed(docs);
        else if (docs.length) this.lastReceived = Date.now();
      })
      .on('active', () => {
        this.state = 'syncing';
        this.reason = undefined;
      })
      .on('paused', (err) => {
        // Paused with an error: the server cannot be reached; retried with back-off. Without one: nothing left to do.
        this.state = err ? 'offline' : 'up-to-date';
        this.reason = err ? errorText(err) : undefined;
      })
      .on('denied', (err) => {
        this.denied.set(String((err as { id?: unknown })?.id ?? 'unknown').slice(0, 200), 'team_denied');
      })
      .on('error', (err) => {
        const status = (err as { status?: number })?.status;
        this.fail(status === 401 ? 'teamWrongPassword' : status === 403 ? 'teamNoAccess' : errorText(err));
      });
    const feed = mirror.changes({ since: 'now', live: true }).on('change', () => this.schedule('apply'));
    this.running = { key, settings, mirror, remote, sync, feed };
    this.schedule('send');
    this.schedule('apply');
  }

  /** Documents the replication took to the server: their rows are marked in the store, so the count of what waits outlives the worker. */
  private pushed(docs: readonly { _id: string; _rev?: string }[]): void {
    void this.hooks
      .store()
      .then((db) => markPushed(db, docs))
      .catch((err) => console.warn('DealLens: the team collection could not note what went to the server.', err));
  }

  /** The store changed (here or in a page): send what changed. */
  nudge(): void {
    if (this.running) this.schedule('send');
  }

  private schedule(what: 'send' | 'apply'): void {
    this.due[what] = true;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const due = this.due;
      this.due = { send: false, apply: false };
      this.queue = this.queue.then(() => this.pass(due)).catch((err) => console.warn('DealLens: the team collection could not be brought in step.', err));
    }, SETTLE_MS);
  }

  /** One pass: this reader's changes to the replica first (so a colleague's change to the same record becomes a conflict, not an overwrite), then the replica's to the store. */
  private async pass(due: { send: boolean; apply: boolean }): Promise<void> {
    const r = this.running;
    if (!r) return;
    const db = await this.hooks.store();
    if (due.send) {
      await sendLocal(db, r.mirror, r.settings.username);
    }
    if (due.apply) {
      const report = await applyReplica(db, r.mirror);
      if (report.entities) await this.hooks.entitiesChanged();
    }
  }

  async status(): Promise<TeamStatus> {
    const r = this.running;
    const offline = r && this.state !== 'error' && this.offline !== undefined;
    const db = r ? await this.hooks.store() : undefined;
    // Read by their indexes: the status is asked every few seconds while a page shows it.
    const rows = db ? await db.teamRows.where('conflicts').above('').distinct().limit(LISTED).toArray() : [];
    const refused = db ? await db.teamRows.where('refused').above('').limit(LISTED).toArray() : [];
    const waiting = db ? await db.teamRows.where('waiting').equals(1).count() : 0;
    const conflicts = await Promise.all(rows.map(async (row) => ({ key: row.key, title: await titleOf(db!, row.key) })));
    const address = r ? databaseAddress(r.settings.url) : undefined;
    return {
      // Paused with nothing to do, while rows still wait: what waits is going (or about to).
      state: offline ? 'offline' : this.state === 'up-to-date' && waiting > 0 ? 'syncing' : this.state,
      ...(offline ? { reason: this.offline } : this.reason ? { reason: this.reason } : {}),
      ...(address?.ok ? { database: address.address.url } : {}),
      ...(r ? { user: r.settings.username } : {}),
      ...(this.lastReceived ? { lastReceived: this.lastReceived } : {}),
      waiting,
      conflicts,
      refused: [...refused.map((row) => ({ key: row.key, rule: row.refused! })), ...[...this.denied].map(([key, rule]) => ({ key, rule }))].slice(0, LISTED),
    };
  }

  async versions(key: string): Promise<Version[]> {
    if (!this.running) throw new Error('The team collection is off.');
    return versionsOf(this.running.mirror, key);
  }

  async resolve(key: string, keep: string, record?: unknown): Promise<void> {
    const r = this.running;
    if (!r) throw new Error('The team collection is off.');
    await resolveConflict(r.mirror, key, keep, r.settings.username, record);
    this.schedule('apply');
  }
}

function withAuth(headers: HeadersInit | undefined, auth: string): Headers {
  const h = new Headers(headers);
  h.set('Authorization', auth);
  return h;
}

/** What a record is called, for the list of conflicts. */
async function titleOf(db: DealLensDB, key: string): Promise<string> {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const id = key.slice(colon + 1);
  if (kind === 'article') return (await db.articles.get(id))?.title ?? id;
  if (kind === 'deal') return (await db.deals.get(id))?.summary ?? id;
  return (await db.entities.get(id))?.name ?? id;
}
