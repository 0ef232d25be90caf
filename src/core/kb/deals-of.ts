import { kbDeals, kbEntity } from '.';
import type { KbDeal } from './types';

let byParty: Map<string, KbDeal[]> | null = null;

function index(): Map<string, KbDeal[]> {
  if (byParty) return byParty;
  byParty = new Map();
  for (const d of kbDeals) {
    for (const id of partiesOf(d)) {
      const list = byParty.get(id) ?? [];
      list.push(d);
      byParty.set(id, list);
    }
  }
  for (const list of byParty.values()) list.sort(newestFirst);
  return byParty;
}

/** Every entity named by a deal's parties, in any role. */
export function partyIdsOf(parties: KbDeal['parties']): string[] {
  return [...new Set([...(parties.investors ?? []), ...(parties.targets ?? []), ...(parties.partners ?? []), ...(parties.sponsors ?? []).map((s) => s.entity)])];
}

/** Every entity a deal names, in any role. */
export function partiesOf(d: KbDeal): string[] {
  return partyIdsOf(d.parties);
}

/** Undated deals last; otherwise by date, newest first ("2021" sorts before "2021-03": less precise, same year). */
export function newestFirst(a: KbDeal, b: KbDeal): number {
  if (!a.date) return b.date ? 1 : 0;
  if (!b.date) return -1;
  return b.date.localeCompare(a.date);
}

/** The shipped deals an entity takes part in, newest first. */
export function dealsOf(entityId: string): readonly KbDeal[] {
  return index().get(entityId) ?? [];
}

/** The other parties of a deal, by name, for "with X, Y". */
export function counterparties(d: KbDeal, entityId: string): string[] {
  return partiesOf(d)
    .filter((id) => id !== entityId)
    .map((id) => kbEntity(id)?.name ?? id);
}
