/** The one schema of a deal record. partyIds and partyKey are derived: checked for shape here, recomputed on import. */
import * as v from 'valibot';
import { LIMITS } from './limits';
import { calendarDate, flag, id, list, money, oneOf, share, source, text, time } from './rules';

export const DEAL_TYPES = ['investment', 'fund', 'partnership', 'acquisition', 'program'] as const;

export const dealRecord = v.strictObject({
  id,
  type: oneOf(DEAL_TYPES),
  parties: v.strictObject({
    investors: v.optional(list(id)),
    targets: v.optional(list(id)),
    partners: v.optional(list(id)),
    sponsors: v.optional(list(v.strictObject({ entity: id, share: v.optional(share) }))),
  }),
  partyIds: list(id),
  partyKey: v.optional(text(LIMITS.list)),
  amount: v.optional(money),
  date: v.optional(calendarDate),
  where: v.optional(text(LIMITS.where)),
  summary: text(LIMITS.summary),
  sources: list(source),
  status: oneOf(['kb', 'proposed', 'confirmed', 'dismissed']),
  edited: v.optional(flag),
  conflicts: v.optional(list(v.strictObject({ amount: money, source }))),
  updatedAt: time,
});
