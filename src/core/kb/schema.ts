/**
 * The one schema of the shipped knowledge base: what a record of data/entities/*.json and of
 * data/deals/*.json must be. Checked by the unit tests and by `npm run build` (see check.ts),
 * not when the extension loads: the shipped data is trusted once it has passed both.
 *
 * It describes the types of types.ts exactly (checked below, at compile time), with the rules
 * the types cannot say: ids are slugs, dates are YYYY[-MM[-DD]], a deal names its source(s)...
 * Objects are strict: a key the types do not know is an error, not a silently shipped extra.
 */
import * as v from 'valibot';
import { RELATION_TYPES, type Alias, type DealParties, type KbDeal, type KbEntity, type Money, type Relation, type Source } from './types';

/** Stable slug, kebab-case: "alliance-ventures". */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** YYYY, YYYY-MM or YYYY-MM-DD. */
export const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const slug = v.pipe(v.string(), v.regex(SLUG, 'must be a kebab-case slug (a-z, 0-9, single hyphens)'));
const nonBlank = v.pipe(
  v.string(),
  v.check((s) => s.trim() !== '', 'must not be blank'),
);
const oneLine = v.pipe(
  nonBlank,
  v.check((s) => !/[\r\n]/.test(s), 'must be one line'),
);
const date = v.pipe(v.string(), v.regex(DATE, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
/** A word of notAfter / notBefore: compared with a folded word, so one word, in lower case. */
const word = v.pipe(
  v.string(),
  v.check((s) => s !== '' && s === s.toLowerCase() && !/\s/.test(s), 'must be one word in lower case'),
);

/** An object with exactly these keys: one the types do not know is an error, said as such. */
const strict = <const E extends v.ObjectEntries>(entries: E) =>
  v.strictObject(entries, (issue) => (issue.expected === 'never' ? 'unknown key' : issue.message));

const lang = v.picklist(['en', 'fr', 'nl', 'de']);

const aliasSpec = strict({
  text: nonBlank,
  lang: v.optional(lang),
  caps: v.optional(v.literal(true)),
  notAfter: v.optional(v.array(word)),
  notBefore: v.optional(v.array(word)),
  withNamed: v.optional(v.pipe(v.array(slug), v.minLength(1))),
});

export const aliasSchema = v.union([nonBlank, aliasSpec]);

export const relationSchema = strict({
  type: v.picklist(RELATION_TYPES),
  entity: slug,
  share: v.optional(share),
  role: v.optional(nonBlank),
  since: v.optional(v.pipe(v.string(), v.regex(/^\d{4}(-\d{4})?$/, 'must be YYYY or YYYY-YYYY'))),
});

/** A public page (http or https) or one of the seed articles: a source names one or the other. */
export const sourceSchema = v.pipe(
  strict({
    url: v.optional(v.pipe(v.string(), v.regex(/^https?:\/\/\S+$/, 'must be an http(s) address'))),
    title: v.optional(nonBlank),
    publisher: v.optional(nonBlank),
    date: v.optional(date),
    seed: v.optional(nonBlank),
  }),
  v.check((s) => Boolean(s.seed || s.url), 'a source names a seed article or a url'),
);

export const entitySchema = strict({
  id: slug,
  type: v.picklist(['fund', 'company', 'accelerator', 'person']),
  name: nonBlank,
  aliases: v.optional(v.array(aliasSchema)),
  relations: v.optional(v.array(relationSchema)),
  country: v.optional(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))),
  website: v.optional(v.pipe(v.string(), v.regex(/^https:\/\/\S+$/, 'must be an https address'))),
  description: oneLine,
  sources: v.optional(v.array(sourceSchema)),
  nameIsAmbiguous: v.optional(v.boolean()),
});

export const moneySchema = strict({
  value: v.pipe(v.number(), v.finite(), v.gtValue(0)),
  currency: v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')),
  qualifier: v.optional(v.picklist(['up_to', 'more_than', 'about', 'per_year', 'less_than', 'at_least'])),
});

export const partiesSchema = v.pipe(
  strict({
    investors: v.optional(v.array(slug)),
    targets: v.optional(v.array(slug)),
    partners: v.optional(v.array(slug)),
    sponsors: v.optional(v.array(strict({ entity: slug, share: v.optional(share) }))),
  }),
  v.check((p) => partyIds(p).length > 0, 'a deal has at least one party'),
);

export const dealSchema = strict({
  id: slug,
  type: v.picklist(['investment', 'fund', 'partnership', 'acquisition', 'program']),
  parties: partiesSchema,
  amount: v.optional(moneySchema),
  date: v.optional(date),
  where: v.optional(nonBlank),
  summary: oneLine,
  sources: v.pipe(
    v.array(sourceSchema),
    v.minLength(1, 'a deal names its source(s)'),
    v.check((ss) => ss.length === 0 || ss.some((s) => s.seed || (s.url && s.title?.trim())), 'a deal has a seed article or a public page with its title among its sources'),
  ),
});

/** data/version.json. */
export const versionSchema = strict({ version: v.pipe(v.number(), v.integer(), v.minValue(1)) });

/** Every entity id a deal's parties name, investors first. */
export function partyIds(p: DealParties): string[] {
  return [...(p.investors ?? []), ...(p.targets ?? []), ...(p.partners ?? []), ...(p.sponsors ?? []).map((s) => s.entity)];
}

// The schema and types.ts describe the same records, key for key: this fails to compile when one changes without the other.
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
export type _SchemaMatchesTypes = [
  Assert<Same<v.InferOutput<typeof entitySchema>, KbEntity>>,
  Assert<Same<v.InferOutput<typeof dealSchema>, KbDeal>>,
  Assert<Same<v.InferOutput<typeof aliasSchema>, Alias>>,
  Assert<Same<v.InferOutput<typeof relationSchema>, Relation>>,
  Assert<Same<v.InferOutput<typeof sourceSchema>, Source>>,
  Assert<Same<v.InferOutput<typeof moneySchema>, Money>>,
  Assert<Same<v.InferOutput<typeof partiesSchema>, DealParties>>,
];
