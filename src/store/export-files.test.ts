import 'fake-indexeddb/auto';
import { expect, test } from 'vitest';
import { exportFile } from './export-files';
import { syncKnowledgeBase } from './kb-sync';
import { DealLensDB } from './schema';

test('the three files are named by day and typed; a dismissed deal is not in the deals CSV', async () => {
  const db = new DealLensDB(`export-files-${Date.now()}`);
  await db.open();
  await syncKnowledgeBase(db);
  const gone = (await db.deals.toCollection().first())!;
  await db.deals.update(gone.id, { status: 'dismissed' });
  const day = new Date('2026-11-25T10:00:00Z');
  const json = await exportFile(db, 'json', (id) => id, day);
  expect([json.name, json.type]).toEqual(['deallens-2026-11-25.json', 'application/json']);
  expect(JSON.parse(json.text).deals.some((d: { id: string }) => d.id === gone.id)).toBe(true);
  const deals = await exportFile(db, 'deals', (id) => id.toUpperCase(), day);
  expect([deals.name, deals.type]).toEqual(['deallens-deals-2026-11-25.csv', 'text/csv']);
  expect(deals.text).not.toContain(gone.id);
  expect(deals.text).toContain('ALLIANCE-VENTURES');
  expect((await exportFile(db, 'articles', (id) => id, day)).name).toBe('deallens-articles-2026-11-25.csv');
  db.close();
});
