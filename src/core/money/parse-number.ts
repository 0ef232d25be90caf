import type { Lang } from '../kb/types';
import { Gap, TokenKind, tokenFolded, type Tokens } from '../text/tokenize';
import { COMPOUND_JOINERS, COMPOUND_PARTS, FRACTIONS, NUMBER_WORDS, STRESSED_ONE, type NumberWordLex } from './lexicon';

export interface ParsedNumber {
  value: number;
  /** First and last token of the number. */
  first: number;
  last: number;
  /** Written with grouping separators ("100,000", "1 000"): never a bare year. */
  grouped: boolean;
  /** Written in words ("un milliard"). */
  words: boolean;
  /** Only an article or a fraction ("a", "half"): money only before a scale, a hundred or a coin. */
  weak: boolean;
}

/** Digit groups beyond this are not a number anyone writes: stop, and keep the scan linear. */
const MAX_GROUPS = 7;

const sepAt = (tokens: Tokens, k: number): string => tokens.text[tokens.start[k]];

function digitsOf(tokens: Tokens, k: number): string {
  return tokens.text.slice(tokens.start[k], tokens.end[k]);
}

/**
 * Reads "1,000,000", "1.000.000", "1 000 000" (any space), "12,5", "125.000,50", "20,000.00",
 * "12,34,567.89". One separator followed by exactly three digits is the ambiguous case:
 * English reads "12,345" as twelve thousand and "1.175" as a decimal, French, Dutch and German
 * the other way round.
 */
export function parseDigits(tokens: Tokens, i: number, lang: Lang): ParsedNumber | null {
  if (tokens.kind[i] !== TokenKind.Number) return null;
  const groups = [digitsOf(tokens, i)];
  const seps: string[] = [];
  let last = i;
  let k = i;
  while (groups.length < MAX_GROUPS) {
    const next = k + 1;
    if (next >= tokens.count) break;
    // Glued punctuation between two digit runs: "1,5", "1.000", "1'000".
    if (tokens.kind[next] === TokenKind.Punct && tokens.gap[next] === Gap.None && next + 1 < tokens.count &&
        tokens.kind[next + 1] === TokenKind.Number && tokens.gap[next + 1] === Gap.None) {
      const sep = sepAt(tokens, next);
      if (sep !== ',' && sep !== '.' && sep !== "'" && sep !== '\u2019') break;
      seps.push(sep === '\u2019' ? "'" : sep);
      groups.push(digitsOf(tokens, next + 1));
      k = next + 1;
      continue;
    }
    // A space between digit runs only as a thousands separator: "723 680", "12 500".
    if (tokens.kind[next] === TokenKind.Number && (tokens.gap[next] === Gap.HardSpace || tokens.gap[next] === Gap.Space) &&
        tokens.end[next] - tokens.start[next] === 3 && groups[0].length <= 3 && groups.every((g, n) => n === 0 || g.length === 3) &&
        seps.every((s) => s === ' ')) {
      seps.push(' ');
      groups.push(digitsOf(tokens, next));
      k = next;
      continue;
    }
    break;
  }
  // Interpret, and give back the groups that do not fit.
  let used = groups.length;
  let value = NaN;
  while (used >= 1) {
    value = interpret(groups.slice(0, used), seps.slice(0, used - 1), lang);
    if (!Number.isNaN(value)) break;
    used--;
  }
  if (Number.isNaN(value)) return null;
  // Token index of the last used group.
  last = i;
  for (let g = 1, t = i; g < used; g++) {
    t += seps[g - 1] === ' ' ? 1 : 2;
    last = t;
  }
  return { value, first: i, last, grouped: used > 1 && seps.slice(0, used - 1).some((s) => s !== '.' && s !== ',') || (used > 1 && isThousands(groups, seps, used)), words: false, weak: false };
}

function isThousands(groups: string[], seps: string[], used: number): boolean {
  return used > 1 && groups.slice(1, used).every((g) => g.length === 3) && new Set(seps.slice(0, used - 1)).size === 1;
}

