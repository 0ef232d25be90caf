import browser from 'webextension-polyfill';
import * as v from 'valibot';
import type { MatchableEntity } from '../core/match/matcher';

/**
 * Entities the user added (or, for benchmarks, many generated ones), kept in storage.local
 * until the deal store takes them over. Read defensively: storage can hold anything.
 */
const KEY = 'userEntities';

const AliasSchema = v.union([
  v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  v.object({ text: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), caps: v.optional(v.literal(true)), lang: v.optional(v.picklist(['en', 'fr', 'nl', 'de'])) }),
]);
const EntitySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,120}$/)),
  type: v.picklist(['fund', 'company', 'accelerator', 'person']),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  aliases: v.optional(v.array(AliasSchema)),
});

/** The valid ones; a malformed entry is skipped, never fatal. */
export async function loadUserEntities(): Promise<MatchableEntity[]> {
  const raw = (await browser.storage.local.get(KEY))[KEY];
  if (!Array.isArray(raw)) return [];
  const out: MatchableEntity[] = [];
  for (const item of raw) {
    const parsed = v.safeParse(EntitySchema, item);
    if (parsed.success) out.push(parsed.output as MatchableEntity);
  }
  return out;
}
