import type { Lang, Qualifier } from '../kb/types';
import { HashFlags } from '../text/hash-flags';
import { PhraseTable } from '../text/phrase-table';
import { Gap, TokenKind, hashFolded, tokenFolded, tokenize, type Tokens } from '../text/tokenize';
import {
  CARRY_CONNECTORS, CARRY_FOLLOWERS, CARRY_MORE, CURRENCIES, DIGIT_COUNT_WORD, DOTTED_SCALES, GLUED_ONLY_SCALES, MINOR_JOINERS, MONEY_CONTEXT,
  PER_YEAR_AFTER, PER_YEAR_BLOCKERS, QUALIFIERS_BEFORE, RANGE_JOINERS, RANGE_JOINERS_AFTER_OPENER, RANGE_OPENERS, SCALES, NUMBER_WORDS,
  FRACTIONS, PERCENT_WORDS, SIZED_AMOUNT_WORD, SIZED_BETRAG, SIZED_SCALE_WORD, TON_FOLLOWERS, TON_BEFORE, TON_WEIGHT_BEFORE,
  VAGUE_MULTIPLES, VAGUE_WORDS, PLURAL_SCALES, WEIGHT_AFTER, WEIGHT_UNITS_BEFORE, YEN_CUES, YUAN_CUES, type CurrencyLex,
} from './lexicon';
import { beginsNumberWords, parseDigits, parseWords, type ParsedNumber, type WordNumberContext } from './parse-number';

/**
 * Besides the words before an amount: `range` (two ends, the upper one in `max`) and
 * `unquantified` (money the text sizes but does not count: "ein zweistelliger Millionenbetrag";
 * `value` is then null).
 */
export type AmountQualifier = Qualifier | 'range' | 'unquantified';

export interface Amount {
  /** The text as it stands, from the first token of the amount to its last (qualifier words excluded). */
  text: string;
  /** In units of the currency: 1e9 for "un milliard de dollars", 0.5 for "50 cents"; a range's lower end; null when unquantified. */
  value: number | null;
  /** ISO 4217; a bare $ is USD. */
  currency: string;
  qualifier: AmountQualifier | null;
  /** A range's upper end ("entre 800 millions et 1 milliard": value 8e8, max 1e9, qualifier `range`). */
  max?: number;
  start: number;
  end: number;
  /** Set when the text counts a sub-unit or coin ("50 cents"): the value of one of them. */
  unitValue?: number;
}

const currencies = new PhraseTable<CurrencyLex>(CURRENCIES);
const scales = new PhraseTable(SCALES);
const qualifiers = new PhraseTable<Qualifier>(QUALIFIERS_BEFORE);
const perYear = new PhraseTable<true>([...PER_YEAR_AFTER].map((k) => [k, true] as [string, true]));
const perYearBlockers = new PhraseTable<true>([...PER_YEAR_BLOCKERS].map((k) => [k, true] as [string, true]));
const numberWords = new PhraseTable<true>(Object.keys({ ...NUMBER_WORDS, ...FRACTIONS }).map((k) => [k, true] as [string, true]));
const percent = new PhraseTable<true>([...PERCENT_WORDS].map((k) => [k, true] as [string, true]));
const connectors = new PhraseTable<true>([...CARRY_CONNECTORS].map((k) => [k, true] as [string, true]));
const carryMore = new PhraseTable<true>(CARRY_MORE.map((k) => [k, true] as [string, true]));
const weightAfter = new PhraseTable<true>([...WEIGHT_AFTER].map((k) => [k, true] as [string, true]));
const vagueWords = new PhraseTable<true>(VAGUE_WORDS.map((k) => [k, true] as [string, true]));
const vagueMultiples = new PhraseTable<true>(VAGUE_MULTIPLES.map((k) => [k, true] as [string, true]));

interface Scale {
  factor: number;
  last: number;
}

/** Everything the scanner needs about one text. */
class Scan implements WordNumberContext {
  constructor(readonly tokens: Tokens, readonly lang: Lang) {}

  folded(k: number): string {
    return k >= 0 && k < this.tokens.count ? tokenFolded(this.tokens, k) : '';
  }

  isPunct(k: number, ch?: string): boolean {
    const t = this.tokens;
    return k < t.count && t.kind[k] === TokenKind.Punct && (ch === undefined || t.text[t.start[k]] === ch);
  }

  currencyAt(k: number): { lex: CurrencyLex; last: number } | null {
    if (k >= this.tokens.count) return null;
    const hit = currencies.at(this.tokens, k);
    return hit ? { lex: hit.value, last: hit.last } : null;
  }

  /** `opens`: the scale is the amount's first word ("billions of dollars"), so a line break before it does not matter. */
  scaleAt(k: number, afterNumber: number, opens = false): Scale | null {
    const t = this.tokens;
    if (k >= t.count || (t.gap[k] === Gap.Newline && !opens)) return null;
    const hit = scales.at(t, k);
    if (!hit) return null;
    const folded = this.folded(k);
    const raw = t.text.slice(t.start[k], t.end[k]);
    if (GLUED_ONLY_SCALES.has(folded)) {
      // "€100m", "10k", "100 M€": a lone letter only glued to the number or to a currency.
      const glued = afterNumber >= 0 && t.gap[k] === Gap.None && k === afterNumber + 1;
      const beforeCurrency = k + 1 < t.count && t.gap[k + 1] === Gap.None && currencies.mayStart(t, k + 1);
      if (!glued && !beforeCurrency) return null;
      if (folded === 'b' && raw !== 'B' && raw !== 'b') return null;
    }
    const v = hit.value;
    const factor = typeof v === 'number' ? v : (v[this.lang] ?? v.default ?? 0);
    if (!factor) return null;
    let last = hit.last;
    // "2,3 Mrd. Euro": the full stop belongs to the abbreviation when a currency follows.
    if (DOTTED_SCALES.has(folded) && this.isPunct(last + 1, '.') && t.gap[last + 1] === Gap.None && this.currencyAt(last + 2)) last++;
    return { factor, last };
  }

  isScale(k: number): boolean {
    return k >= 0 && k < this.tokens.count && scales.mayStart(this.tokens, k) && this.scaleAt(k, -1) !== null;
  }

  isCurrency(k: number): boolean {
    return k >= 0 && k < this.tokens.count && currencies.mayStart(this.tokens, k) && this.currencyAt(k) !== null;
  }

  isMinorCurrency(k: number): boolean {
    return this.isCurrency(k) && this.currencyAt(k)!.lex.minor === true;
  }

