/** The one schema of an entity record: what the reader's edits, the import and any future sync may write. */
import * as v from 'valibot';
import { ENTITY_TYPES, RELATION_TYPES } from '../../core/kb/types';
import { LIMITS } from './limits';
import { flag, id, httpUrl, list, nonBlank, oneOf, share, source, text, time } from './rules';

export const LANGS = ['en', 'fr', 'nl', 'de'] as const;

const alias = v.union(
  [
    nonBlank(LIMITS.name),
    v.strictObject({
      text: nonBlank(LIMITS.name),
      lang: v.optional(oneOf(LANGS)),
      caps: v.optional(v.literal(true, 'rule_one_of')),
      notAfter: v.optional(list(text(60))),
      notBefore: v.optional(list(text(60))),
      withNamed: v.optional(list(id)),
    }),
  ],
  'rule_alias',
);

export const entityRecord = v.strictObject({
  id,
  type: oneOf(ENTITY_TYPES),
  name: nonBlank(LIMITS.name),
  aliases: v.optional(list(alias)),
  relations: v.optional(
    list(
      v.strictObject({
        type: oneOf(RELATION_TYPES),
        entity: id,
        share: v.optional(share),
        role: v.optional(text(LIMITS.role)),
        since: v.optional(text(LIMITS.since)),
      }),
    ),
  ),
  country: v.optional(v.pipe(v.string('rule_type_string'), v.regex(/^[A-Z]{2}$/, 'rule_country'))),
  website: v.optional(httpUrl),
  description: text(LIMITS.description),
  sources: v.optional(list(source)),
  nameIsAmbiguous: v.optional(flag),
  origin: oneOf(['kb', 'user']),
  edited: v.optional(flag),
  hidden: v.optional(flag),
  hiddenAliases: v.optional(list(text(LIMITS.name))),
  mergedInto: v.optional(id),
  updatedAt: time,
});
