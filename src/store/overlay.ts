/**
 * The reader's changes to the knowledge base, read from the store in the form the page
 * matchers need (see src/core/kb/overlay.ts): what the background publishes.
 */
import type { MatchableEntity } from '../core/match/matcher';
import type { KbOverlay } from '../core/kb/overlay';
import { withoutAliases } from '../core/kb/overlay';
import type { DealLensDB, EntityRecord } from './schema';

const matchable = (e: EntityRecord): MatchableEntity => ({
  id: e.id,
  type: e.type,
  name: e.name,
  ...(e.aliases?.length ? { aliases: e.aliases } : {}),
  ...(e.nameIsAmbiguous ? { nameIsAmbiguous: true } : {}),
});

export async function overlayOf(db: DealLensDB): Promise<KbOverlay> {
  const overlay: KbOverlay = { added: [], hidden: [], hiddenAliases: {} };
  await db.entities.each((e) => {
    if (e.hidden || e.mergedInto) overlay.hidden.push(e.id);
    else if (e.origin === 'user' || e.edited) overlay.added.push(withoutAliases(matchable(e), e.hiddenAliases ?? []));
    else if (e.hiddenAliases?.length) overlay.hiddenAliases[e.id] = e.hiddenAliases;
  });
  return overlay;
}
