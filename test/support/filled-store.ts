/**
 * Stores for the import tests: fresh ones (the knowledge base in, as the extension opens them),
 * and one filled the way the extension fills it: saved seed articles with their deals, a deal
 * confirmed, the reader's own entity.
 */
import 'fake-indexeddb/auto';
import { analyse } from '../../src/core/analyse';
import { confirmDeal } from '../../src/store/deal-review';
import { addUserEntity } from '../../src/store/entity-edits';
import { exportStore, type ExportFile } from '../../src/store/import-export';
import { syncKnowledgeBase } from '../../src/store/kb-sync';
import { saveArticle } from '../../src/store/save-article';
import { DealLensDB } from '../../src/store/schema';
import { seedFiles, seedText } from './gold';

let n = 0;
export async function freshStore(prefix = 'import'): Promise<DealLensDB> {
  const db = new DealLensDB(`deallens-${prefix}-${Date.now()}-${n++}`);
  await db.open();
  await syncKnowledgeBase(db, undefined, 1_700_000_000_000);
  return db;
}

export async function filledStore(): Promise<DealLensDB> {
  const db = await freshStore('filled');
  for (const [i, file] of seedFiles.entries()) {
    const text = seedText(file);
    const a = analyse(text, { published: '2021-07' });
    await saveArticle(db, { url: `https://news${i}.test/story-${i}?utm_source=x`, canonicalUrl: `https://news${i}.test/story-${i}`, title: text.split('\n')[0].slice(0, 120), site: `news${i}.test`, lang: a.lang, published: '2021-07', text, entities: a.entities, amounts: a.amounts, deals: a.deals, notes: `note ${i}`, tags: ['seed'] }, 1_700_000_000_000 + i);
  }
  // Two deals the seeds do not ship: one stays proposed, one the reader confirms.
  for (const [i, text] of ['Porsche Ventures investit 12 millions d’euros dans Tekion, selon un communiqué publié mardi.', 'BMW i Ventures investit 30 millions de dollars dans Ionic Materials, selon un communiqué.'].entries()) {
    const a = analyse(text, { published: '2024-03-12' });
    await saveArticle(db, { url: `https://journal.test/levee-${i}`, canonicalUrl: `https://journal.test/levee-${i}`, title: `Une levée ${i}`, site: 'journal.test', lang: a.lang, published: '2024-03-12', text, entities: a.entities, amounts: a.amounts, deals: a.deals }, 1_700_000_050_000 + i);
  }
  const proposed = await db.deals.where('status').equals('proposed').toArray();
  if (proposed.length < 2) throw new Error(`the filled store needs two proposed deals, has ${proposed.length}`);
  await confirmDeal(db, proposed[1].id, 1_700_000_100_000);
  await addUserEntity(db, { name: 'Voltaro Mobility', type: 'company', aliases: ['Voltaro'] }, 1_700_000_200_000);
  return db;
}

export const withoutTime = (f: ExportFile) => ({ ...f, exportedAt: '' });
export const snapshot = async (db: DealLensDB) => JSON.stringify({ ...withoutTime(await exportStore(db)), links: await db.links.count(), terms: await db.terms.count(), termBatches: await db.termBatches.count(), journal: await db.journal.count() });
