import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import { filledStore } from '../../../test/support/filled-store';
import { exportStore } from '../import-export';
import { openStore, settleAfterRestart } from '../open';
import { ImportError } from '../records/problem';
import type { DealLensDB } from '../schema';
import { deleteEverything } from '../wipe';
import { importExport } from './import-store';
import { writeBatch } from './journal';
import { memoryFiles } from './origin-files';
import { restoredNote } from './restore-point';

const POINT = 'deallens-restore-point.json';

/** The reader's part of a store, comparable across two databases. */
async function readersPart(db: DealLensDB) {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
  return {
    articles: byId(await db.articles.toArray()),
    // The shipped deals are written again by each store's knowledge-base sync, at its own time.
    deals: byId(await db.deals.toArray()).map((d) => (d.status === 'kb' ? { ...d, updatedAt: 0 } : d)),
    entities: byId((await db.entities.toArray()).filter((e) => e.origin === 'user' || e.edited || e.hidden || e.mergedInto)),
  };
}

/** A file of more articles, and an import of it whose third batch finds the disk full. */
async function failedImport(db: DealLensDB, files: ReturnType<typeof memoryFiles>) {
  const f = await exportStore(db);
  const base = f.articles[0];
  const more = Array.from({ length: 700 }, (_, i) => ({ ...base, id: `article-more-${i}`, url: `https://more.test/${i}`, canonicalUrl: `https://more.test/${i}`, dealIds: [] }));
  let batches = 0;
  const full = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
  const write: typeof writeBatch = async (d, b) => (++batches === 3 ? Promise.reject(full) : writeBatch(d, b));
  const err = await importExport(db, JSON.stringify({ ...f, articles: [...f.articles, ...more] }), { write, files }).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ImportError);
  expect((err as ImportError).problem.rule).toBe('import_undone');
}

/** What the browser does when it finds its database damaged: the next open finds an empty one. */
async function replaced(db: DealLensDB): Promise<string> {
  const name = db.name;
  await db.delete();
  return name;
}

describe('a restore point: the collection kept outside the database while an import writes', () => {
  test('an import that fails keeps it; when the browser then replaces the database, the next open puts the collection back, and says so', async () => {
    const files = memoryFiles();
    const db = await filledStore();
    const before = await readersPart(db);
    expect(before.articles.length).toBeGreaterThan(3);
    await failedImport(db, files);
    expect(files.names()).toEqual([POINT]);

    const again = await openStore(await replaced(db), { files });
    expect(await readersPart(again)).toEqual(before);
    expect(await restoredNote(again)).toMatchObject({ articles: before.articles.length, deals: before.deals.length, entities: before.entities.length });
    expect(files.names()).toEqual([]);
    again.close();
  });

  test('a store that comes through whole keeps its point until the browser restarts, then the point goes', async () => {
    const files = memoryFiles();
    const db = await filledStore();
    const before = await readersPart(db);
    await failedImport(db, files);
    const name = db.name;
    db.close();
    // Another page opening the store in the same session: the damage would only show at the next start.
    const same = await openStore(name, { files });
    expect(files.names()).toEqual([POINT]);
    expect(await settleAfterRestart(same, files)).toEqual({ kind: 'dropped' });
    expect(files.names()).toEqual([]);
    expect(await readersPart(same)).toEqual(before);
    expect(await restoredNote(same)).toBeUndefined();
    same.close();
  });

  test('a store that opens after the restart but does not read back whole keeps its point (Chromium finds a damaged block on reading it)', async () => {
    const files = memoryFiles();
    const db = await filledStore();
    await failedImport(db, files);
    const name = db.name;
    db.close();
    const same = await openStore(name, { files });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const read = same.articles.toArray.bind(same.articles);
    same.articles.toArray = (() => Promise.reject(new DOMException('Corruption detected', 'UnknownError'))) as unknown as typeof same.articles.toArray;
    expect(await settleAfterRestart(same, files)).toEqual({ kind: 'kept' });
    expect(files.names()).toEqual([POINT]);
    expect(warn.mock.calls[0]?.[0]).toMatch(/did not read back whole/);
    warn.mockRestore();
    // Read back whole at a later restart, it goes.
    same.articles.toArray = read;
    expect(await settleAfterRestart(same, files)).toEqual({ kind: 'dropped' });
    expect(files.names()).toEqual([]);
    same.close();
  });

  test('an import that lands leaves no point; deleting everything drops one, so nothing comes back that the reader deleted', async () => {
    const files = memoryFiles();
    const db = await filledStore();
    const f = await exportStore(db);
    await importExport(db, JSON.stringify(f), { files });
    expect(files.names()).toEqual([]);
    await failedImport(db, files);
    expect(files.names()).toEqual([POINT]);
    await deleteEverything(db, files);
    expect(files.names()).toEqual([]);
  });

  test('a damaged point does not stop the store opening: unreadable, it is dropped; with a bad record, it is kept for a later try', async () => {
    const files = memoryFiles();
    const db = await filledStore();
    await failedImport(db, files);
    const kept = (await files.read(POINT))!;
    const name = await replaced(db);
    const bad = JSON.parse(kept) as { articles: { id: unknown }[] };
    bad.articles[0].id = 42;
    await files.write(POINT, [JSON.stringify(bad)]);
    const opened = await openStore(name, { files });
    expect(await opened.articles.count()).toBe(0);
    expect(files.names()).toEqual([POINT]);
    opened.close();

    await files.write(POINT, ['{ not json']);
    const next = await openStore(name, { files });
    expect(files.names()).toEqual([]);
    next.close();
  });
});
