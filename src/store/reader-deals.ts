/**
 * The deals the reader confirmed or corrected that name an entity, as its card lists them: what
 * the reader checked joins what DealLens shipped (core/kb/entity-card.ts withReaderDeals).
 */
import { dealLine, MAX_DEALS, type DealLine } from '../core/kb/entity-card';
import { partyIdsOf } from '../core/kb/deals-of';
import type { DealLensDB } from './schema';

export async function readerDealsOf(db: DealLensDB, entityId: string): Promise<DealLine[]> {
  const deals = (await db.deals.where('partyIds').equals(entityId).filter((d) => d.status === 'confirmed').toArray())
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.updatedAt - a.updatedAt)
    .slice(0, MAX_DEALS);
  const others = [...new Set(deals.flatMap((d) => partyIdsOf(d.parties)).filter((id) => id !== entityId))];
  const names = new Map((await db.entities.bulkGet(others)).map((e, i) => [others[i], e?.name ?? others[i]]));
  return deals.map((d) => dealLine(d, partyIdsOf(d.parties).filter((id) => id !== entityId).map((id) => names.get(id) ?? id)));
}
