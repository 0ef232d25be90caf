/**
 * A CouchDB-protocol server on loopback for the team collection's tests: pouchdb-server (npm) in a
 * temporary folder, with an admin, started by the test and stopped after. The tests speak to it
 * over CouchDB's HTTP API only, so `DEALLENS_COUCHDB_URL` (a real CouchDB 3, its admin's
 * credentials in the URL: http://admin:secret@127.0.0.1:5984) runs the same tests against CouchDB.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = join(ROOT, 'node_modules/pouchdb-server/bin/pouchdb-server');
/** A fix to pouchdb-server's validation, so that it replicates as CouchDB does (see the file). */
const FIX = join(ROOT, 'test/support/pouchdb-server-fix.mjs');

export interface CouchServer {
  /** The server's root, ending in '/': http://127.0.0.1:PORT/ */
  root: string;
  admin: { username: string; password: string };
  /** A reader's user (created, or its password reset). */
  addUser(name: string, password: string): Promise<void>;
  /** A database with these members (names); its URL. */
  createDatabase(name: string, members: string[]): Promise<string>;
  /** Calls the server as its admin. */
  asAdmin(path: string, init?: RequestInit): Promise<Response>;
  /** Stops the server, keeping its files (pouchdb-server only). */
  stop(): Promise<void>;
  /** Starts it again on the same port and files (pouchdb-server only). */
  restart(): Promise<void>;
  /** Stops it and removes its files. */
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

async function waitUp(root: string, timeout = 30_000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      if ((await fetch(root)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > until) throw new Error(`the CouchDB-protocol server at ${root} did not start in ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;

function client(root: string, admin: { username: string; password: string }) {
  const asAdmin = (path: string, init: RequestInit = {}) =>
    fetch(`${root}${path}`, { ...init, headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: basic(admin.username, admin.password), ...(init.headers ?? {}) } });
  return {
    asAdmin,
    async addUser(name: string, password: string) {
      const id = `org.couchdb.user:${name}`;
      const old = (await (await asAdmin(`_users/${encodeURIComponent(id)}`)).json()) as { _rev?: string };
      const r = await asAdmin(`_users/${encodeURIComponent(id)}`, { method: 'PUT', body: JSON.stringify({ _id: id, ...(old._rev ? { _rev: old._rev } : {}), name, password, roles: [], type: 'user' }) });
      if (!r.ok) throw new Error(`user ${name}: ${r.status} ${await r.text()}`);
    },
    async createDatabase(name: string, members: string[]) {
      const made = await asAdmin(name, { method: 'PUT' });
      if (!made.ok && made.status !== 412) throw new Error(`database ${name}: ${made.status} ${await made.text()}`);
      const sec = await asAdmin(`${name}/_security`, { method: 'PUT', body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: members, roles: [] } }) });
      if (!sec.ok) throw new Error(`database ${name} _security: ${sec.status} ${await sec.text()}`);
      return `${root}${name}`;
    },
  };
}

export async function startCouch(): Promise<CouchServer> {
  const external = process.env.DEALLENS_COUCHDB_URL;
  if (external) {
    const u = new URL(external);
    const admin = { username: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
    const root = `${u.protocol}//${u.host}/`;
    const noop = async () => undefined;
    return { root, admin, ...client(root, admin), stop: () => Promise.reject(new Error('cannot stop an external CouchDB')), restart: noop, close: noop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'deallens-couch-'));
  writeFileSync(join(dir, 'config.json'), '{}\n');
  const port = await freePort();
  const root = `http://127.0.0.1:${port}/`;
  const admin = { username: 'admin', password: 'team-admin-secret' };
  let child: ChildProcess | undefined;
  const up = async () => {
    child = spawn(process.execPath, ['--import', pathToFileURL(FIX).href, BIN, '--port', String(port), '--host', '127.0.0.1', '--dir', dir, '--config', join(dir, 'config.json'), '--no-stdout-logs'], { cwd: dir, stdio: process.env.DEALLENS_COUCH_LOG ? 'inherit' : 'ignore' });
    await waitUp(root);
  };
  const down = async () => {
    const c = child;
    child = undefined;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((ok) => {
      c.once('exit', () => ok());
      c.kill('SIGTERM');
    });
  };
  await up();
  // The first admin ends the "admin party": from here on, only users with rights reach the databases.
  const set = await fetch(`${root}_config/admins/${admin.username}`, { method: 'PUT', body: JSON.stringify(admin.password) });
  if (!set.ok) throw new Error(`setting the admin: ${set.status}`);
  return {
    root,
    admin,
    ...client(root, admin),
    stop: down,
    restart: up,
    async close() {
      await down();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