  numberAt(k: number): ParsedNumber | null {
    if (k >= this.tokens.count) return null;
    if (this.tokens.kind[k] === TokenKind.Number) return parseDigits(this.tokens, k, this.lang);
    if (this.tokens.kind[k] === TokenKind.Word) return parseWords(this.tokens, k, this);
    return null;
  }
}

interface Parsed {
  amounts: Amount[];
  /** Last token consumed. */
  last: number;
}

/**
 * Finds money amounts in news text in English, French, Dutch and German. One pass over the
 * tokens; at each token that can start an amount (a currency, a digit, a number word) a
 * parse that looks a bounded number of tokens ahead, so the whole is linear in the text.
 */
export function recogniseAmounts(text: string, lang: Lang = 'en', tokens: Tokens = tokenize(text)): Amount[] {
  const scan = new Scan(tokens, lang);
  tokenFlags(tokens);
  const flags = flagsBuffer;
  const near = nearBuffer;
  const out: Amount[] = [];
  /** The bare scaled numbers, their currency still to find. */
  let bares: Amount[] | null = null;
  const { count, kind, start, end } = tokens;
  let floor = 0; // tokens before this belong to an amount already read
  let i = 0;
  while (i < count) {
    // Every amount holds a number: parse only from numbers, and only near a currency or scale.
    const k = kind[i];
    let maybe = false;
    if (k === TokenKind.Number || (flags[i] & NUMBER_WORD) !== 0) {
      const moneyAhead = i + 1 < count && near[i + 1] <= i + LOOK_AHEAD;
      maybe = (moneyAhead || currencyEndsAt(tokens, flags, i - 1) || currencyEndsAt(tokens, flags, i - 2)) &&
        (k === TokenKind.Number || continuesNumberWords(tokens, i, flags));
    } else if (k === TokenKind.Word && ((flags[i + 1] | flags[i + 2]) & MONEY_WORD) !== 0 && end[i] - start[i] >= 6) {
      // A money word one or two tokens on is what compoundContext looks for: most words stop at
      // that test; and most long words before "new" (New Zealand dollars) or "grand" are no number.
      maybe = compoundContext(tokens, i, flags) && beginsNumberWords(tokenFolded(tokens, i));
    }
    if (!maybe && (flags[i] & MONEY_WORD) !== 0 && i >= floor && LONE_SCALES.has(scan.folded(i))) {
      // "BMW en Daimler steken miljard in ...", "Die zweite Milliarde betrifft ...": one of the scale, its currency from around it.
      const lone = loneScale(scan, i);
      if (lone) {
        (bares ??= []).push(lone.amount);
        i = floor = lone.last + 1;
        continue;
      }
    }
    if (!maybe) {
      // Money without digits: "ein zweistelliger Millionenbetrag", Dutch "vijf ton".
      if ((flags[i] & SIZE_WORD) !== 0 && i >= floor) {
        const sized = (lang === 'de' ? sizedAmount(scan, i) : lang === 'nl' ? tonAmount(scan, i, floor) : null) ?? vagueAmount(scan, i, floor);
        if (sized) {
          out.push(sized.amount);
          i = floor = sized.last + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    const parsed = parseAmount(scan, i, floor);
    if (parsed) {
      out.push(...parsed.amounts);
      let last = parsed.last;
      // "3,2 milliards d'euros, dont 900 millions pour la France": the bare part takes the currency.
      for (let from = parsed.amounts[parsed.amounts.length - 1]; ;) {
        const carried = carriedAmount(scan, last, from);
        if (!carried) break;
        out.push(carried.amount);
        from = carried.amount;
        last = carried.last;
      }
      i = floor = last + 1;
      continue;
    }
    // "Eine weitere Milliarde", "7,5 miljoen.", "350 Millionen", a headline's "Zwei Milliarden für China": a bare
    // scaled number whose currency comes from the amounts around it (see below), when nothing says it counts something else.
    const bare = scaledAfter(scan, i, UNKNOWN_CURRENCY, null);
    if (bare) {
      (bares ??= []).push(bare.amount);
      i = floor = bare.last + 1;
      continue;
    }
    // Skip the whole number that failed, so a long run of digits is read once, not once per group.
    const num = k === TokenKind.Number ? parseDigits(tokens, i, lang) : null;
    i = num ? num.last + 1 : i + 1;
  }
  const all = bares && out.length ? withBares(out, bares) : out;
  return all.length ? named(text, all, lang) : all;
}

/**
 * What the amounts are once all are read: an amount in a title ("The £1,000,000 Bank-Note", the film
 * "Man with a Million") or a coin's name ("the one-cent coin") counts no money and is dropped; a penny
 * in a text whose money is in dollars is a US cent; dollars or cents written as words, in a sentence
 * that names Canada or Australia, are that country's ("Canada rounds cash payments to five cents").
 */
function named(text: string, amounts: Amount[], lang: Lang): Amount[] {
  let dollars = false;
  let sterling = false;
  for (const a of amounts) {
    if (a.currency === 'GBP' && !PENNY.test(a.text)) sterling = true;
    else if (a.currency === 'USD') dollars = true;
  }
  const out: Amount[] = [];
  for (const a of amounts) {
    if (inTitle(text, a) || (lang !== 'de' && titleCaseScale(text, a))) continue;
    if (a.value !== null && a.value < 100 && coinNamed(text, a)) continue;
    if (a.currency === 'GBP' && dollars && !sterling && PENNY.test(a.text)) out.push({ ...a, currency: 'USD' });
    else if (a.currency === 'USD' && a.text.indexOf('$') < 0 && a.text.indexOf('US') < 0 && a.text.indexOf('U.S.') < 0) out.push(countryDollar(text, a));
    else out.push(a);
  }
  return out;
}

const PENNY = /\bpenn(?:y|ies)\b/i;
const DOLLAR_COUNTRIES: [RegExp, string][] = [
  [/(?<!\p{L})(?:canad(?:a|ian|iens?|iennes?|ees|ese)|kanad(?:a|ees|ese|isch|ische[nmrs]?|ier))(?!\p{L})/iu, 'CAD'],
  [/(?<!\p{L})australi(?:a|an|e|en|ens?|ennes?|ë|sch|sche[nmrs]?)(?!\p{L})/iu, 'AUD'],
];

/** The amount in the dollar of the country its sentence names, if it names one that has its own; else as it is, in US dollars. */
function countryDollar(text: string, a: Amount): Amount {
  let from = a.start;
  while (from > 0 && from > a.start - 300 && !SENTENCE_END.has(text.charCodeAt(from - 1))) from--;
  let to = a.end;
  while (to < text.length && to < a.end + 300 && !SENTENCE_END.has(text.charCodeAt(to))) to++;
  const sentence = text.slice(from, to);
  const hits = DOLLAR_COUNTRIES.filter(([re]) => re.test(sentence));
  return hits.length === 1 ? { ...a, currency: hits[0][1] } : a;
}

const SENTENCE_END = new Set(['.', '!', '?', '\n'].map((c) => c.charCodeAt(0)));
/** "the one-cent coin", "une pièce de 2 euros"; "why a penny costs more than a penny": a coin that costs is the coin. */
function coinNamed(text: string, a: Amount): boolean {
  // The next word's first letter, or the letters before, rule most amounts out without a pattern.
  const next = text.charCodeAt(a.end + 1) | 0x20;
  if ((next === 99 || next === 112 || next === 109 || next === 107) && (COIN_AFTER.test(text.slice(a.end, a.end + 12)) || (a.value! < 1 && COSTS_AFTER.test(text.slice(a.end, a.end + 10))))) return true;
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  return (before.includes('pi') || before.includes('mun') || before.includes('ünze')) && COIN_BEFORE.test(before);
}

const COSTS_AFTER = /^\s(?:costs?|coûte|kost|kostet)\b/i;
const COIN_BEFORE = /\b(?:pièces?|munt|münze)\s+(?:de\s+|van\s+|zu\s+)?$/i;
/** A coin's name after the amount: "the one-cent coin", "la pièce de 2 euros" is a count of one. */
const COIN_AFTER = /^[\s-]?(?:coins?|pieces?|munt(?:en|stuk(?:ken)?)?|münzen?|m(?:ü|ue)nzen?)\b/i;
/** Quotes that open and close a title (a straight one does both). */
const OPEN_QUOTE = new Set([...'“"«‘„'].map((c) => c.charCodeAt(0)));
const CLOSE_QUOTE = new Set([...'”"»’“'].map((c) => c.charCodeAt(0)));
const NEWLINE = 10;
const TITLE_REACH = 60;

/** Whether the amount stands in a short quoted span written in title case: “The £1,000,000 Bank-Note”. */
function inTitle(text: string, a: Amount): boolean {
  let open = -1;
  for (let p = a.start - 1; p >= 0 && p >= a.start - TITLE_REACH; p--) {
    const c = text.charCodeAt(p);
    // Quotes are 0x22 or above 0xAB; a line break ends the search.
    if (c === NEWLINE) return false;
    if (c !== 0x22 && c < 0xab) continue;
    if (OPEN_QUOTE.has(c)) {
      open = p;
      break;
    }
    if (CLOSE_QUOTE.has(c)) return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let p = a.end; p < text.length && p <= a.end + TITLE_REACH; p++) {
    const c = text.charCodeAt(p);
    if (c === NEWLINE) return false;
    if (CLOSE_QUOTE.has(c)) {
      close = p;
      break;
    }
  }
  if (close < 0) return false;
  const words = (text.slice(open + 1, a.start) + ' ' + text.slice(a.end, close)).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length >= 4);
  return long.length >= 1 && words.length >= 2 && long.every((w) => w[0] !== w[0].toLowerCase());
}

/** "Man with a Million": a bare scale in capitals inside a sentence, where the language writes it in lower case, is a title's. */
function titleCaseScale(text: string, a: Amount): boolean {
  // A scale is the amount's last word, after a space or a hyphen, and begins with M, B or T.
  const p = Math.max(a.text.lastIndexOf(' '), a.text.lastIndexOf('-')) + 1;
  const c = a.text.charCodeAt(p);
  if (c !== 77 && c !== 66 && c !== 84) return false;
  const last = a.text.slice(p);
  if (!SCALE_WORD.test(last) || !/^\p{Lu}\p{Ll}/u.test(last) || /[$€£¥₩]/.test(a.text)) return false;
  // At a sentence's or a line's start any word takes a capital.
  return a.start > 0 && !/(?:^|[.!?:\n]\s*)$/.test(text.slice(Math.max(0, a.start - 3), a.start));
}

const SCALE_WORD = /^(?:millions?|billions?|trillions?|milliards?|miljoen|miljard|biljoen|thousand)$/i;

/**
 * The bare scaled numbers that have a currency, in text order with the amounts. A bare number takes
 * the currency of the amounts within a few sentences of it, before or after (the subheading "Von 100
 * Millionen auf eine halbe Milliarde" over "damals mit 100 Mio. Euro"), when they agree on one; with
 * none so near, the text's currency if it names only one and an amount is within reach. When the near
 * ones disagree, an amount of the same value among them says it again in its currency ("Die zweite
 * Milliarde betrifft JAC ... rund 1 Mrd. Euro" among yuan). Otherwise it is unsure, and dropped.
 */
function withBares(amounts: Amount[], bares: Amount[]): Amount[] {
  const currencies = new Set(amounts.map((a) => a.currency));
  const out = [...amounts];
  for (const b of bares) {
    let nearest = Infinity;
    const close = new Set<string>();
    const same = new Set<string>();
    for (const a of amounts) {
      const d = a.end <= b.start ? b.start - a.end : a.start - b.end;
      nearest = Math.min(nearest, d);
      if (d > BARE_CLOSE) continue;
      close.add(a.currency);
      if (a.value === b.value) same.add(a.currency);
    }
    const currency = close.size === 1 ? [...close][0] : close.size > 1 && same.size === 1 ? [...same][0] : close.size === 0 && currencies.size === 1 && nearest <= BARE_REACH ? [...currencies][0] : null;
    if (currency) out.push({ ...b, currency });
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Scales in the singular, that name one of themselves with no number before them. */
const LONE_SCALES = new Set(['miljard', 'milliarde', 'milliard', 'miljoen', 'million']);

/**
 * A singular scale with no number or article before it ("steken miljard in", "die zweite Milliarde
 * betrifft"): one of it, when what follows says where the money goes, as scaledAfter asks.
 */
function loneScale(scan: Scan, i: number): { amount: Amount; last: number } | null {
  const t = scan.tokens;
  const before = i - 1;
  if (before < 0 || t.gap[i] === Gap.Newline || t.kind[before] !== TokenKind.Word || ARTICLES.has(scan.folded(before)) || scan.numberAt(before)) return null;
  const scale = scan.scaleAt(i, -1);
  // ...followed by a word that says where it goes: a scale alone at a sentence's end is no money ("in the millions.").
  if (!scale || scale.last !== i || t.kind[i + 1] !== TokenKind.Word || t.gap[i + 1] === Gap.Newline) return null;
  return scaledFrom(scan, i, one(i, i - 1), i, UNKNOWN_CURRENCY, null);
}

/** Articles, that stand for "one" before a scale. */
const ARTICLES = new Set(['ein', 'eine', 'einer', 'a', 'an', 'un', 'une', 'een']);
/** Words between a number and its scale that add it to money spoken of: "eine weitere Milliarde", "un autre milliard". */
const MORE_WORDS = new Set(['weitere', 'weiteren', 'zusatzliche', 'zusatzlichen', 'additional', 'further', 'extra', 'autre', 'nouveau', 'nouvelle', 'nieuwe']);

/** The number one, read from tokens first..last ("eine" of "eine weitere Milliarde"; none at all before a lone scale). */
const one = (first: number, last: number): ParsedNumber => ({ value: 1, first, last, grouped: false, words: true, weak: false });

/** Stands for the currency a bare number before the text's first amount will take from it. */
const UNKNOWN_CURRENCY: Amount = { text: '', value: 1, currency: '', qualifier: null, start: 0, end: 0 };

const NONE = 0x7fffffff;
/** The token may start a currency or a scale after a number. */
const MONEY_WORD = 1;
const NUMBER_WORD = 2;
/** The token may end a currency ("$", "euros", "dollars us"): what lets a number after it be money. */
const CURRENCY_END = 4;
/** The token may open or end money written without digits: "zweistelliger", Dutch "ton", "several", "billions". */
const SIZE_WORD = 8;
const SIZE_WORDS = ['ton', ...['ein', 'zwei', 'drei'].flatMap((n) => ['', 'e', 'en', 'er', 'es', 'em'].map((e) => `${n}stellig${e}`)),
  // The word that opens money sized by words ("a few" and "ein paar" by their second word)
  'few', 'paar', 'several', 'plusieurs', 'quelques', 'mehrere', 'einige', 'zig', 'enkele', 'meerdere', 'hundreds', 'dozens', 'tens', 'dizaines',
  'centaines', 'hunderte', 'dutzende', 'honderden', 'tientallen', ...PLURAL_SCALES];
const wordFlags = new HashFlags([
  ...SIZE_WORDS.map((w) => [hashFolded(w), SIZE_WORD] as const),
  ...[...currencies.looseStartHashes(), ...scales.looseStartHashes()].map((h) => [h, MONEY_WORD] as const),
  ...[...numberWords.looseStartHashes()].map((h) => [h, NUMBER_WORD] as const),
  ...currencies.endHashes().map((h) => [h, CURRENCY_END] as const),
]);

/** Reused from one text to the next: a page is read slice by slice, and fresh arrays per slice are only work for the collector. */
let flagsBuffer = new Uint8Array(4096);
let nearBuffer = new Int32Array(4096);

/**
 * Fills flagsBuffer (per token its flags) and nearBuffer (the index of the first currency or
 * scale word at or after it on the same line, NONE if there is none): one backward pass, then
 * every look-ahead is a comparison. Valid until the next call.
 */
function tokenFlags(tokens: Tokens): void {
  const { count, hash, gap } = tokens;
  if (flagsBuffer.length <= count) {
    flagsBuffer = new Uint8Array(count + 4096);
    nearBuffer = new Int32Array(count + 4096);
  }
  const flags = flagsBuffer;
  const near = nearBuffer;
  near[count] = NONE;
  let next = NONE;
  for (let k = count - 1; k >= 0; k--) {
    const f = wordFlags.get(hash[k]);
    flags[k] = f;
    if (f & MONEY_WORD) next = k;
    near[k] = next;
    // A currency or scale on the next line counts for nothing on this one.
    if (gap[k] === Gap.Newline) next = NONE;
  }
}

function currencyEndsAt(tokens: Tokens, flags: Uint8Array, j: number): boolean {
  return j >= 0 && (flags[j] & CURRENCY_END) !== 0 && currencies.endingAt(tokens, j) !== null;
}

/** A number word starts an amount only when what follows can carry it on ("un milliard", "forty-five", "zwei Euro"). */
function continuesNumberWords(tokens: Tokens, i: number, flags: Uint8Array): boolean {
  const n = i + 1;
  if (n >= tokens.count || tokens.gap[n] === Gap.Newline) return false;
  if (tokens.kind[n] === TokenKind.Punct) return tokens.text[tokens.start[n]] === '-' || (flags[n] & MONEY_WORD) !== 0;
  if ((flags[n] & (NUMBER_WORD | MONEY_WORD)) !== 0) return true;
  if (tokens.end[n] - tokens.start[n] >= 6 && compoundContext(tokens, n, flags)) return true;
  // "un autre milliard", "eine weitere Milliarde" (scaledAfter reads them).
  return n + 1 < tokens.count && (flags[n + 1] & MONEY_WORD) !== 0 && MORE_WORDS.has(tokenFolded(tokens, n));
}

/** A long word right before a scale or currency may be a German or Dutch compound number ("achtundsiebzig Millionen"). */
function compoundContext(tokens: Tokens, i: number, flags: Uint8Array): boolean {
  const next = tokens.kind[i + 1] === TokenKind.Punct && tokens.text[tokens.start[i + 1]] === '-' ? i + 2 : i + 1;
  return next < tokens.count && (flags[next] & MONEY_WORD) !== 0;
}

/** Tokens between a number's first token and its currency: "12 , 5 millions d ' euros", "1 000 000 $". */
const LOOK_AHEAD = 9;

function parseAmount(scan: Scan, n: number, floor: number): Parsed | null {
  const t = scan.tokens;
  // 1. A currency right before the number: "$", "US$", "EUR", "MAUD", "€ -12", "dollar" (words are stricter).
  let negative = false;
  let before = n - 1;
  if (before > floor && scan.isPunct(before, '-') && t.gap[n] === Gap.None) {
    negative = true;
    before--;
  }
  const back = before >= floor && t.gap[before + 1] !== Gap.Newline ? currencies.endingAt(t, before) : null;
  const prefix = back && back.first >= floor && !back.value.afterOnly ? { lex: back.value, last: back.last } : null;
  if (!prefix) negative = false;
  const i = prefix ? back!.first : n;
  let k = n;
  const first = scan.numberAt(k);
  if (!first) return null;
  if (prefix && prefix.lex.word && t.gap[k] === Gap.None) return null; // "Euro-7"
  if (prefix?.lex.written && (t.text.slice(t.start[i], t.end[i]) !== prefix.lex.written || (t.gap[k] === Gap.None && prefix.last === i))) return null; // "RS2"
  if (prefix?.lex.minor && !first.grouped) return null;
  k = first.last + 1;

  // 2. A range: "$10-15 million", "entre 3 et 4 millions", "between $3 and $4 million", and with a
  // scale on each side, "entre 800 millions et 1 milliard d'euros", "800 Mio. bis 1 Mrd. Euro".
  const range = parseRange(scan, i, k, first, prefix);
  const second = range?.second ?? null;
  if (range) k = range.next;

  // 3. Scale, then currency after ("1 milliard de dollars", "75 USD million", "M€").
  if (scan.isPunct(k, '-') && t.gap[k] === Gap.None && k + 1 < t.count && t.gap[k + 1] === Gap.None && scan.isScale(k + 1)) k++; // "demi-milliard"
  let scale = scan.scaleAt(k, k - 1);
  if (scale) k = scale.last + 1;
  let suffix: { lex: CurrencyLex; last: number } | null = null;
  if (k < t.count && t.gap[k] !== Gap.Newline) {
    // "12-cent", "one-yen", "siebenhundert-Euro": a hyphen binds number and unit.
    if (scan.isPunct(k, '-') && t.gap[k] === Gap.None && k + 1 < t.count && t.gap[k + 1] === Gap.None && scan.currencyAt(k + 1)) k++;
    suffix = currencyAfter(scan, k, scale !== null);
    if (suffix && prefix && suffix.lex.minor) suffix = null;
    // "£449.00 £549.00", "$89.99 $99.99": the sign after a prefixed amount begins the next one.
    if (suffix && prefix && !suffix.lex.word && suffix.last + 1 < t.count && t.kind[suffix.last + 1] === TokenKind.Number) suffix = null;
    if (suffix && !prefix && suffix.lex.minor && (scale || first.grouped && first.value >= 1e6)) suffix = null;
  }
  if (suffix) {
    k = suffix.last + 1;
    if (!scale) {
      scale = scan.scaleAt(k, -1);
      if (scale) k = scale.last + 1;
    }
  }
  // With its own scale the range's first side needs one on the second too: "800 millions et 1 milliard".
  if (range?.ownScale && !scale) return null;
  const currency = prefix ?? suffix;
  if (!currency) return null;
  if (first.weak && !scale && !currency.lex.minor) return null;
  // A year before a currency word is a price level, not an amount: "in 2019 dollars".
  if (!prefix && suffix?.lex.word && !scale && !first.grouped && !first.words && first.value >= 1900 && first.value <= 2100 && Number.isInteger(first.value)) return null;
  // A currency word before a number needs the number to look like money: "Euro 7" is a norm.
  if (prefix?.lex.word && !scale && !first.grouped) return null;
  if (first.words && !scale && !suffix) return null;
  // A won is worth a tenth of a US cent: Korean money without a scale runs to thousands ("the 3 won" is a count).
  if (!prefix && suffix?.lex.afterOnly && !scale && (second ?? first).value < 1000) return null;
  if (!prefix && suffix && !scale && !notWeightOrTitle(scan, i, n, suffix, first)) return null;

  const factor = (scale?.factor ?? 1) * (currency.lex.scale ?? 1);
  const unitValue = currency.lex.unitValue;
  const sign = negative ? -1 : 1;
  const iso = currency.lex.shared ? sharedSign(scan, i, k - 1, suffix?.lex.iso !== currency.lex.iso ? suffix?.lex.iso : undefined) : currency.lex.iso;
  let lastTok = k - 1;

  // 4. Cents after a main amount: "3 dollars 50 cents", "zwei Euro fünfzig", "15 dollars et 15".
  let cents = 0;
  if (!scale && !second && !currency.lex.minor && !currency.lex.scale && Number.isInteger(first.value)) {
    const minorPart = parseMinor(scan, k);
    if (minorPart) {
      cents = minorPart.value;
      lastTok = minorPart.last;
    }
  }
  // "$ 24,-": the Dutch way of writing a round amount.
  if (scan.isPunct(lastTok + 1, ',') && t.gap[lastTok + 1] === Gap.None && scan.isPunct(lastTok + 2, '-') && t.gap[lastTok + 2] === Gap.None) {
    lastTok += 2;
  }

  const startChar = t.start[i];
  const a: Amount = {
    text: t.text.slice(startChar, t.end[lastTok]),
    value: 0,
    currency: iso,
    qualifier: null,
    start: startChar,
    end: t.end[lastTok],
  };
  const units = (currency.lex.scale ?? 1) * (unitValue ?? 1);
  if (range) {
    // The scale spreads back to a bare first side ("3 et 4 millions"), never to one that has its own
    // or is already a whole number ("zwischen 500.000 und zehn Millionen Dollar").
    const low = first.value * (range.ownScale?.factor ?? (range.spread ? scale?.factor ?? 1 : 1));
    a.value = sign * low * units;
    a.max = range.second.value * factor * (unitValue ?? 1);
    a.qualifier = 'range';
  } else {
    a.value = sign * first.value * factor * (unitValue ?? 1) + cents;
    a.qualifier = qualifierBefore(scan, i) ?? perYearAfter(scan, lastTok);
  }
  if (unitValue !== undefined && unitValue !== 1) a.unitValue = unitValue;
  return { amounts: [a], last: lastTok };
}

interface Range {
  second: ParsedNumber;
  /** First token after the second number. */
  next: number;
  /** The first side's own scale ("800 millions et 1 milliard"). */
  ownScale: Scale | null;
  /** Whether the second side's scale is also the first's ("entre 3 et 4 millions"). */
  spread: boolean;
}

/** Openers after which two whole amounts are a change, not a range: "passé de 5 millions d'euros à 10 millions". */
const CHANGE_OPENERS = new Set(['from', 'de', 'van', 'von']);

/** The second side of a range starting at token k, right after the first number. */
function parseRange(scan: Scan, i: number, k: number, first: ParsedNumber, prefix: { lex: CurrencyLex } | null): Range | null {
  const t = scan.tokens;
  const opener = scan.folded(i - 1);
  const opened = RANGE_OPENERS.has(opener);
  // The first side's own scale and currency: "800 Mio. bis", "$800 million to", "800 millions d'euros et".
  let j = k;
  const ownScale = scan.scaleAt(k, k - 1);
  let ownIso = prefix?.lex.iso;
  if (ownScale) {
    j = ownScale.last + 1;
    if (DOTTED_SCALES.has(scan.folded(ownScale.last)) && scan.isPunct(j, '.') && t.gap[j] === Gap.None) j++;
    const own = currencyAfter(scan, j, true);
    if (own && !own.lex.minor) {
      if (ownIso && own.lex.iso !== ownIso) return null;
      ownIso = own.lex.iso;
      j = own.last + 1;
    }
    // Two whole amounts after "from"/"de" tell a change: "rose from $800 million to $1 billion".
    if (ownIso && CHANGE_OPENERS.has(opener)) return null;
  }
  const joiner = scan.folded(j);
  if (!(RANGE_JOINERS.has(joiner) || (opened && RANGE_JOINERS_AFTER_OPENER.has(joiner)))) return null;
  let m = j + 1;
  const again = scan.currencyAt(m);
  if (again && !again.lex.word && (ownIso === undefined || again.lex.iso === ownIso)) m = again.last + 1;
  else if (again && ownIso === undefined && ownScale) return null;
  if (m >= t.count || t.gap[m] === Gap.Newline) return null;
  const second = scan.numberAt(m);
  if (!second || second.weak) return null;
  if (ownScale && !scan.isScale(second.last + 1)) return null;
  const spread = !ownScale && !first.grouped && first.value < 1000;
  // A bare whole number the scale does not reach is a year or a count: "de 2021 à 42 milliards".
  if (!ownScale && !spread && !first.grouped && scan.isScale(second.last + 1)) return null;
  const secondScale = scan.isScale(second.last + 1) ? scan.scaleAt(second.last + 1, second.last)?.factor ?? 1 : 1;
  const low = first.value * (ownScale?.factor ?? (spread ? secondScale : 1));
  // A range climbs: "$10-15 million"; "2018-2022" is none, nor "drops from £1,050 to £720" (a change).
  if (!(second.value * secondScale > low)) return null;
  return { second, next: second.last + 1, ownScale, spread };
}

/** A currency at k, or after the "de"/"d'"/"van" French and Dutch put between a scale and it. */
function currencyAfter(scan: Scan, k: number, scaled: boolean): { lex: CurrencyLex; last: number } | null {
  const direct = scan.currencyAt(k);
  if (direct || !scaled) return direct;
  const f = scan.folded(k);
  if ((f === 'de' || f === 'van') && scan.currencyAt(k + 1)) return scan.currencyAt(k + 1);
  if (f === 'd' && scan.isPunct(k + 1) && scan.folded(k + 1) === "'") return scan.currencyAt(k + 2);
  return null;
}

/**
 * A currency word after a bare number that may be something else: a pound is also a weight
 * ("8.4 pounds", "a 300-pound cover"); a capitalised "99 Francs" or "Two Cents" in a language that
 * writes currencies in lower case is a title. (A scale, a prefix or a grouped number never gets here.)
 */
function notWeightOrTitle(scan: Scan, i: number, n: number, suffix: { lex: CurrencyLex; last: number }, num: ParsedNumber): boolean {
  const t = scan.tokens;
  const lex = suffix.lex;
  if (!lex.word) return true;
  const c = t.text.charCodeAt(t.start[suffix.last]);
  const capital = c >= 65 && c <= 90;
  if (capital && scan.lang !== 'de' && !num.grouped && lex.iso !== 'EUR') {
    // "99 Francs", "Two Cents": a title, unless the word is in capitals throughout ("99 FRANCS").
    const numCap = t.kind[n] !== TokenKind.Word || (t.text.charCodeAt(t.start[n]) >= 65 && t.text.charCodeAt(t.start[n]) <= 90);
    const shouting = t.text.slice(t.start[suffix.last], t.end[suffix.last]).toUpperCase() === t.text.slice(t.start[suffix.last], t.end[suffix.last]);
    if (numCap && !shouting) return false;
  }
  // French "livres" are pounds sterling, unless a weight in grams stands just before: "1 kg de pommes (environ 2 livres)".
  if (lex.weightNear) return num.value >= 1000 || !WEIGHT_UNITS_BEFORE.some((u) => wordBefore(scan, i, u, 8));
  if (!lex.weight) return true;
  // "a 300-pound manhole cover", "8 pounds of", "220 pounds heavy": a weight.
  if (scan.isPunct(suffix.last - 1, '-') && t.gap[suffix.last] === Gap.None) return false;
  if (weightAfter.at(t, suffix.last + 1)) return false;
  return moneyContextBefore(scan, i);
}

/** Whether `word` stands among the `words` words before token i, in the same sentence. */
function wordBefore(scan: Scan, i: number, word: string, words: number): boolean {
  const t = scan.tokens;
  for (let b = i - 1, n = 0; b >= 0 && n < words; b--) {
    if (t.gap[b + 1] === Gap.Newline || scan.isPunct(b, '.')) break;
    if (scan.folded(b) === word) return true;
    if (t.kind[b] === TokenKind.Word) n++;
  }
  return false;
}

/** ¥ for yen or yuan: the currency word after it, else the words of the line around it. */
function sharedSign(scan: Scan, first: number, last: number, wordAfter: string | undefined): string {
  if (wordAfter) return wordAfter;
  const t = scan.tokens;
  let yuan = 0;
  let yen = 0;
  for (let b = first - 1; b >= 0 && b >= first - 40 && t.gap[b + 1] !== Gap.Newline; b--) {
    const f = scan.folded(b);
    if (YUAN_CUES.has(f)) yuan++;
    else if (YEN_CUES.has(f)) yen++;
  }
  for (let a = last + 1; a < t.count && a <= last + 20 && t.gap[a] !== Gap.Newline; a++) {
    const f = scan.folded(a);
    if (YUAN_CUES.has(f)) yuan++;
    else if (YEN_CUES.has(f)) yen++;
  }
  return yuan > yen ? 'CNY' : 'JPY';
}

/**
 * A bare scaled number right after an amount and a connector takes that amount's currency:
 * "3,2 milliards d'euros, dont 900 millions pour la France", "2 Mrd. Euro, davon 800 Millionen".
 * Only when nothing names what is counted: "dont 500 millions de personnes" counts people.
 */
function carriedAmount(scan: Scan, last: number, from: Amount): { amount: Amount; last: number } | null {
  const t = scan.tokens;
  if (from.value === null || from.unitValue !== undefined) return null;
  let k = last + 1;
  if (scan.isPunct(k, ',') || scan.isPunct(k, '(')) k++;
  if (k >= t.count || t.gap[k] === Gap.Newline) return null;
  const connector = connectors.at(t, k);
  if (!connector) return null;
  k = connector.last + 1;
  const more = carryMore.at(t, k);
  if (more) k = more.last + 1;
  const qualifier = qualifiers.at(t, k);
  const numberAt = qualifier ? qualifier.last + 1 : k;
  return scaledAfter(scan, numberAt, from, qualifier?.value ?? null);
}

/** How far after an amount (in characters) a bare scaled number still takes its currency; and within how far it does whatever else the text names. */
const BARE_REACH = 1500;
const BARE_CLOSE = 400;

/**
 * A bare scaled number at `numberAt` ("900 millions", "eine Milliarde", "half miljard") as money in
 * `from`'s currency, when what follows names nothing counted (a stop, a word saying where it goes).
 */
function scaledAfter(scan: Scan, numberAt: number, from: Amount, qualifier: AmountQualifier | null): { amount: Amount; last: number } | null {
  const t = scan.tokens;
  if (from.value === null || from.unitValue !== undefined) return null;
  if (numberAt >= t.count) return null;
  // "Eine weitere Milliarde", "un autre milliard": an article, a word that says the money comes on top, a scale: one of it.
  const more = t.kind[numberAt] === TokenKind.Word && ARTICLES.has(scan.folded(numberAt)) && MORE_WORDS.has(scan.folded(numberAt + 1)) && scan.isScale(numberAt + 2);
  const num: ParsedNumber | null = more ? one(numberAt, numberAt) : scan.numberAt(numberAt);
  if (!num) return null;
  // "130-Millionen-Runde": number and scale glued by a hyphen, in a compound.
  const glued = !more && scan.isPunct(num.last + 1, '-') && t.gap[num.last + 1] === Gap.None && t.gap[num.last + 2] === Gap.None && scan.isScale(num.last + 2);
  const at = more ? numberAt + 2 : glued ? num.last + 2 : num.last + 1;
  if (num.weak && !scan.isScale(at)) return null;
  return scaledFrom(scan, numberAt, num, at, from, qualifier);
}

/** The scaled amount whose number is `num` and whose scale stands at `at`, if what follows lets it be money. */
function scaledFrom(scan: Scan, numberAt: number, num: ParsedNumber, at: number, from: Amount, qualifier: AmountQualifier | null): { amount: Amount; last: number } | null {
  const t = scan.tokens;
  const scale = scan.scaleAt(at, at - 1);
  if (!scale) return null;
  // What comes next: nothing, a stop, or a word that says where the money goes.
  const next = scale.last + 1;
  if (next < t.count && t.gap[next] !== Gap.Newline) {
    if (scan.isCurrency(next)) return null; // a whole amount of its own: the scanner reads it
    // A compound names a thing ("einer Bio-Zitrone", "die Millionen-Frage"), unless it names money ("130-Millionen-Runde").
    if (scan.isPunct(next, '-') && t.start[next] === t.end[scale.last]) return MONEY_HEADS.has(scan.folded(next + 1)) ? money(scan, numberAt, num, scale, from, qualifier) : null;
    if (t.kind[next] === TokenKind.Word) {
      // German writes every noun with a capital: a word in lower case counts nothing ("und weitere
      // 75 Millionen freigibt") unless it is an adjective before one ("800 Millionen neue Aktien").
      const german = scan.lang === 'de' && !isCapital(t, next) && !(t.kind[next + 1] === TokenKind.Word && isCapital(t, next + 1));
      if (!german && !CARRY_FOLLOWERS.has(scan.folded(next))) return null;
    } else if (scan.isPunct(next, '%') || percent.at(t, next)) return null;
  }
  return money(scan, numberAt, num, scale, from, qualifier);
}

function money(scan: Scan, numberAt: number, num: ParsedNumber, scale: { factor: number; last: number }, from: Amount, qualifier: AmountQualifier | null): { amount: Amount; last: number } {
  const t = scan.tokens;
  const start = t.start[numberAt];
  return {
    amount: { text: t.text.slice(start, t.end[scale.last]), value: num.value * scale.factor, currency: from.currency, qualifier, start, end: t.end[scale.last] },
    last: scale.last,
  };
}

/** Heads of a compound that make it money: "130-Millionen-Runde", "Milliarden-Deal", "500-Millionen-Investition". */
const MONEY_HEADS = new Set(['runde', 'deal', 'investition', 'finanzierung', 'finanzierungsrunde', 'spritze', 'kredit', 'paket', 'ubernahme', 'beteiligung', 'ronde', 'investering']);

function isCapital(t: Tokens, k: number): boolean {
  const c = t.text.charCodeAt(t.start[k]);
  return c >= 65 && c <= 90;
}

/**
 * German money sized by its digits: "(einen hohen) zweistelligen Millionenbetrag (in Euro)",
 * "ein hoher zweistelliger Millionen-Euro-Betrag". In euros unless the words name another currency.
 */
function sizedAmount(scan: Scan, i: number): { amount: Amount; last: number } | null {
  const t = scan.tokens;
  if (!DIGIT_COUNT_WORD.test(scan.folded(i)) || i + 1 >= t.count || t.gap[i + 1] === Gap.Newline) return null;
  let last = i + 1;
  let iso = 'EUR';
  const word = scan.folded(last);
  if (!SIZED_AMOUNT_WORD.test(word)) {
    // "Millionen-Euro-Betrag", "Milliarden-Dollar-Betrag"
    if (!SIZED_SCALE_WORD.test(word) || !scan.isPunct(last + 1, '-') || !scan.isPunct(last + 3, '-')) return null;
    const cur = scan.currencyAt(last + 2);
    if (!cur || cur.last !== last + 2 || !SIZED_BETRAG.test(scan.folded(last + 4))) return null;
    iso = cur.lex.iso;
    last += 4;
  } else if (scan.folded(last + 1) === 'in' && scan.currencyAt(last + 2)) {
    // "Millionenbetrag in Dollar"
    const cur = scan.currencyAt(last + 2)!;
    iso = cur.lex.iso;
    last = cur.last;
  }
  return {
    amount: { text: t.text.slice(t.start[i], t.end[last]), value: null, currency: iso, qualifier: 'unquantified', start: t.start[i], end: t.end[last] },
    last,
  };
}

/**
 * Money sized by words, not counted: "a few hundred million dollars", "billions of dollars",
 * "plusieurs dizaines de millions d'euros" (see VAGUE_WORDS). Kept with no value.
 */
function vagueAmount(scan: Scan, i: number, floor: number): { amount: Amount; last: number } | null {
  const t = scan.tokens;
  // "a few", "ein paar", "een paar" are flagged at their second word.
  let first = i;
  const f = scan.folded(i);
  if ((f === 'few' || f === 'paar') && i - 1 >= floor && t.gap[i] !== Gap.Newline) first = i - 1;
  let k = first;
  const vague = vagueWords.at(t, k);
  if (vague) k = vague.last + 1;
  else if (first !== i) return null;
  const multiple = vagueMultiples.at(t, k);
  if (multiple) k = multiple.last + 1;
  if (!vague && !multiple && !PLURAL_SCALES.has(scan.folded(k))) return null;
  if (k >= t.count || (k > first && t.gap[k] === Gap.Newline)) return null;
  const scale = scales.mayStart(t, k) ? scan.scaleAt(k, -1, k === first) : null;
  if (scale) k = scale.last + 1;
  let currency = currencyAfter(scan, k, true);
  if (!currency && scan.folded(k) === 'of') currency = scan.currencyAt(k + 1);
  if (!currency || (currency.lex.minor && scale) || currency.lex.scale) return null;
  for (let m = first + 1; m <= currency.last; m++) if (t.gap[m] === Gap.Newline) return null; // one line
  // "a few $5 million deals": the sign begins a counted amount, read on its own.
  if (currency.last + 1 < t.count && (t.kind[currency.last + 1] === TokenKind.Number || scan.numberAt(currency.last + 1)?.weak === false)) return null;
  // Pounds of weight: "several hundred pounds of scrap" unless money is spoken of just before.
  if (!scale && currency.lex.weight && (weightAfter.at(t, currency.last + 1) || !moneyContextBefore(scan, first))) return null;
  const iso = currency.lex.shared ? sharedSign(scan, first, currency.last, undefined) : currency.lex.iso;
  const start = t.start[first];
  return {
    amount: { text: t.text.slice(start, t.end[currency.last]), value: null, currency: iso, qualifier: 'unquantified', start, end: t.end[currency.last] },
    last: currency.last,
  };
}

/** A word of paying, costing or raising a few words before token i, in the same sentence. */
function moneyContextBefore(scan: Scan, i: number): boolean {
  const t = scan.tokens;
  for (let b = i - 1, words = 0; b >= 0 && words < 8; b--) {
    if (t.gap[b + 1] === Gap.Newline || scan.isPunct(b, '.')) break;
    if (MONEY_CONTEXT.has(scan.folded(b))) return true;
    if (t.kind[b] === TokenKind.Word) words++;
  }
  return false;
}

/**
 * Dutch "vijf ton": 500,000 euros, a round figure (qualifier `about`). The word before it must be a
 * small number; the word after decides between money and tonnes (see TON_FOLLOWERS).
 */
function tonAmount(scan: Scan, i: number, floor: number): { amount: Amount; last: number } | null {
  const t = scan.tokens;
  if (scan.folded(i) !== 'ton') return null;
  let num: ParsedNumber | null = null;
  for (let s = Math.max(floor, i - 3); s < i && !num; s++) {
    const n = scan.numberAt(s);
    if (n && n.last === i - 1 && !n.grouped) num = n;
  }
  // In words, as the idiom is said ("vijf ton", "anderhalve ton"): "1 ton" in digits is a tonne.
  if (!num || !num.words || !(num.value > 0 && num.value < 10)) return null;
  if (t.gap[i] === Gap.None || t.gap[i] === Gap.Newline) return null;
  const next = i + 1;
  const before = scan.folded(num.first - 1);
  let money = false;
  if (next >= t.count || t.gap[next] === Gap.Newline || (t.kind[next] === TokenKind.Punct && '.,;:!?'.includes(t.text[t.start[next]]))) {
    money = !TON_WEIGHT_BEFORE.has(before);
  } else if (t.kind[next] === TokenKind.Word) {
    money = TON_FOLLOWERS.has(scan.folded(next)) || (TON_BEFORE.has(before) && scan.folded(next) !== 'per');
  }
  if (!money) return null;
  const first = num.first;
  return {
    amount: { text: t.text.slice(t.start[first], t.end[i]), value: num.value * 1e5, currency: 'EUR', qualifier: 'about', start: t.start[first], end: t.end[i] },
    last: i,
  };
}

/** The cents of "3 dollars 50 cents", "thirteen dollars and forty-five cents", "5 euro 50". */
function parseMinor(scan: Scan, k: number): { value: number; last: number } | null {
  const t = scan.tokens;
  if (k >= t.count || t.gap[k] === Gap.Newline || t.gap[k] === Gap.None && t.kind[k] !== TokenKind.Punct) return null;
  let m = k;
  if (MINOR_JOINERS.has(scan.folded(m))) m++;
  if (m >= t.count || t.gap[m] === Gap.None || t.gap[m] === Gap.Newline) return null;
  const n = scan.numberAt(m);
  if (!n || n.weak || n.value >= 100 || n.value < 0 || !Number.isInteger(n.value) || n.grouped) return null;
  let last = n.last;
  let unit = 0.01;
  const after = scan.currencyAt(last + 1);
  if (after) {
    if (!after.lex.minor) return null; // "50 dollar 50 dollar": a second amount, not cents
    unit = after.lex.unitValue ?? 0.01;
    last = after.last;
  } else if (scan.isScale(last + 1) || scan.isPunct(last + 1, '%') || (last + 1 < t.count && t.gap[last + 1] === Gap.None && t.kind[last + 1] !== TokenKind.Punct)) {
    return null;
  } else if (percent.at(t, last + 1)) {
    return null;
  }
  return { value: n.value * unit, last };
}

function qualifierBefore(scan: Scan, i: number): Qualifier | null {
  const t = scan.tokens;
  if (i === 0 || t.gap[i] === Gap.Newline) return null;
  // Only the words right before the amount ("plus d'un milliard"): a qualifier further away qualifies something else.
  const hit = qualifiers.endingAt(t, i - 1);
  return hit ? hit.value : null;
}

function perYearAfter(scan: Scan, last: number): Qualifier | null {
  const t = scan.tokens;
  // Up to two words may stand between: "200 miljoen dollar investeringen per jaar".
  for (let k = last + 1, words = 0; k < t.count && words <= 2; k++) {
    if (t.gap[k] === Gap.Newline) return null;
    const hit = perYear.at(t, k);
    if (hit) return perYearBlockers.at(t, hit.last + 1) ? null : 'per_year';
    if (t.kind[k] !== TokenKind.Word) return null;
    words++;
  }
  return null;
}
