/**
 * The one schema of a saved article: the save path checks every record against it before it is
 * stored, and the import checks every record of a file against it, so a backup always restores.
 * entityIds and fingerprint are derived: checked for shape here, recomputed on import.
 */
import * as v from 'valibot';
import { LIMITS } from './limits';
import { ENTITY_TYPES } from '../../core/kb/types';
import { CORRECTABLE } from './correctable';
import { amountQualifier, calendarDate, currency, figure, httpUrl, id, languageTag, list, nonBlank, oneOf, text, time } from './rules';

export const articleRecord = v.strictObject({
  id,
  /** Absent when the page's address is not http(s) (a file:// page is saved with no link). */
  url: v.optional(httpUrl),
  canonicalUrl: v.optional(httpUrl),
  title: text(LIMITS.title),
  site: text(LIMITS.site),
  authors: v.optional(v.pipe(v.array(nonBlank(LIMITS.author), 'rule_type_array'), v.maxLength(LIMITS.authors, 'rule_max_items'))),
  lang: languageTag,
  published: v.optional(calendarDate),
  savedAt: time,
  text: text(LIMITS.text),
  fingerprint: text(40),
  entities: list(v.strictObject({ id, count: v.pipe(v.number('rule_type_number'), v.integer('rule_integer'), v.minValue(1, 'rule_min_value'), v.maxValue(LIMITS.mentionCount, 'rule_max_value')) })),
  entityIds: list(id),
  unknownNames: v.optional(list(v.strictObject({ name: nonBlank(LIMITS.amountText), type: oneOf(ENTITY_TYPES), count: v.pipe(v.number('rule_type_number'), v.integer('rule_integer'), v.minValue(1, 'rule_min_value'), v.maxValue(LIMITS.mentionCount, 'rule_max_value')) }))),
  unknownKeys: v.optional(list(text(LIMITS.amountText))),
  amounts: list(v.strictObject({ text: text(LIMITS.amountText), value: v.nullable(figure), currency, qualifier: v.nullable(amountQualifier), max: v.optional(figure) })),
  dealIds: list(id),
  notes: text(LIMITS.notes),
  tags: v.pipe(v.array(nonBlank(LIMITS.tag), 'rule_type_array'), v.maxLength(LIMITS.tags, 'rule_max_items')),
  corrected: v.optional(v.pipe(v.array(oneOf(CORRECTABLE), 'rule_type_array'), v.maxLength(CORRECTABLE.length, 'rule_max_items'))),
});
