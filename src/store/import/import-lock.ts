/**
 * One import at a time, across the extension's pages and its worker (Web Locks): the undo of an
 * interrupted import must never run while another page is still writing one.
 */
const NAME = 'deallens-import';

type Locks = { request: (name: string, options: { ifAvailable?: boolean }, f: (lock: unknown) => Promise<unknown>) => Promise<unknown> };
const locks = (): Locks | undefined => (globalThis.navigator as { locks?: Locks } | undefined)?.locks;

/** Runs f holding the import lock (waiting for it); where Web Locks do not exist (node tests), just runs it. */
export async function withImportLock<T>(f: () => Promise<T>): Promise<T> {
  const l = locks();
  if (!l) return f();
  return (await l.request(NAME, {}, () => f())) as T;
}

/** Runs f only when no import holds the lock; returns undefined when one does. */
export async function ifNoImport<T>(f: () => Promise<T>): Promise<T | undefined> {
  const l = locks();
  if (!l) return f();
  return (await l.request(NAME, { ifAvailable: true }, (lock) => (lock ? f() : Promise.resolve(undefined)))) as T | undefined;
}
