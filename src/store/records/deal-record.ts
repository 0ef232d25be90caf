/** The one schema of a deal record. partyIds and partyKey are derived: checked for shape here, recomputed on import. */
import * as v from 'valibot';
import { LIMITS } from './limits';
import { calendarDate, flag, id, list, money, oneOf, share, source, text, time } from './rules';

export const DEAL_TYPES = ['investment', 'fund', 'partnership', 'acquisition', 'program'] as const;

/** Where a party or an amount stands in the summary (store/deal-evidence.ts): within it, an entity's id or an amount. */
const place = v.pipe(v.number('rule_type_number'), v.integer('rule_integer'), v.minValue(0, 'rule_min_value'), v.maxValue(LIMITS.summary, 'rule_max_value'));
const mark = v.pipe(
  v.strictObject({ start: place, end: place, id: v.optional(id), amount: v.optional(money) }),
  v.check((m) => m.end > m.start && (m.id !== undefined) !== (m.amount !== undefined), 'rule_mark'),
);

const dealFields = v.strictObject({
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
  /** The summary's parties and amounts, for the review to mark (absent on deals saved before, and on the knowledge base's). */
  marks: v.optional(list(mark)),
  sources: list(source),
  status: oneOf(['kb', 'proposed', 'confirmed', 'dismissed']),
  edited: v.optional(flag),
  conflicts: v.optional(list(v.strictObject({ amount: money, source }))),
  updatedAt: time,
});

export const dealRecord = v.pipe(
  dealFields,
  v.check((d) => (d.marks ?? []).every((m) => m.end <= d.summary.length), 'rule_mark'),
);