function interpret(groups: string[], seps: string[], lang: Lang): number {
  if (groups.length === 1) return Number(groups[0]);
  const int = (gs: string[]) => Number(gs.join(''));
  const allSame = seps.every((s) => s === seps[0]);
  const threes = (gs: string[]) => gs.every((g) => g.length === 3);
  if (allSame) {
    const sep = seps[0];
    if (sep === ' ' || sep === "'") return groups[0].length <= 3 && threes(groups.slice(1)) ? int(groups) : NaN;
    if (seps.length >= 2) {
      if (groups[0].length <= 3 && threes(groups.slice(1))) return int(groups);
      // Indian grouping: 12,34,567
      if (sep === ',' && groups[groups.length - 1].length === 3 && groups.slice(1, -1).every((g) => g.length === 2)) return int(groups);
      return NaN;
    }
    // One separator.
    const frac = groups[1];
    if (frac.length !== 3 || groups[0] === '0') return Number(`${groups[0]}.${frac}`);
    const commaIsDecimal = lang !== 'en';
    const thousands = sep === ',' ? !commaIsDecimal : commaIsDecimal;
    return thousands && groups[0].length <= 3 ? int(groups) : Number(`${groups[0]}.${frac}`);
  }
  // Thousands with one mark, then decimals with the other: 125.000,50 / 20,000.00 / 1 234,56
  const decSep = seps[seps.length - 1];
  const thouSeps = seps.slice(0, -1);
  if (thouSeps.every((s) => s === thouSeps[0]) && thouSeps[0] !== decSep && groups[0].length <= 3 && threes(groups.slice(1, -1))) {
    return Number(`${groups.slice(0, -1).join('')}.${groups[groups.length - 1]}`);
  }
  return NaN;
}

/** The first two letters of every compound part: a word that starts otherwise is no compound, and needs no splitting. */
const COMPOUND_STARTS = new Set(Object.keys(COMPOUND_PARTS).filter((w) => w.length >= 2 && w.length <= 9).map((w) => w.charCodeAt(0) * 65536 + w.charCodeAt(1)));

/** German and Dutch numbers written as one word: "achtundsiebzig", "vijfenveertig", "siebenhundert". */
export function parseCompound(folded: string): number | null {
  if (folded.length < 6 || folded.length > 60) return null;
  if (!COMPOUND_STARTS.has(folded.charCodeAt(0) * 65536 + folded.charCodeAt(1))) return null;
  // Longest-first split into known parts, with "und"/"en" allowed between a unit and a ten.
  const parts: NumberWordLex[] = [];
  let p = 0;
  outer: while (p < folded.length) {
    for (let len = Math.min(9, folded.length - p); len >= 2; len--) {
      const piece = folded.slice(p, p + len);
      const lex = COMPOUND_PARTS[piece];
      if (lex) {
        parts.push(lex);
        p += len;
        continue outer;
      }
      if (COMPOUND_JOINERS.includes(piece) && parts.length > 0) {
        p += len;
        continue outer;
      }
    }
    return null;
  }
  if (parts.length < 2) return null;
  return combine(parts);
}

/** Adds, multiplies and groups number words the way they are read ("deux cent mille" = 200,000). */
function combine(parts: NumberWordLex[]): number | null {
  let total = 0;
  let cur = 0;
  let pendingUnit = 0;
  for (const part of parts) {
    if (part.kind === 'unit') {
      // "acht und siebzig": the unit before "und" comes after the ten.
      if (pendingUnit && part.value >= 20) {
        cur += part.value + pendingUnit;
        pendingUnit = 0;
      } else if (part.value < 10 && !pendingUnit && cur % 100 === 0) {
        pendingUnit = part.value;
      } else {
        cur += pendingUnit + part.value;
        pendingUnit = 0;
      }
    } else if (part.kind === 'hundred') {
      cur = ((cur % 100) + pendingUnit || 1) * 100 + (cur - (cur % 100));
      pendingUnit = 0;
    } else {
      total += (cur + pendingUnit || 1) * 1000;
      cur = 0;
      pendingUnit = 0;
    }
  }
  return total + cur + pendingUnit;
}

/**
 * Whether a word can begin a number in words: what parseWords asks of its first word before it
 * reads on (so where this says no, parseWords finds nothing). Looked up as parseWords looks
 * them up, with the same null-prototype tables.
 */
export function beginsNumberWords(folded: string): boolean {
  return NUMBER_WORDS[folded] !== undefined || FRACTIONS[folded] !== undefined || parseCompound(folded) !== null;
}

export interface WordNumberContext {
  lang: Lang;
  /** Whether a token is a scale, a currency or a coin: what makes "cent" a hundred or "a" a one. */
  isScale(k: number): boolean;
  isCurrency(k: number): boolean;
  isMinorCurrency(k: number): boolean;
}

