/**
 * Puts the shipped knowledge base into the store: all of it on the first run; on an update,
 * only what the user has not made theirs. An entity or deal the user edited, confirmed,
 * dismissed, hid or merged stays as the user left it; an entity's hidden aliases stay hidden;
 * a shipped deal naming an entity the user merged away names the one it was merged into.
 */
import { KB_VERSION, kbDeals, kbEntities } from '../core/kb';
import { partyIdsOf } from '../core/kb/deals-of';
import type { DealParties, KbDeal, KbEntity } from '../core/kb/types';
import { partyKeyOf, relink, type DealLensDB, type DealRecord, type EntityRecord } from './schema';

export interface KbSource {
  version: number;
  entities: readonly KbEntity[];
  deals: readonly KbDeal[];
}

export interface SyncResult {
  added: number;
  updated: number;
  kept: number;
  /** false when the store already had this version: nothing to do. */
  ran: boolean;
}

export function dealRecordOf(d: KbDeal, now: number): DealRecord {
  const partyIds = partyIdsOf(d.parties);
  return { ...d, partyIds, partyKey: partyKeyOf(partyIds), status: 'kb', updatedAt: now };
}

const SHIPPED: KbSource = { version: KB_VERSION, entities: kbEntities, deals: kbDeals };

export async function syncKnowledgeBase(db: DealLensDB, kb: KbSource = SHIPPED, now = Date.now()): Promise<SyncResult> {
  const result: SyncResult = { added: 0, updated: 0, kept: 0, ran: false };
  await db.transaction('rw', [db.entities, db.deals, db.meta, db.links], async () => {
    const current = (await db.meta.get('kbVersion'))?.value;
    if (current === kb.version) return;
    result.ran = true;
    const entities = new Map((await db.entities.bulkGet(kb.entities.map((e) => e.id))).filter(Boolean).map((e) => [e!.id, e!]));
    const puts: EntityRecord[] = [];
    for (const e of kb.entities) {
      const old = entities.get(e.id);
      if (!old) {
        puts.push({ ...e, origin: 'kb', updatedAt: now });
        result.added++;
      } else if (old.origin === 'kb' && !old.edited && !old.mergedInto) {
        puts.push({ ...e, origin: 'kb', updatedAt: now, ...(old.hidden ? { hidden: true } : {}), ...(old.hiddenAliases?.length ? { hiddenAliases: old.hiddenAliases } : {}) });
        result.updated++;
      } else result.kept++;
    }
    await db.entities.bulkPut(puts);
    const mergedInto = new Map((await db.entities.filter((e) => e.mergedInto !== undefined).toArray()).map((e) => [e.id, e.mergedInto!]));
    const redirect = (d: DealRecord): DealRecord => (d.partyIds.some((p) => mergedInto.has(p)) ? redirectParties(d, (p) => finalId(mergedInto, p)) : d);
    const deals = new Map((await db.deals.bulkGet(kb.deals.map((d) => d.id))).filter(Boolean).map((d) => [d!.id, d!]));
    const dealPuts: DealRecord[] = [];
    for (const d of kb.deals) {
      const old = deals.get(d.id);
      if (!old) {
        dealPuts.push(redirect(dealRecordOf(d, now)));
        result.added++;
      } else if (old.status === 'kb' && !old.edited) {
        // Keep the articles the user linked to a shipped deal.
        const linked = old.sources.filter((s) => s.articleId);
        dealPuts.push(redirect({ ...dealRecordOf(d, now), sources: [...d.sources, ...linked] }));
        result.updated++;
      } else result.kept++;
    }
    await db.deals.bulkPut(dealPuts);
    await relink(db, dealPuts, []);
    await db.meta.put({ key: 'kbVersion', value: kb.version });
  });
  return result;
}

/** Where a merged entity lives now (merges can chain: a into b, then b into c). */
function finalId(mergedInto: Map<string, string>, id: string): string {
  const seen = new Set<string>();
  while (mergedInto.has(id) && !seen.has(id)) {
    seen.add(id);
    id = mergedInto.get(id)!;
  }
  return id;
}

/** The same deal with every party passed through `to` (duplicates in a role dropped). */
export function redirectParties<D extends Pick<DealRecord, 'parties' | 'partyIds' | 'partyKey'>>(d: D, to: (id: string) => string): D {
  const list = (ids: string[] | undefined) => (ids ? [...new Set(ids.map(to))] : undefined);
  const p = d.parties;
  const parties: DealParties = {
    ...(p.investors ? { investors: list(p.investors) } : {}),
    ...(p.targets ? { targets: list(p.targets) } : {}),
    ...(p.partners ? { partners: list(p.partners) } : {}),
    ...(p.sponsors ? { sponsors: p.sponsors.map((s) => ({ ...s, entity: to(s.entity) })).filter((s, i, all) => all.findIndex((o) => o.entity === s.entity) === i) } : {}),
  };
  const partyIds = partyIdsOf(parties);
  return { ...d, parties, partyIds, partyKey: partyKeyOf(partyIds) };
}
