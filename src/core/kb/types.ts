/**
 * Knowledge-base types: the shape of the entities and sourced deals DealLens ships with
 * (and, later, the ones a user adds). Plain data, so it loads in node, in the service
 * worker and in content scripts alike.
 */

/** The four kinds of entity (DESIGN.md, contract 6), in the order every list and menu shows them. */
export const ENTITY_TYPES = ['fund', 'company', 'accelerator', 'person'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export type Lang = 'en' | 'fr' | 'nl' | 'de';

/**
 * How strictly an alias matches. Most names are distinctive ("Tekion") and match in any
 * case and with or without diacritics. Names that are also ordinary words ("Horizon",
 * "Nexus", "smart", "MINI") must match only as written, and some only away from words
 * that turn them back into ordinary language ("plug-and-play charging").
 */
export interface AliasSpec {
  text: string;
  /** Only matched in text of this language ("Wallbox" is a German common noun); absent = every language. */
  lang?: Lang;
  /**
   * The capitals written in this alias must be capitals in the text ("Horizon" matches
   * "Horizon" and "HORIZON", never "horizon"), and its letters must carry the same accents
   * ("Uber" is not the German "Über").
   */
  caps?: true;
  /** Do not match when the previous word (folded) is one of these. */
  notAfter?: string[];
  /** Do not match when the next word (folded) is one of these. */
  notBefore?: string[];
  /**
   * Only match in a document that also names one of these entities (ids): "the Alliance" is the
   * carmakers' only where Renault, Nissan or Mitsubishi is named, not in a game's "Alliance and Horde".
   */
  withNamed?: string[];
}

export type Alias = string | AliasSpec;

/**
 * The relations between entities: fund → sponsor (company), with an optional share of the fund
 * (0..1); brand, subsidiary, venture arm → group or parent company; person → organisation, with
 * a role; accelerator/programme → the organisation running it; a former name → the entity it
 * became (renamed, merged or absorbed; `since` the year it happened), so that news written
 * before the change still leads to the company of today.
 */
export const RELATION_TYPES = ['sponsored-by', 'part-of', 'role-at', 'run-by', 'renamed-to'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export interface Relation {
  type: RelationType;
  /** id of the other entity */
  entity: string;
  share?: number;
  role?: string;
  /** e.g. "2018" or "2018-2022" when the relation is dated */
  since?: string;
}

export interface Source {
  /** A public page (preferred) with its title... */
  url?: string;
  title?: string;
  publisher?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD */
  date?: string;
  /** ...or one of the seed articles, by file name. */
  seed?: string;
}

export interface KbEntity {
  /** Stable slug, kebab-case: "alliance-ventures". */
  id: string;
  type: EntityType;
  /** Display name. It is also matched, with the same rules as a plain alias. */
  name: string;
  aliases?: Alias[];
  relations?: Relation[];
  /** ISO 3166-1 alpha-2 */
  country?: string;
  website?: string;
  /** One line, English. */
  description: string;
  sources?: Source[];
  /** Do not match the display name itself (when it is only safe through aliases with rules). */
  nameIsAmbiguous?: boolean;
}

export type DealType = 'investment' | 'fund' | 'partnership' | 'acquisition' | 'program';
export type Qualifier = 'up_to' | 'more_than' | 'about' | 'per_year' | 'less_than' | 'at_least';

export interface Money {
  /** In units of the currency: 1e9 for "$1 bn". */
  value: number;
  /** ISO 4217 */
  currency: string;
  qualifier?: Qualifier;
}

export interface DealParties {
  investors?: string[];
  targets?: string[];
  partners?: string[];
  sponsors?: { entity: string; share?: number }[];
}

export interface KbDeal {
  /** Stable slug: "alliance-ventures-ionic-materials-2018". */
  id: string;
  type: DealType;
  parties: DealParties;
  amount?: Money;
  /** YYYY, YYYY-MM or YYYY-MM-DD, when the source states it. */
  date?: string;
  /** Where the deal takes place, when the source says ("China", "Barcelona"). */
  where?: string;
  /** One line, English. */
  summary: string;
  sources: Source[];
}