/** Longest run of number words: "deux cents", "forty-five", "three quarters", "een half". */
export function parseWords(tokens: Tokens, i: number, ctx: WordNumberContext, maxTokens = 12): ParsedNumber | null {
  let total = 0;
  let cur = 0;
  let lastUnit = Infinity;
  let last = -1;
  let weak = true;
  let any = false;
  let fraction = 0;
  let k = i;
  while (k < tokens.count && k < i + maxTokens) {
    if (tokens.kind[k] !== TokenKind.Word) break;
    if (k > i && tokens.gap[k] === Gap.Newline) break;
    const folded = tokenFolded(tokens, k);
    const raw = tokens.text.slice(tokens.start[k], tokens.end[k]).toLowerCase();
    let lex: NumberWordLex | undefined = NUMBER_WORDS[folded];
    const frac = FRACTIONS[folded];
    if (lex === undefined && frac === undefined) {
      const compound = parseCompound(folded);
      if (compound !== null) lex = { value: compound, kind: 'unit' };
    }
    if (lex === undefined && frac === undefined) break;
    const nextIsScale = ctx.isScale(k + 1) || (isHyphen(tokens, k + 1) && ctx.isScale(k + 2));
    if (frac !== undefined) {
      // "three quarters" multiplies, "half a billion" and "a quarter million" replace the article.
      fraction = frac;
      cur = weak || cur === 0 ? frac : cur * frac;
      if (frac >= 1) weak = false;
      any = true;
      last = k;
      lastUnit = 0;
    } else if (lex.kind === 'hundred') {
      // French "cent" is a hundred only inside a number: "deux cents millions", "cinq cents euros".
      if (folded.startsWith('cent') && (ctx.lang !== 'fr' || !(NUMBER_WORDS[tokenFolded(tokens, k + 1) ?? ''] || nextIsScale || ctx.isCurrency(k + 1) || isDe(tokens, k + 1)))) break;
      cur = (cur || 1) * 100;
      weak = false;
      any = true;
      last = k;
      lastUnit = 100;
    } else if (lex.kind === 'thousand') {
      total += (cur || 1) * 1000;
      cur = 0;
      weak = false;
      any = true;
      last = k;
      lastUnit = 1000;
    } else {
      const isArticle = lex.article === true && !STRESSED_ONE.has(raw);
      if (isArticle) {
        // An article is "one" only before a scale, a hundred, a fraction or a coin.
        if (any && fraction) {
          // "half a billion": the article adds nothing.
          last = k;
          k++;
          continue;
        }
        if (any) break;
        const after = k + 1;
        const nextFolded = after < tokens.count ? tokenFolded(tokens, after) : '';
        const nextLex = NUMBER_WORDS[nextFolded];
        const ok = nextIsScale || FRACTIONS[nextFolded] !== undefined || (nextLex !== undefined && nextLex.kind !== 'unit') || ctx.isMinorCurrency(after);
        if (!ok) break;
        cur = 1;
        any = true;
        last = k;
        lastUnit = 1;
        k++;
        continue;
      }
      // "quatre-vingt(s)": four twenties.
      if (lex.value === 20 && cur % 100 === 4 && ctx.lang === 'fr') {
        cur = cur - 4 + 80;
        lastUnit = 80;
      } else {
        if (lex.value >= lastUnit) break; // "fifty fifty", "twenty thirty": two numbers, not one
        cur += lex.value;
        lastUnit = lex.value;
      }
      weak = false;
      any = true;
      last = k;
    }
    k++;
    // Joined by a hyphen ("forty-five", "dix-sept") or "et"/"and" inside ("vingt et un").
    if (isHyphen(tokens, k) && k + 1 < tokens.count && tokens.kind[k + 1] === TokenKind.Word) {
      const f = tokenFolded(tokens, k + 1);
      if (NUMBER_WORDS[f] || FRACTIONS[f] || parseCompound(f) !== null) k++;
    }
  }
  if (!any || last < 0) return null;
  return { value: total + cur, first: i, last, grouped: false, words: true, weak };
}

function isHyphen(tokens: Tokens, k: number): boolean {
  return k < tokens.count && tokens.kind[k] === TokenKind.Punct && tokens.text[tokens.start[k]] === '-' && tokens.gap[k] === Gap.None;
}

function isDe(tokens: Tokens, k: number): boolean {
  if (k >= tokens.count) return false;
  const f = tokenFolded(tokens, k);
  return f === 'de' || f === 'd';
}
