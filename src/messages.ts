/**
 * Every message between DealLens's contexts, in one place: its name, its request and its
 * response. Requests are validated where they are received; an unknown type or a malformed
 * payload gets an error answer and causes nothing else.
 */
import * as v from 'valibot';
import { ENTITY_TYPES, RELATION_TYPES, type DealType, type Lang } from './core/kb/types';
import type { AmountQualifier } from './core/money/recognise';

/** The longest text a page sends for saving: what a saved article may hold (the store's LIMITS.text; a test keeps them equal). */
export const ARTICLE_TEXT_MAX = 5_000_000;

/** Every member of a union, each once: a member missing or unknown is a type error. */
const members = <T extends string>(all: Record<T, true>) => Object.keys(all) as T[];
const LANGS = members<Lang>({ en: true, fr: true, nl: true, de: true });
const DEAL_TYPES = members<DealType>({ investment: true, fund: true, partnership: true, acquisition: true, program: true });
const QUALIFIERS = members<AmountQualifier>({ up_to: true, more_than: true, about: true, per_year: true, less_than: true, at_least: true, range: true, unquantified: true });

/**
 * What a page says it found in its article. Bounded far above any real article and far
 * below what would hurt; what only the text can say (offsets, the text at them, entity ids)
 * is checked by the background before it writes (background/check-article.ts).
 */
export const ANALYSIS_LIMITS = { mentions: 100_000, amounts: 100_000, deals: 10_000, parties: 100, id: 160, name: 300, snippet: 1000, field: 100_000 } as const;
const offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(ARTICLE_TEXT_MAX));
const bounded = (max: number) => v.pipe(v.string(), v.maxLength(max));
const figure = v.pipe(v.number(), v.finite(), v.minValue(0));
const currencyCode = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/));
const party = { id: bounded(ANALYSIS_LIMITS.id), name: bounded(ANALYSIS_LIMITS.name) };
const mention = v.strictObject({ ...party, type: v.picklist(ENTITY_TYPES), text: bounded(ANALYSIS_LIMITS.snippet), start: offset, end: offset });
/** A name DealLens has never seen: its name as first written in full, the kind guessed, where it stands. */
const unknownName = v.strictObject({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(ANALYSIS_LIMITS.name)), type: v.picklist(ENTITY_TYPES), text: bounded(ANALYSIS_LIMITS.snippet), start: offset, end: offset });
const amount = v.strictObject({
  text: bounded(ANALYSIS_LIMITS.snippet),
  // null: money the text sizes but does not count ("ein zweistelliger Millionenbetrag").
  value: v.nullable(figure),
  currency: currencyCode,
  qualifier: v.nullable(v.picklist(QUALIFIERS)),
  max: v.optional(figure),
  start: offset,
  end: offset,
  unitValue: v.optional(figure),
});

/** A page's language: a BCP 47 tag as the metadata reader makes it ("und" when it cannot be told). */
const pageLang = v.pipe(v.string(), v.maxLength(35), v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/));
const authors = v.pipe(v.array(bounded(ANALYSIS_LIMITS.name)), v.maxLength(20));
/** An article's metadata as the page reads it or the store holds it, for the reader to check and correct. */
const articleDetails = v.strictObject({
  title: bounded(ANALYSIS_LIMITS.field),
  site: bounded(ANALYSIS_LIMITS.field),
  authors,
  published: v.optional(bounded(40)),
  lang: pageLang,
});
/** The reader's corrections: a field present is corrected (`published: ''` says there is no date); the store checks them. */
export const corrections = v.strictObject({
  title: v.optional(bounded(4000)),
  site: v.optional(bounded(1000)),
  authors: v.optional(v.pipe(v.array(bounded(1000)), v.maxLength(100))),
  published: v.optional(bounded(40)),
});

export const TEAM_CHECK_PROBLEMS = [
  'syncUrlInvalid',
  'syncUrlPlainHttp',
  'syncUrlCredentials',
  'syncUrlNoDatabase',
  'teamUnreachable',
  'teamNotCouch',
  'teamWrongPassword',
  'teamNoAccess',
  'teamMissing',
  'teamMissingNoRight',
  'teamReadOnly',
  'teamServerError',
  'teamNoPermission',
] as const;
export type TeamCheckProblem = (typeof TEAM_CHECK_PROBLEMS)[number];

