/**
 * The names of a text beyond the matcher's: short forms of what the document named in full
 * (document-names.ts) and names DealLens has never seen (discover.ts), in one pass over the
 * text's words, left to right, so that a short form links only after its full mention.
 */
import type { EntityType, Lang } from '../kb/types';
import type { Matcher, Mention } from '../match/matcher';
import type { Tokens } from '../text/tokenize';
import { discoverNames, siteBefore, titlesWork, type FoundName } from './discover';
import { DocumentNames, runKey, type NamedThing, type ShortForms } from './document-names';
import { lexicon, wordHash, type Lexicon } from './lexicon';
import { Before, phraseKey, readWords, type Words } from './words';

/** A name DealLens has never seen (contract 6: `known: false`, no id), as written in full, with its guessed kind. */
export interface UnknownMention {
  name: string;
  type: EntityType;
  /** The text as it stands (a short form's, after its full mention). */
  text: string;
  start: number;
  end: number;
}

interface Span {
  start: number;
  end: number;
}

/** The last text's words: nothing keeps them after findNames returns, so the next text writes over their arrays. */
let spareWords: Words | undefined;
/** Which words a mention or amount covers: the same array for every text. */
let takenBuffer = new Uint8Array(1024);
/** No particle ("de", "van", "della") is longer than this. */
const MAX_PARTICLE = 5;

/** A document's memory of names, its short forms checked against `matcher` (a short form that is a known name of its own never links). */
export function documentNames(matcher: Matcher): DocumentNames {
  let kept = perMatcher.get(matcher);
  if (!kept) perMatcher.set(matcher, (kept = { known: new Map(), forms: new Map() }));
  const { known, forms } = kept;
  return new DocumentNames((word) => {
    let k = known.get(word);
    if (k === undefined) {
      // A page or a background that reads for days keeps what it met lately, not every word ever met.
      if (known.size >= MAX_KNOWN_WORDS) known.clear();
      const m = matcher.find(word);
      k = m.length === 1 && m[0].start === 0 && m[0].end === word.length ? { id: m[0].id, name: m[0].name, type: m[0].type } : null;
      known.set(word, k);
    }
    return k;
  }, forms);
}

const MAX_KNOWN_WORDS = 20_000;

/** What a matcher says of single words, and the names' short forms, for every document read with it. */
const perMatcher = new WeakMap<Matcher, { known: Map<string, NamedThing | null>; forms: Map<string, ShortForms> }>();

