/**
 * The reader's changes to the knowledge base, as the matchers on pages need them: entities
 * added or changed, entities hidden (or merged away), shipped aliases hidden. The background
 * publishes it to extension storage from the store (content scripts never open the store);
 * content scripts and the background's save path apply it to the shipped entities. Read
 * defensively: storage can hold anything, and a malformed entry is skipped, never fatal.
 */
import * as v from 'valibot';
import { ENTITY_TYPES } from './types';
import { aliasText } from './alias-text';
import type { MatchableEntity } from '../match/matcher';

export const OVERLAY_KEY = 'kbOverlay';

export interface KbOverlay {
  /** The reader's entities, and shipped ones they changed (these replace the shipped version). */
  added: MatchableEntity[];
  /** Ids never to match: hidden by the reader, or merged into another. */
  hidden: string[];
  /** Per shipped entity left otherwise as shipped: alias texts not to match. */
  hiddenAliases: Record<string, string[]>;
}

export const EMPTY_OVERLAY: KbOverlay = { added: [], hidden: [], hiddenAliases: {} };

const idSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,150}$/));
const word = v.pipe(v.string(), v.maxLength(60));
const aliasSchema = v.union([
  v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  v.object({
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
    caps: v.optional(v.literal(true)),
    lang: v.optional(v.picklist(['en', 'fr', 'nl', 'de'])),
    notAfter: v.optional(v.array(word)),
    notBefore: v.optional(v.array(word)),
    withNamed: v.optional(v.array(idSchema)),
  }),
]);
const entitySchema = v.object({
  id: idSchema,
  type: v.picklist(ENTITY_TYPES),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  aliases: v.optional(v.array(aliasSchema)),
  nameIsAmbiguous: v.optional(v.boolean()),
});
const aliasTexts = v.array(v.pipe(v.string(), v.maxLength(300)));

/** The valid parts of whatever is stored; anything malformed is left out. */
export function parseOverlay(raw: unknown): KbOverlay {
  if (typeof raw !== 'object' || raw === null) return EMPTY_OVERLAY;
  const r = raw as Record<string, unknown>;
  const added: MatchableEntity[] = [];
  for (const item of Array.isArray(r.added) ? r.added : []) {
    const parsed = v.safeParse(entitySchema, item);
    if (parsed.success) added.push(parsed.output as MatchableEntity);
  }
  const hidden = (Array.isArray(r.hidden) ? r.hidden : []).filter((x): x is string => v.is(idSchema, x));
  const hiddenAliases: Record<string, string[]> = {};
  if (typeof r.hiddenAliases === 'object' && r.hiddenAliases !== null && !Array.isArray(r.hiddenAliases)) {
    for (const [id, texts] of Object.entries(r.hiddenAliases)) if (v.is(idSchema, id) && v.is(aliasTexts, texts)) hiddenAliases[id] = texts;
  }
  return { added, hidden, hiddenAliases };
}

export const isEmptyOverlay = (o: KbOverlay) => o.added.length === 0 && o.hidden.length === 0 && Object.keys(o.hiddenAliases).length === 0;

/** An entity without these alias texts; its hidden name is then matched only through its other aliases. */
export function withoutAliases<E extends MatchableEntity>(e: E, hidden: readonly string[]): E {
  if (hidden.length === 0) return e;
  const gone = new Set(hidden);
  return { ...e, aliases: (e.aliases ?? []).filter((a) => !gone.has(aliasText(a))), ...(gone.has(e.name) ? { nameIsAmbiguous: true } : {}) };
}

/**
 * What to match: the shipped entities less those hidden or replaced, with their hidden
 * aliases left out; then the added ones (returned apart: there may be thousands, to add in tasks).
 */
export function applyOverlay(shipped: readonly MatchableEntity[], o: KbOverlay): { base: MatchableEntity[]; added: MatchableEntity[] } {
  const skip = new Set([...o.hidden, ...o.added.map((e) => e.id)]);
  const base = shipped.filter((e) => !skip.has(e.id)).map((e) => withoutAliases(e, o.hiddenAliases[e.id] ?? []));
  const hidden = new Set(o.hidden);
  return { base, added: o.added.filter((e) => !hidden.has(e.id)) };
}