export const TEAM_STATES = ['off', 'syncing', 'up-to-date', 'offline', 'error'] as const;
/** The team collection's state: off, syncing, up to date, offline (changes wait), or an error with its reason. */
const teamStatus = v.strictObject({
  state: v.picklist(TEAM_STATES),
  /** A key of _locales (or the server's words) saying why it is offline or failing. */
  reason: v.optional(v.string()),
  database: v.optional(v.string()),
  user: v.optional(v.string()),
  /** When the last colleague's change was applied. */
  lastReceived: v.optional(v.number()),
  /** Changes of this reader's not yet on the server. */
  waiting: v.number(),
  /** Records with versions in conflict, for a reader to resolve. */
  conflicts: v.array(v.strictObject({ key: v.string(), title: v.string() })),
  /** Records from the server refused, and why (rule keys). */
  refused: v.array(v.strictObject({ key: v.string(), rule: v.string() })),
});
export type TeamStatus = v.InferOutput<typeof teamStatus>;

/** Messages the background handles (from content scripts, the popup and the options page). */
export const toBackground = {
  /** A content script says what it does on its page, for the toolbar menu and badge. */
  'page-state': {
    request: v.strictObject({
      site: v.nullable(v.pipe(v.string(), v.maxLength(300))),
      active: v.boolean(),
      mentions: v.pipe(v.number(), v.integer(), v.minValue(0)),
      /** The page's one address (canonical), to light the badge when it is saved. */
      url: v.optional(v.pipe(v.string(), v.maxLength(4000))),
      /** The ids of the entities highlighted, to light the badge when one is watched. */
      entities: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(160))), v.maxLength(5000))),
    }),
    response: v.strictObject({ ok: v.literal(true) }),
  },
  /** Save the article of a tab, with a note and tags (popup, context menu, keyboard command). */
  'save-page': {
    request: v.strictObject({
      tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
      notes: v.optional(v.pipe(v.string(), v.maxLength(20000))),
      // The store's limits (50 tags of 100 characters) are applied when saving, and said; these only bound the message.
      tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(1000))), v.maxLength(500))),
      corrections: v.optional(corrections),
    }),
    response: v.strictObject({ ok: v.literal(true), articleId: v.string(), created: v.boolean(), savedAt: v.number(), linked: v.number(), proposed: v.number(), conflicts: v.number(), notices: v.array(v.string()) }),
  },
  /** The watchlist changed (popup): the badges of open tabs follow. */
  'watch-changed': {
    request: v.strictObject({}),
    response: v.strictObject({ ok: v.literal(true) }),
  },
  /** Whether an address is saved, and when. */
  'page-status': {
    request: v.strictObject({ url: v.pipe(v.string(), v.maxLength(4000)) }),
    response: v.strictObject({
      ok: v.literal(true),
      saved: v.boolean(),
      savedAt: v.nullable(v.number()),
      title: v.nullable(v.string()),
      notes: v.string(),
      tags: v.array(v.string()),
      /** The saved article's metadata, and which of it the reader corrected. */
      details: v.optional(v.strictObject({ ...articleDetails.entries, corrected: v.array(v.picklist(['title', 'site', 'authors', 'published'])) })),
    }),
  },
  /**
   * A content script's configuration: where DealLens runs and the reader's knowledge-base overlay.
   * Content scripts cannot read or write extension storage (it is open to trusted contexts only);
   * they ask here, and sanitise what they get as they would any stored value.
   */
  'page-config': {
    request: v.strictObject({}),
    response: v.strictObject({ ok: v.literal(true), settings: v.unknown(), overlay: v.unknown() }),
  },
  /**
   * "Add to DealLens as…" on the card of a name DealLens has never seen: added at once (open tabs
   * repaint, saved articles that named it are linked), or, when the store has a close name, the
   * options page opens on the form that asks.
   */
  'add-entity': {
    request: v.strictObject({ name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)), type: v.picklist(ENTITY_TYPES) }),
    response: v.strictObject({ ok: v.literal(true), outcome: v.picklist(['added', 'form']), id: v.nullable(v.string()), linked: v.number() }),
  },
  /** A card's details of a shipped entity (its line, relations, latest deals): pages do not carry the records. */
  'entity-card': {
    request: v.strictObject({ id: bounded(ANALYSIS_LIMITS.id) }),
    response: v.strictObject({
      ok: v.literal(true),
      description: v.string(),
      relations: v.array(v.strictObject({ type: v.picklist(RELATION_TYPES), items: v.array(v.string()) })),
      deals: v.array(
        v.strictObject({
          type: v.picklist(DEAL_TYPES),
          with: v.array(v.string()),
          amount: v.nullable(v.string()),
          date: v.nullable(v.string()),
          summary: v.string(),
          source: v.strictObject({ title: v.string(), url: v.nullable(v.string()) }),
          mine: v.optional(v.literal(true)),
        }),
      ),
      more: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  },
  /**
   * "Test connection" of the team collection (options page): the server, the database and the
   * reader's rights checked in turn; a missing database created when `create` and the reader may.
   * The page asks for the origin's permission first, at the reader's click.
   */
  'team-check': {
    request: v.strictObject({ url: bounded(2000), username: bounded(200), password: bounded(1000), create: v.optional(v.boolean()) }),
    response: v.strictObject({
      ok: v.literal(true),
      result: v.variant('ok', [
        v.strictObject({ ok: v.literal(true), created: v.boolean(), design: v.picklist(['present', 'installed', 'not-allowed']), user: v.string() }),
        v.strictObject({ ok: v.literal(false), problem: v.picklist(TEAM_CHECK_PROBLEMS), detail: v.optional(v.string()) }),
      ]),
    }),
  },
  /** Where the team collection stands (popup, options): asked every few seconds while a page shows it. */
  'team-status': {
    request: v.strictObject({}),
    response: v.strictObject({ ok: v.literal(true), status: teamStatus }),
  },
  /** A page wrote to the store: the team collection sends what changed (the background may have been asleep). */
  'team-nudge': {
    request: v.strictObject({}),
    response: v.strictObject({ ok: v.literal(true) }),
  },
  /** A record in conflict: its versions (the one shown first), for a reader to pick from. */
  'team-versions': {
    request: v.strictObject({ key: bounded(200) }),
    response: v.strictObject({ ok: v.literal(true), versions: v.array(v.strictObject({ rev: v.string(), changedBy: v.string(), changedAt: v.number(), record: v.unknown() })) }),
  },
  /** A reader picked the version of a record in conflict to keep (it may be edited first): the others go, for the whole team. */
  'team-resolve': {
    request: v.strictObject({ key: bounded(200), keep: bounded(200), record: v.optional(v.unknown()) }),
    response: v.strictObject({ ok: v.literal(true) }),
  },
  /** The options page changed the knowledge base in the store: publish the overlay again, so open tabs repaint. */
  'kb-changed': {
    request: v.strictObject({}),
    response: v.strictObject({ ok: v.literal(true) }),
  },
} as const;

/** Messages a content script handles (from the background and the popup). */
export const toContent = {
  /** Move to the next (1) or previous (-1) highlight and open its card: the keyboard command. */
  'step-highlight': {
    request: v.strictObject({ direction: v.picklist([1, -1]) }),
    response: v.strictObject({ ok: v.literal(true), index: v.number(), total: v.number() }),
  },
  /** The article's metadata as the page gives it (title, site, authors, date, language), for the reader to check before saving. */
  'read-details': {
    request: v.strictObject({}),
    response: v.strictObject({ ok: v.literal(true), ...articleDetails.entries }),
  },
  /**
   * The article on the page, read for saving: its metadata, main text (cut to what an article
   * holds: `textCut`) and the page's analysis of that text (language, mentions, names never seen,
   * amounts), made with the page's matcher so that nothing is analysed twice. The background
   * proposes the deals from it: that reads the knowledge base, which pages do not carry.
   */
  'read-article': {
    request: v.strictObject({}),
    response: v.strictObject({
      ok: v.literal(true),
      url: bounded(ANALYSIS_LIMITS.field),
      canonicalUrl: bounded(ANALYSIS_LIMITS.field),
      title: bounded(ANALYSIS_LIMITS.field),
      site: bounded(ANALYSIS_LIMITS.field),
      authors: v.optional(authors),
      published: v.optional(bounded(40)),
      /** The page's own language (any); `lang` is the one of the four the text was analysed in. */
      pageLang,
      text: bounded(ARTICLE_TEXT_MAX),
      textCut: v.optional(v.literal(true)),
      lang: v.picklist(LANGS),
      entities: v.pipe(v.array(mention), v.maxLength(ANALYSIS_LIMITS.mentions)),
      unknown: v.optional(v.pipe(v.array(unknownName), v.maxLength(ANALYSIS_LIMITS.mentions))),
      amounts: v.pipe(v.array(amount), v.maxLength(ANALYSIS_LIMITS.amounts)),
          }),
  },
  /** The settings or the overlay changed (the background tells every tab): ask for the configuration again. */
  'config-changed': {
    request: v.strictObject({}),
    response: v.strictObject({ ok: v.literal(true) }),
  },
  /** The entities and amounts highlighted on the page, with how often each entity is named. */
  'page-entities': {
    request: v.strictObject({}),
    response: v.strictObject({
      ok: v.literal(true),
      entities: v.array(v.strictObject({ id: v.string(), name: v.string(), type: v.picklist(ENTITY_TYPES), count: v.number() })),
      /** Names DealLens has never seen, by name, with the kind guessed. */
      unknown: v.optional(v.array(v.strictObject({ name: v.string(), type: v.picklist(ENTITY_TYPES), count: v.number() }))),
      amounts: v.array(v.strictObject({ text: v.string(), value: v.nullable(v.number()), currency: v.string(), qualifier: v.nullable(v.string()), max: v.optional(v.number()) })),
    }),
  },
  /** Scroll to an entity's first mention on the page and flash it (the popup's list). */
  'reveal-entity': {
    request: v.strictObject({ id: v.pipe(v.string(), v.maxLength(160)) }),
    response: v.strictObject({ ok: v.literal(true), found: v.boolean() }),
  },
  /** What the page shows: counts by kind (the popup's first glance, and tests). */
  'page-summary': {
    request: v.strictObject({}),
    response: v.strictObject({ ok: v.literal(true), site: v.nullable(v.string()), url: v.nullable(v.string()), active: v.boolean(), counts: v.record(v.string(), v.number()), lang: v.string() }),
  },
} as const;

type Map = Record<string, { request: v.GenericSchema; response: v.GenericSchema }>;
export type Request<M extends Map, K extends keyof M> = v.InferOutput<M[K]['request']>;
export type Response<M extends Map, K extends keyof M> = v.InferOutput<M[K]['response']>;
export interface ErrorAnswer {
  ok: false;
  error: string;
}

/** The envelope on the wire: { type, payload }. */
export function envelope<M extends Map, K extends keyof M & string>(_map: M, type: K, payload: Request<M, K>): { type: K; payload: Request<M, K> } {
  return { type, payload };
}

export type Handlers<M extends Map, Ctx> = { [K in keyof M]: (payload: Request<M, K>, ctx: Ctx) => Promise<Response<M, K>> | Response<M, K> };

/**
 * Validates a raw message against the map and runs its handler. Anything else, however it
 * arrives, gets an error answer naming what was wrong, and no handler runs.
 */
export async function dispatch<M extends Map, Ctx>(map: M, handlers: Handlers<M, Ctx>, raw: unknown, ctx: Ctx): Promise<unknown> {
  if (typeof raw !== 'object' || raw === null || typeof (raw as { type?: unknown }).type !== 'string') {
    return { ok: false, error: 'malformed message: expected { type, payload }' } satisfies ErrorAnswer;
  }
  const { type, payload } = raw as { type: string; payload?: unknown };
  if (!Object.prototype.hasOwnProperty.call(map, type)) return { ok: false, error: `unknown message type: ${type.slice(0, 60)}` } satisfies ErrorAnswer;
  const parsed = v.safeParse(map[type].request, payload ?? {});
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const where = issue.path?.map((p) => String(p.key)).join('.') || 'payload';
    return { ok: false, error: `invalid ${type}: ${where}: ${issue.message}` } satisfies ErrorAnswer;
  }
  try {
    return await handlers[type as keyof M](parsed.output as Request<M, keyof M>, ctx);
  } catch (err) {
    return { ok: false, error: `${type} failed: ${(err as Error).message}` } satisfies ErrorAnswer;
  }
}