export function findNames(
  text: string,
  tokens: Tokens,
  mentions: readonly Mention[],
  amounts: readonly Span[],
  memory: DocumentNames,
  discover: boolean,
  lang: Lang = 'en',
  /** How many mentions came by a weak alias or one that needs another name (Matcher.weakFound); looked for when unknown. */
  weak = -1,
): { known: readonly Mention[]; short: Mention[]; unknown: UnknownMention[] } {
  const guarded = (m: Mention) => m.weak === true || m.withNamed !== undefined;
  // "Grab", "Genesis", "BP" stand only on a page that also names something by a safer name; "the
  // Alliance" only on one that names a carmaker of it (or the Alliance in full).
  if (!memory.inField && (weak === -1 ? mentions.some((m) => !guarded(m)) : mentions.length > weak)) memory.inField = true;
  if (weak === -1 ? mentions.some(guarded) : weak > 0) {
    const all = mentions;
    const named = (ids: string[]) => ids.some((id) => memory.named(id) || all.some((o) => o.id === id && !guarded(o)));
    mentions = mentions.flatMap((m) => (!guarded(m) ? [m] : (m.weak && !memory.inField) || (m.withNamed && !named([m.id, ...m.withNamed])) ? [] : [unguarded(m)]));
  }
  const w = (spareWords = readWords(tokens, spareWords));
  const n = w.count;
  const lex = lexicon();
  // "Nikola Tesla", "Martin Ford", "Robert Bosch": a given name before a one-word company makes a person of both.
  const people: FoundName[] = [];
  const dropped = new Set<Mention>();
  if (discover) {
    let k = 0;
    let prevEnd = 0;
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i];
      while (k < n && w.start[k] < m.start) k++;
      if (k > 0 && k < n && m.type !== 'person' && w.start[k] === m.start && w.end[k] === m.end && w.before[k] === Before.Space && w.caps[k - 1] === 1 && w.start[k - 1] >= prevEnd && lex.given.has(w.key[k - 1])) {
        people.push({ from: k - 1, to: k, type: 'person' });
        dropped.add(m);
      } else if (k + 1 < n && m.type !== 'person' && w.start[k] === m.start && w.caps[k] === 1 && lex.given.has(w.key[k])) {
        // "Mercedes Lambert": a company's one-word name that is also a given name, before a surname never seen.
        if (w.end[k] === m.end && w.before[k + 1] === Before.Space && w.caps[k + 1] === 1 && w.end[k + 1] - w.start[k + 1] >= 3 && plainWord(lex, w.key[k + 1]) && mentions[i + 1]?.start !== w.start[k + 1]) {
          people.push({ from: k, to: k + 1, type: 'person' });
          dropped.add(m);
        // "the owner, Mercedes, who has run it for years", "Mercedes, notre professeure": said of a person.
        } else if (w.end[k] === m.end && w.before[k + 1] === Before.Comma && saidOfPerson(lex, w, k + 1)) {
          people.push({ from: k, to: k, type: 'person' });
          dropped.add(m);
        // "founded by Robert Bosch in 1886": the founder, not the company named after him.
        } else if (k >= 2 && w.end[k + 1] === m.end && w.caps[k + 1] === 1 && FOUNDED_BY.has(phraseKey(text, w, k - 2, k - 1))) {
          people.push({ from: k, to: k + 1, type: 'person' });
          dropped.add(m);
        }
      }
      // "Tesla himself never had anything to do with it": the inventor of the page, not the carmaker.
      if (!dropped.has(m) && m.type !== 'person' && k + 1 < n && w.start[k] === m.start && w.end[k] === m.end && w.before[k + 1] === Before.Space && REFLEXIVE.has(w.key[k + 1])) {
        people.push({ from: k, to: k, type: 'person' });
        dropped.add(m);
      }
      prevEnd = m.end;
    }
    if (dropped.size) mentions = mentions.filter((m) => !dropped.has(m));
  }
  const quiet: FoundName[] = [];
  mentions = sameFamily(text, withTails(text, w, mentions.map((m) => nameOnly(text, m)), discover ? people : null, lang, quiet), memory);
  if (takenBuffer.length < n) takenBuffer = new Uint8Array(Math.max(n, takenBuffer.length * 2));
  const taken = takenBuffer.subarray(0, n);
  taken.fill(0);
  markTaken(w.start, w.end, n, mentions, taken);
  markTaken(w.start, w.end, n, amounts, taken);
  for (const p of people) taken.fill(1, p.from, p.to + 1);
  for (const q of quiet) taken.fill(1, q.from, q.to + 1);
  let found = discover ? discoverNames(text, w, taken, lang) : [];
  if (people.length) found = [...found, ...people].sort((a, b) => a.from - b.from);
  const short: Mention[] = [];
  const unknown: UnknownMention[] = [];
  const shadowed = new Set<Mention>();
  let mi = 0;
  let fi = 0;
  const readMentionsTo = (at: number) => {
    while (mi < mentions.length && mentions[mi].start <= at) {
      const m = mentions[mi++];
      if (memory.shadowed(m)) {
        shadowed.add(m);
        continue;
      }
      memory.remember(m);
      acronymAfter(m.end, m);
    }
  };
  // Only capitalised words can start a name or end a short form: the sweep visits those (about one word in eight).
  let free = 0; // the first word no name found here covers
  for (let c = 0; c < w.capCount; c++) {
    const k = w.capAt[c];
    if (k < free) continue;
    readMentionsTo(w.start[k]);
    if (fi < found.length && found[fi].from === k) {
      const f = found[fi++];
      const start = w.start[f.from];
      const end = f.type === 'person' ? personEnd(text, w.start[f.to], w.end[f.to]) : w.end[f.to];
      // A person named by one word that is a known organisation's: the person of the document it is the surname of, if any.
      const behind = f.from === f.to && f.type === 'person' ? memory.personBehind(w.key[f.from]) : undefined;
      const name = behind?.name ?? text.slice(start, end).replace(/\s+/g, ' ');
      memory.remember({ id: null, name, type: f.type });
      acronymAfter(end, { id: null, name, type: f.type });
      unknown.push({ name, type: f.type, text: text.slice(start, end), start, end });
      free = f.to + 1;
      continue;
    }
    if (taken[k]) continue;
    // A German or Dutch genitive: "Porsches", "Lyfts", "Hyundais" are Porsche's, Lyft's, Hyundai's.
    if ((lang === 'de' || lang === 'nl') && w.caps[k] === 1 && w.end[k] - w.start[k] >= 4 && text.charCodeAt(w.end[k] - 1) === 115) {
      const stemText = text.slice(w.start[k], w.end[k] - 1);
      const known = memory.knownName(stemText);
      const stem = known && (memory.firstOfFamily(wordHash(stemText)) ?? known);
      if (stem?.id) {
        short.push({ id: stem.id, name: stem.name, type: stem.type, text: text.slice(w.start[k], w.end[k]), start: w.start[k], end: w.end[k] });
        free = k + 1;
        continue;
      }
    }
    if (!memory.hasShortForms) continue;
    // A short form ending here: up to two particles before it ("de Meo", "van der Velden"), none taken.
    for (let back = 2; back >= 0; back--) {
      const from = k - back;
      if (from < free) continue;
      let ok = true;
      for (let x = from; x < k && ok; x++) ok = taken[x] === 0 && w.caps[x] !== 2 && w.end[x] - w.start[x] <= MAX_PARTICLE && lex.particle.has(w.key[x]) && w.before[x + 1] === Before.Space;
      if (!ok) continue;
      const thing = memory.lookup(runKey(w, from, k));
      if (!thing || (thing.type === 'person' ? titlesWork(w, k) : namedAfter(text, w, from, k))) continue;
      const start = w.start[from];
      const end = w.end[k];
      if (thing.id) short.push({ id: thing.id, name: thing.name, type: thing.type, text: text.slice(start, end), start, end });
      else unknown.push({ name: thing.name, type: thing.type, text: text.slice(start, end), start, end });
      free = k + 1;
      break;
    }
  }
  readMentionsTo(Infinity);
  return { known: shadowed.size ? mentions.filter((m) => !shadowed.has(m)) : mentions, short, unknown };

  /** "Automotive Cells Company (ACC)": the bracketed acronym right after a full mention stands for it (it is then found as a short form). */
  function acronymAfter(end: number, thing: NamedThing): void {
    // Most mentions are followed by anything but a bracket: one character read says so.
    const c = text.charCodeAt(end) === 32 ? text.charCodeAt(end + 1) : text.charCodeAt(end);
    if (c !== 40) return;
    const m = /^\s*\(([A-Z][A-Z0-9&]{1,6})\)/.exec(text.slice(end, end + 12));
    if (!m) return;
    const at = text.indexOf(m[1], end);
    let k = 0;
    while (k < n && w.start[k] < at) k++;
    if (k < n && w.start[k] === at && w.end[k] === at + m[1].length) memory.rememberAcronym(w.key[k], m[1], thing);
  }
}

