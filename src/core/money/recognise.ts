import type { Lang, Qualifier } from '../kb/types';
import { HashFlags } from '../text/hash-flags';
import { PhraseTable } from '../text/phrase-table';
import { Gap, TokenKind, tokenFolded, tokenize, type Tokens } from '../text/tokenize';
import {
  CURRENCIES, DOTTED_SCALES, GLUED_ONLY_SCALES, MINOR_JOINERS, PER_YEAR_AFTER, PER_YEAR_BLOCKERS, QUALIFIERS_BEFORE,
  RANGE_JOINERS, RANGE_JOINERS_AFTER_OPENER, RANGE_OPENERS, SCALES, NUMBER_WORDS, FRACTIONS, PERCENT_WORDS, type CurrencyLex,
} from './lexicon';
import { beginsNumberWords, parseDigits, parseWords, type ParsedNumber, type WordNumberContext } from './parse-number';

export interface Amount {
  /** The text as it stands, from the first token of the amount to its last (qualifier words excluded). */
  text: string;
  /** In units of the currency: 1e9 for "un milliard de dollars", 0.5 for "50 cents". */
  value: number;
  /** ISO 4217; a bare $ is USD. */
  currency: string;
  qualifier: Qualifier | null;
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

  scaleAt(k: number, afterNumber: number): Scale | null {
    const t = this.tokens;
    if (k >= t.count || t.gap[k] === Gap.Newline) return null;
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
    if (!maybe) {
      i++;
      continue;
    }
    const parsed = parseAmount(scan, i, floor);
    if (parsed) {
      out.push(...parsed.amounts);
      i = floor = parsed.last + 1;
      continue;
    }
    // Skip the whole number that failed, so a long run of digits is read once, not once per group.
    const num = k === TokenKind.Number ? parseDigits(tokens, i, lang) : null;
    i = num ? num.last + 1 : i + 1;
  }
  return out;
}

const NONE = 0x7fffffff;
/** The token may start a currency or a scale after a number. */
const MONEY_WORD = 1;
const NUMBER_WORD = 2;
/** The token may end a currency ("$", "euros", "dollars us"): what lets a number after it be money. */
const CURRENCY_END = 4;
const wordFlags = new HashFlags([
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
  return (flags[n] & (NUMBER_WORD | MONEY_WORD)) !== 0 || (tokens.end[n] - tokens.start[n] >= 6 && compoundContext(tokens, n, flags));
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
  const prefix = back && back.first >= floor ? { lex: back.value, last: back.last } : null;
  if (!prefix) negative = false;
  const i = prefix ? back!.first : n;
  let k = n;
  const first = scan.numberAt(k);
  if (!first) return null;
  if (prefix && prefix.lex.word && t.gap[k] === Gap.None) return null; // "Euro-7"
  if (prefix?.lex.minor && !first.grouped) return null;
  k = first.last + 1;

  // 2. A range: "$10-15 million", "entre 3 et 4 millions", "between $3 and $4 million".
  let second: ParsedNumber | null = null;
  let secondStart = -1;
  const joiner = scan.folded(k);
  const opened = RANGE_OPENERS.has(scan.folded(i - 1));
  if (RANGE_JOINERS.has(joiner) || (opened && RANGE_JOINERS_AFTER_OPENER.has(joiner))) {
    let m = k + 1;
    const again = scan.currencyAt(m);
    if (again && prefix && again.lex.iso === prefix.lex.iso) m = again.last + 1;
    const n2 = scan.numberAt(m);
    if (n2 && !n2.weak && t.gap[m] !== Gap.Newline && (joiner !== '-' || n2.value > first.value)) {
      second = n2;
      secondStart = again && prefix && again.lex.iso === prefix.lex.iso ? k + 1 : m;
      k = n2.last + 1;
    }
  }

  // 3. Scale, then currency after ("1 milliard de dollars", "75 USD million", "M€").
  if (scan.isPunct(k, '-') && t.gap[k] === Gap.None && k + 1 < t.count && t.gap[k + 1] === Gap.None && scan.isScale(k + 1)) k++; // "demi-milliard"
  let scale = scan.scaleAt(k, k - 1);
  if (scale) k = scale.last + 1;
  let suffix: { lex: CurrencyLex; last: number } | null = null;
  if (k < t.count && t.gap[k] !== Gap.Newline) {
    // "12-cent", "one-yen", "siebenhundert-Euro": a hyphen binds number and unit.
    if (scan.isPunct(k, '-') && t.gap[k] === Gap.None && k + 1 < t.count && t.gap[k + 1] === Gap.None && scan.currencyAt(k + 1)) k++;
    suffix = scan.currencyAt(k);
    if (!suffix && scale) {
      // French and Dutch put "de"/"d'" between scale and currency.
      const f = scan.folded(k);
      if ((f === 'de' || f === 'van') && scan.currencyAt(k + 1)) suffix = scan.currencyAt(k + 1);
      else if (f === 'd' && scan.isPunct(k + 1) && scan.folded(k + 1) === "'" && scan.currencyAt(k + 2)) suffix = scan.currencyAt(k + 2);
    }
    if (suffix && prefix && suffix.lex.minor) suffix = null;
    if (suffix && !prefix && suffix.lex.minor && (scale || first.grouped && first.value >= 1e6)) suffix = null;
  }
  if (suffix) {
    k = suffix.last + 1;
    if (!scale) {
      scale = scan.scaleAt(k, -1);
      if (scale) k = scale.last + 1;
    }
  }
  const currency = prefix ?? suffix;
  if (!currency) return null;
  if (first.weak && !scale && !currency.lex.minor) return null;
  // A year before a currency word is a price level, not an amount: "in 2019 dollars".
  if (!prefix && suffix?.lex.word && !scale && !first.grouped && !first.words && first.value >= 1900 && first.value <= 2100 && Number.isInteger(first.value)) return null;
  // A currency word before a number needs the number to look like money: "Euro 7" is a norm.
  if (prefix?.lex.word && !scale && !first.grouped) return null;
  if (first.words && !scale && !suffix) return null;

  const factor = (scale?.factor ?? 1) * (currency.lex.scale ?? 1);
  const unitValue = currency.lex.unitValue;
  const sign = negative ? -1 : 1;
  const iso = currency.lex.iso;
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

  const qualifier = qualifierBefore(scan, i) ?? perYearAfter(scan, lastTok);
  const startChar = t.start[i];
  const amounts: Amount[] = [];
  const make = (from: number, to: number, value: number): Amount => {
    const a: Amount = {
      text: t.text.slice(from, to),
      value: (value * factor) * (unitValue ?? 1),
      currency: iso,
      qualifier,
      start: from,
      end: to,
    };
    if (unitValue !== undefined && unitValue !== 1) a.unitValue = unitValue;
    return a;
  };
  if (second) {
    amounts.push(make(startChar, t.end[first.last], sign * first.value));
    amounts.push(make(t.start[secondStart], t.end[lastTok], second.value));
  } else {
    const a = make(startChar, t.end[lastTok], sign * first.value);
    a.value += cents;
    amounts.push(a);
  }
  return { amounts, last: lastTok };
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
