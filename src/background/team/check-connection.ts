/**
 * "Test connection": the server, the database and the reader's rights, each checked in turn over
 * CouchDB's HTTP API, and what is wrong said in plain words (a key of _locales). A database that
 * does not exist is created when the reader asks and may; DealLens's design document (its
 * server-side rules, core/team/design-doc.ts) is put in place when the reader may.
 */
import { designDoc, DESIGN_DOC_ID, DESIGN_VERSION } from '../../core/team/design-doc';
import { databaseAddress, type TeamSettings } from '../../core/team/team-settings';
import type { TeamCheckProblem } from '../../messages';

export type CheckProblem = Exclude<TeamCheckProblem, 'teamNoPermission'>;

export type DesignState = 'present' | 'installed' | 'not-allowed';

export type CheckResult = { ok: true; created: boolean; design: DesignState; user: string } | { ok: false; problem: CheckProblem; detail?: string };

type Fetch = typeof fetch;

/** HTTP Basic credentials, UTF-8 encoded (a name or password may hold any character). */
export function basicAuth(username: string, password: string): string {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return `Basic ${btoa(binary)}`;
}

const TIMEOUT_MS = 10_000;

export async function checkConnection(settings: Pick<TeamSettings, 'url' | 'username' | 'password'>, o: { create?: boolean; fetch?: Fetch } = {}): Promise<CheckResult> {
  const address = databaseAddress(settings.url);
  if (!address.ok) return { ok: false, problem: address.problem };
  const { url, server } = address.address;
  const f = o.fetch ?? fetch;
  const auth = basicAuth(settings.username, settings.password);
  const call = (path: string, init: RequestInit = {}) =>
    f(`${path}`, { ...init, credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: auth, ...(init.headers ?? {}) } });

  let root: Response;
  try {
    root = await f(server, { credentials: 'omit', cache: 'no-store', signal: AbortSignal.timeout(TIMEOUT_MS), headers: { Accept: 'application/json' } });
  } catch (err) {
    return { ok: false, problem: 'teamUnreachable', detail: String((err as Error).message ?? err).slice(0, 200) };
  }
  const welcome = (await root.json().catch(() => null)) as Record<string, unknown> | null;
  if (!welcome || typeof welcome !== 'object' || !('couchdb' in welcome || 'express-pouchdb' in welcome)) return { ok: false, problem: 'teamNotCouch' };

  const session = await call(`${server}_session`).catch(() => null);
  if (session?.status === 401) return { ok: false, problem: 'teamWrongPassword' };
  const user = ((await session?.json().catch(() => null)) as { userCtx?: { name?: unknown } } | null)?.userCtx?.name;
  if (typeof user !== 'string' || user !== settings.username) return { ok: false, problem: 'teamWrongPassword' };

  let created = false;
  const info = await call(url);
  // The password was just accepted: a refusal here is the database's members list.
  if (info.status === 401 || info.status === 403) return { ok: false, problem: 'teamNoAccess' };
  if (info.status === 404) {
    if (!o.create) return { ok: false, problem: 'teamMissing' };
    const made = await call(url, { method: 'PUT' }).catch(() => null);
    if (!made) return { ok: false, problem: 'teamUnreachable' };
    if (made.status === 401 || made.status === 403) return { ok: false, problem: 'teamMissingNoRight' };
    if (!made.ok) return { ok: false, problem: 'teamServerError', detail: String(made.status) };
    created = true;
  } else if (!info.ok) return { ok: false, problem: 'teamServerError', detail: String(info.status) };

  // Writing: a local document (never replicated, not seen by validate_doc_update), taken away at once.
  const probe = `${url}/_local/deallens-check-${Math.random().toString(36).slice(2)}`;
  const wrote = await call(probe, { method: 'PUT', body: JSON.stringify({ at: Date.now() }) });
  if (wrote.status === 401 || wrote.status === 403) return { ok: false, problem: 'teamReadOnly' };
  if (!wrote.ok) return { ok: false, problem: 'teamServerError', detail: String(wrote.status) };
  const rev = ((await wrote.json().catch(() => ({}))) as { rev?: string }).rev;
  await call(`${probe}${rev ? `?rev=${encodeURIComponent(rev)}` : ''}`, { method: 'DELETE' }).catch(() => undefined);

  return { ok: true, created, design: await ensureDesign(call, url), user };
}

/** DealLens's rules on the server: left alone when a version as new is there, else written if the reader may (a database admin). */
async function ensureDesign(call: (path: string, init?: RequestInit) => Promise<Response>, url: string): Promise<DesignState> {
  const at = `${url}/${DESIGN_DOC_ID}`;
  const got = await call(at).catch(() => null);
  const current = got?.ok ? ((await got.json().catch(() => null)) as { _rev?: string; deallensVersion?: number } | null) : null;
  if (current && (current.deallensVersion ?? 0) >= DESIGN_VERSION) return 'present';
  const put = await call(at, { method: 'PUT', body: JSON.stringify({ ...designDoc, ...(current?._rev ? { _rev: current._rev } : {}) }) }).catch(() => null);
  return put?.ok ? 'installed' : 'not-allowed';
}