/** Words before a founder's name. */
const FOUNDED_BY = new Set(['founded by', 'established by', 'set up by', 'fondee par', 'fonde par', 'creee par', 'opgericht door', 'gegrundet von'].map(wordHash));

/** A capitalised word that may be a surname: no function word, place, month, model, organisation word or role. */
function plainWord(lex: Lexicon, key: number): boolean {
  return !lex.stop.has(key) && !lex.place.has(key) && !lex.never.has(key) && !lex.orgWord.has(key) && !lex.role.has(key) && !lex.generic.has(key) && !lex.nounBefore.has(key) && !lex.given.has(key);
}

/** Whether the words from k, after a comma, say the name before them is a person's: "who", or a role ("notre professeure"). */
function saidOfPerson(lex: Lexicon, w: Words, k: number): boolean {
  if (w.key[k] === WHO) return true;
  for (let j = k; j < Math.min(w.count, k + 3); j++) {
    if (lex.role.has(w.key[j])) return true;
    if (!lex.stop.has(w.key[j])) return false;
  }
  return false;
}

const WHO = wordHash('who');
const REFLEXIVE = new Set(['himself', 'herself'].map(wordHash));

/** A guarded mention that stands: as any other. */
function unguarded(m: Mention): Mention {
  const { weak: _, withNamed: __, ...rest } = m;
  return rest;
}

