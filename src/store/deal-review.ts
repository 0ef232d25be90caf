/**
 * What the reader does with a proposed deal: confirm it, correct it, or dismiss it; and with a
 * saved article: its notes and tags. Each is one transaction.
 */
import type { DealParties, DealType, Money } from '../core/kb/types';
import { partyIdsOf } from '../core/kb/deals-of';
import { EditError } from './entity-edits';
import { storable } from './records/check-record';
import { problemText } from './records/problem';
import { partyKeyOf, relink, type DealLensDB, type DealRecord } from './schema';

const refuse = (p: Parameters<typeof problemText>[0]) => new EditError(problemText(p), p);

export interface DealEdit {
  type?: DealType;
  parties?: DealParties;
  amount?: Money | null;
  date?: string | null;
  summary?: string;
}

async function change(db: DealLensDB, id: string, f: (d: DealRecord) => Partial<DealRecord>, now: number): Promise<DealRecord> {
  return db.transaction('rw', [db.deals, db.links], async () => {
    const d = await db.deals.get(id);
    if (!d) throw new Error(`No deal "${id}" in the store.`);
    const next = storable('deals', { ...d, ...f(d), updatedAt: now }, refuse);
    await db.deals.put(next);
    await relink(db, [next], []);
    return next;
  });
}

export const confirmDeal = (db: DealLensDB, id: string, now = Date.now()) => change(db, id, () => ({ status: 'confirmed' }), now);
export const dismissDeal = (db: DealLensDB, id: string, now = Date.now()) => change(db, id, () => ({ status: 'dismissed' }), now);

/** Corrects a deal; a corrected deal is the user's, and counts as confirmed. */
export function editDeal(db: DealLensDB, id: string, edit: DealEdit, now = Date.now()): Promise<DealRecord> {
  return change(
    db,
    id,
    (d) => {
      const next: Partial<DealRecord> = { edited: true, status: 'confirmed' };
      if (edit.type) next.type = edit.type;
      if (edit.parties) {
        next.parties = edit.parties;
        next.partyIds = partyIdsOf(edit.parties);
        next.partyKey = partyKeyOf(next.partyIds);
      }
      if (edit.amount !== undefined) next.amount = edit.amount ?? undefined;
      if (edit.date !== undefined) next.date = edit.date ?? undefined;
      if (edit.summary !== undefined) next.summary = edit.summary;
      if (edit.amount) next.conflicts = (d.conflicts ?? []).filter((c) => c.amount.value !== edit.amount!.value || c.amount.currency !== edit.amount!.currency);
      return next;
    },
    now,
  );
}

export async function setArticleNotes(db: DealLensDB, id: string, notes: string, tags: string[]): Promise<void> {
  const cleanTags = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
  await db.transaction('rw', db.articles, async () => {
    const a = await db.articles.get(id);
    if (!a) throw new Error(`No article "${id}" in the store.`);
    await db.articles.put(storable('articles', { ...a, notes, tags: cleanTags }, refuse));
  });
}