/** Marks the words that a span (sorted by start) overlaps. */
function markTaken(start: Int32Array, end: Int32Array, n: number, spans: readonly Span[], taken: Uint8Array): void {
  let k = 0;
  for (const s of spans) {
    while (k < n && end[k] <= s.start) k++;
    for (let x = k; x < n && start[x] < s.end; x++) taken[x] = 1;
  }
}

/**
 * A mention as far as it is the name: "groupe Volkswagen", "l'Alliance", "Volkswagen-Konzern" and
 * "Renault-Nissan-Mitsubishi alliance" are found whole (the words pick the entity: the group, not
 * the brand) but name it by "Volkswagen", "Alliance", "Renault-Nissan-Mitsubishi".
 */
const LEAD = /^(?:(?:groupe|group|groep|gruppe|konzern|alliance|alliantie|allianz|the|het|der|die|das|le|la|les)\s+|l['’])(?=\p{Lu})/u;
const TAIL = /(?:-(?:Konzern|Gruppe|Groep|Concern)|\s+(?:group|groupe|groep|gruppe|alliance|alliantie|allianz))$/u;

function nameOnly(text: string, m: Mention): Mention {
  if (m.type === 'person') return m;
  const t = m.text;
  const lead = LEAD.exec(t)?.[0].length ?? 0;
  const tail = TAIL.exec(t.slice(lead))?.[0].length ?? 0;
  if (lead === 0 && tail === 0) return m;
  const start = m.start + lead;
  const end = m.end - tail;
  return end > start ? { ...m, text: text.slice(start, end), start, end } : m;
}

/** A code that names a model: capitals, digits or a hyphen inside ("RX", "I-Pace", "ID.3"). */
const PRODUCT_CODE = /^(?:\p{Lu}{2,3}\d*|\p{Lu}-\p{Lu}\p{Ll}+|\p{Lu}+\d+)$/u;
/** A model's number or code after a brand: "0", "500", "e-208", "RX" is read by isProductWord. */
const MODEL_CODE = /^(?:\d{1,4}|[a-z]{1,2}-\d{1,4})$/i;
/** After the number: a share, a scale, money: "Nissan 20 %", "Toyota 2 million", "Tencent 100 Mio. Dollar". */
const NOT_A_MODEL_AFTER = /^\s*(?:%|[.,]\d)|^\s*(?:pour ?cent|procent|prozent|percent|per ?cent|mio|mrd|mln|md|bn|million|milliard|billion|biljoen|euro|dollar|yen|yuan|pfund|pound|franc|\$|€|£)/iu;

/**
 * Whether the word at k, after a company's name, is a model's number or code: "Lightyear 0", "Fiat 500 en de",
 * "Peugeot e-208"; a plain number followed by a word in lower case counts things ("Renault 5 sites"), unless that
 * word is a function word.
 */
function isModelCode(text: string, w: Words, k: number, lang: Lang | undefined): boolean {
  const word = text.slice(w.start[k], w.end[k]);
  if (!MODEL_CODE.test(word)) return false;
  if (/\p{L}/u.test(word)) return true;
  const rest = text.slice(w.end[k], w.end[k] + 12);
  if (NOT_A_MODEL_AFTER.test(rest)) return false;
  if (k + 1 >= w.count || w.before[k + 1] !== Before.Space) return true;
  // German capitalises what it counts ("Porsche 5 Werke"), so a word in lower case there is the sentence going on ("der Porsche 911 fährt").
  if (lang === 'de') return w.caps[k + 1] === 0;
  return w.caps[k + 1] === 0 && lexicon().stop.has(w.key[k + 1]);
}

/**
 * Whether the capitalised word after a company's one-word name names one of its products: no group,
 * legal or organisation word (those are handled before), no person's given name, role, place,
 * month or ordinary word.
 */
function isProductWord(text: string, w: Words, k: number, lang: Lang | undefined): boolean {
  if (k >= w.count || w.before[k] !== Before.Space || w.caps[k] === 0) return false;
  const word = text.slice(w.start[k], w.end[k]);
  // German writes every noun with a capital ("Porsche Innovationsprojekte", "Solvay Geld"): there only a code names a model ("RX", "I-Pace").
  if (lang === 'de' && !PRODUCT_CODE.test(word)) return false;
  // "Toyota SUVs", "BMW EVs": what it makes, in general.
  if (/^\p{Lu}{2,}s$/u.test(word)) return false;
  const lex = lexicon();
  const h = w.key[k];
  if (lex.given.has(h) || lex.role.has(h) || lex.place.has(h) || lex.stop.has(h) || lex.never.has(h) || lex.title.has(word)) return false;
  return !lex.legalForm.has(word);
}

/** What gives a name to something: "the cluster is known as", "the telescope is also named". */
const NAMED_AS = /\b(?:is|are|was|were)(?: also)? (?:known as|named|called) $/i;
const NAMING = new Set(['as', 'named', 'called'].map(wordHash));

/** Events a name may stand for, after it in lower case ("the Ecomotion conference") or as the head of the word before it ("mobiliteitsconferentie Ecomotion"). */
const EVENT_AFTER = new Set(['conference', 'summit', 'congress', 'congres', 'conferentie', 'conférence', 'konferenz', 'kongress'].map(wordHash));
const EVENT_BEFORE = /(?:conference|conférence|conferentie|konferenz|congres|congress|kongress|summit)$/i;
/** A place named after an organisation: "Woven City". */
const CITY = wordHash('city');

/** Whether the mention at words first..last names an event or a place named after it, not itself. */
function namedAfter(text: string, w: Words, first: number, last: number): boolean {
  const after = last + 1;
  if (after < w.count && w.before[after] === Before.Space) {
    const key = w.key[after];
    if (w.caps[after] === 0 && EVENT_AFTER.has(key) && !(after + 1 < w.count && w.key[after + 1] === CALL)) return true;
    if (w.caps[after] === 1 && key === CITY) return true;
    // "la petite Honda e": the model named by one letter.
    if (w.end[after] - w.start[after] === 1 && text.charCodeAt(w.start[after]) === 101 && !/^[-\p{L}\p{N}]/u.test(text.slice(w.end[after], w.end[after] + 1))) return true;
  }
  // Most words before a name are short function words: only a long one may end in "conference".
  return first > 0 && w.before[first] === Before.Space && w.caps[first - 1] === 0 && w.end[first - 1] - w.start[first - 1] >= 6 && EVENT_BEFORE.test(text.slice(w.start[first - 1], w.end[first - 1]));
}

const CALL = wordHash('call');
/** Articles before a person's name that make it a type ("l'Elon Musk"), and the words after that say of what ("des Balkans"). */
const TYPE_ARTICLES = new Set(['the', 'l', 'le', 'het', 'de', 'der', 'den'].map(wordHash));
const TYPE_OF = new Set(['of', 'des', 'du', 'de', 'van', 'der', 'von'].map(wordHash));

function antonomasia(text: string, w: Words, first: number, last: number, start: number): boolean {
  if (last + 2 >= w.count) return false;
  const elided = /(?:^|[^\p{L}])[lL]['’]$/u.test(text.slice(Math.max(0, start - 3), start));
  if (!elided && (first === 0 || !TYPE_ARTICLES.has(w.key[first - 1]) || w.before[first] !== Before.Space)) return false;
  return w.before[last + 1] === Before.Space && w.caps[last + 1] === 0 && TYPE_OF.has(w.key[last + 1]) && w.caps[last + 2] > 0;
}

/** Words that only say what a known company is ("Toyota Motor", "Hyundai Motor Group", "BMW AG"): the same company. */
const GROUP_WORDS = new Set(['group', 'groupe', 'gruppe', 'groep', 'motor', 'motors', 'holding', 'holdings', 'konzern', 'corporation', 'company', 'co', 'automobiles', 'automobile'].map(wordHash));
/** ...and what tells the members of a family apart by what they make: "Volvo Cars", "Geely Auto". */
const FAMILY_WORDS = new Set([...GROUP_WORDS, ...['cars', 'car', 'auto', 'konzerns'].map(wordHash)]);

/** The one word a full organisation name is made on, when its other words only say what it is ("Hyundai" of "Hyundai Motor Group", "Hyundai-Konzern", "groupe Hyundai"). */
function familyKey(surface: string): number | null {
  // A text names the same organisations again and again: each surface is cut into words once.
  let key = familyKeys.get(surface);
  if (key === undefined) {
    if (familyKeys.size > FAMILY_CACHE) familyKeys.clear();
    familyKeys.set(surface, (key = readFamilyKey(surface)));
  }
  return key;
}
const familyKeys = new Map<string, number | null>();
const FAMILY_CACHE = 20_000;

function readFamilyKey(surface: string): number | null {
  if (!/[\s\u00a0-]/.test(surface)) return null;
  const parts = surface.split(/[\s\u00a0-]+/);
  if (parts.length < 2) return null;
  const lex = lexicon();
  let key: number | null = null;
  for (const [i, p] of parts.entries()) {
    if (p === '') continue;
    const h = wordHash(p);
    // "Zhejiang Geely Holding Group": a place before the name says where it is registered.
    if (FAMILY_WORDS.has(h) || lex.legalForm.has(p) || (i === 0 && lex.place.has(h))) continue;
    if (key !== null) return null;
    key = h;
  }
  return key;
}

/**
 * One-word mentions of a family's shared name link to the member the document named in full
 * first (DocumentNames.family), before and after that mention: "Hyundai" in a text that opens on
 * "Hyundai Motor Group" is the group, in one that opens on "Hyundai Motor Company" the carmaker.
 */
function sameFamily(text: string, mentions: Mention[], memory: DocumentNames): Mention[] {
  let any = false;
  for (const m of mentions) {
    if (m.type === 'person') continue;
    // "Hyundai-Konzern", "le groupe Hyundai" are painted as "Hyundai" (nameOnly): read with what was cut off.
    const trimmed = text.charCodeAt(m.end) === 45 || /(groupe|grupo|gruppo)\s$/i.test(text.slice(Math.max(0, m.start - 8), m.start));
    const key = familyKey(m.text) ?? (trimmed && familyKey(m.name) === wordHash(m.text) ? wordHash(m.text) : null);
    if (key === null) continue;
    memory.nameFamily(key, m);
    any = true;
  }
  if (!any && !memory.hasFamilies) return mentions;
  return mentions.map((m) => {
    if (m.type === 'person' || /[\s\u00a0-]/.test(m.text)) return m;
    const first = memory.firstOfFamily(wordHash(m.text));
    return first?.id && first.id !== m.id ? { ...m, id: first.id, name: first.name, type: first.type } : m;
  });
}
const MAX_TAIL = 4;

/**
 * What follows a known organisation's one-word name: words that only say what it is extend the
 * mention ("Toyota Motor Corporation" when the knowledge base has only "Toyota"); a name of its
 * own made on it ("Toyota Research Institute", "Renault Ventures") is a name never seen, guessed
 * by its last word, and the known mention gives way to it.
 */
/** `quiet`: where a name was read as no mention of its entity, and no other name is to be guessed either. */
function withTails(text: string, w: Words, mentions: readonly Mention[], found: FoundName[] | null, lang: Lang | undefined, quiet: FoundName[]): Mention[] {
  const lex = lexicon();
  const out: Mention[] = [];
  let k = 0;
  for (const m of mentions) {
    while (k < w.count && w.end[k] <= m.start) k++;
    let last = k;
    while (last < w.count && w.end[last] < m.end) last++;
    // "L'Elon Musk des Balkans", "the Elon Musk of China": a person's name as a type, said of someone else.
    if (m.type === 'person' && last < w.count && w.end[last] === m.end && antonomasia(text, w, k, last, m.start)) {
      quiet.push({ from: k, to: last, type: 'person' });
      continue;
    }
    if (m.type === 'person' || last >= w.count || w.end[last] !== m.end) {
      out.push(m);
      continue;
    }
    // "Lightyear 0", "Polestar 2", "Fiat 500", "Peugeot e-208": a model, not the company (but "Nissan 20 %", "Toyota 2 million").
    const after = last + 1;
    if (after < w.count && w.before[after] === Before.Space && m.type === 'company' && isModelCode(text, w, after, lang)) continue;
    // "In Japan the cluster is known as Subaru.": a name given to something else.
    if (k > 0 && w.end[k] === m.end && NAMING.has(w.key[k - 1]) && NAMED_AS.test(text.slice(Math.max(0, m.start - 30), m.start)) && /^(?:[.,;:]|$)/.test(text.slice(m.end, m.end + 1))) continue;
    // "this week's Ecomotion conference", "de conferentie Ecomotion", "Woven City": an event or a place named after it;
    // "der Bugatti Chiron": a car (German capitalises every noun, so there only a known model tells; elsewhere isProductWord does).
    if (namedAfter(text, w, k, last) || (lang === 'de' && m.type === 'company' && after < w.count && w.before[after] === Before.Space && lex.carModel.has(w.key[after]))) continue;
    if (w.title[last]) {
      out.push(m);
      continue;
    }
    let to = last;
    let groupOnly = true;
    let orgEnd = -1;
    for (let x = last + 1; x < w.count && x - last <= MAX_TAIL && w.before[x] === Before.Space && w.caps[x] > 0; x++) {
      const h = w.key[x];
      const legal = lex.legalForm.has(text.slice(w.start[x], w.end[x]));
      if (!GROUP_WORDS.has(h) && !legal) groupOnly = false;
      if (lex.orgWord.has(h) || legal) orgEnd = x;
      if (lex.stop.has(h) || lex.never.has(h) || lex.place.has(h) || lex.role.has(h)) break;
      to = x;
    }
    const next = mentions[mentions.indexOf(m) + 1];
    if (to === last || (next && next.start < w.end[to])) {
      out.push(m);
      continue;
    }
    if (groupOnly) out.push({ ...m, text: text.slice(m.start, w.end[to]), end: w.end[to] });
    else if (orgEnd > last && found && !siteBefore(text, w, k)) {
      const kind = lex.orgWord.get(w.key[orgEnd]);
      found.push({ from: k, to: orgEnd, type: kind === 'fund' ? 'fund' : kind === 'accelerator' ? 'accelerator' : 'company' });
    } else if (m.type === 'company' && isProductWord(text, w, last + 1, lang)) {
      // "Bugatti Chiron", "Lilium Jet", "Toyota Guardian", "Lexus RX", "Northvolt Ett": a car, an aircraft, a system or a
      // plant the company makes or runs, named after it: not a mention of the company.
      continue;
    } else out.push(m);
  }
  return out;
}

/**
 * Where a person's name ends: "Mike Dunleavy Jr." keeps the abbreviation's dot (the sentence may end
 * there too: the name is still written so), "Pieter Bruegel the Elder" its epithet.
 */
function personEnd(text: string, lastStart: number, end: number): number {
  if (end - lastStart === 2 && text.charCodeAt(end) === 46) {
    const w = text.slice(lastStart, end);
    return w === 'Jr' || w === 'Sr' ? end + 1 : end;
  }
  const epithet = EPITHET.exec(text.slice(end, end + 16));
  return epithet ? end + epithet[0].length : end;
}

const EPITHET = /^ (?:the (?:Elder|Younger)|de (?:Oude|Jonge)|der (?:Ältere|Jüngere)|l['’]Ancien|le (?:Jeune|Vieux))(?![\p{L}])/u;
