/**
 * A text's words as name finding reads them: a word is a run of letter and number tokens glued
 * by hyphens, apostrophes or inner dots ("Jean-Claude", "Mercedes-Benz", "d'Ieteren", "B.V"),
 * with what separates it from the word before (a sentence end, a comma, a line break). Built
 * from the tokenizer's arrays, with no string per word: a word's key is the hash of its folded
 * text, as the lexicon's sets hold it.
 */
import { foldString, isLower, isUpper } from '../text/char-class';
import { Gap, TokenKind, hashFolded, hashFoldedRange, type Tokens } from '../text/tokenize';

export const enum Before {
  /** A space (or nothing: the text's first word). */
  Space = 0,
  Comma = 1,
  /** A sentence end, a colon, a line break, a bracket or a quote: what starts a new phrase. */
  Break = 2,
}

export interface Words {
  count: number;
  /** Character offsets. */
  start: Int32Array;
  end: Int32Array;
  key: Int32Array;
  /** 1: starts with a capital; 2: no lower-case letter at all (an acronym). 0: lower case or a number. */
  caps: Uint8Array;
  before: Uint8Array;
  /** The word starts a sentence (a capital there says nothing). */
  initial: Uint8Array;
  /** The word is on a line in title case ("Toyota Invests In Joby"), where capitals say nothing either. */
  title: Uint8Array;
  /** The indices of the capitalised words, in order, and how many. */
  capAt: Int32Array;
  capCount: number;
}

/** A line is in title case when this share of its longer words are capitalised (and it has a few). */
const TITLE_SHARE = 0.8;
const TITLE_MIN_WORDS = 3;
const TITLE_WORD_LENGTH = 4;

const COMMA = 44;
const AMPERSAND = 38;
const CLOSE_BRACKET = 41;
const SEMICOLON = 59;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
/** Hyphens, apostrophes and a dot glue tokens into one word ("Jean-Claude", "d'Ieteren", "B.V"). */
const isJoiner = (c: number) => c === 45 || c === 0x2010 || c === 0x2011 || c === APOSTROPHE || c === RIGHT_QUOTE || c === 46;
const isApostrophe = (c: number) => c === APOSTROPHE || c === RIGHT_QUOTE;
/** French particles that drop their vowel before another word, in lower case (a capital "D'Ieteren" is a name's own). */
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu']);

/** `reuse`: the words of an earlier text, no longer needed, whose arrays these may take (a page's slices, one after the other). */
export function readWords(tokens: Tokens, reuse?: Words): Words {
  const { count, kind, gap, start: ts, end: te, hash, text } = tokens;
  let w: Words;
  if (reuse && reuse.start.length >= count) {
    w = reuse;
    w.count = 0;
    w.capCount = 0;
    w.title.fill(0);
  } else {
    const cap = Math.max(16, count);
    w = { count: 0, start: new Int32Array(cap), end: new Int32Array(cap), key: new Int32Array(cap), caps: new Uint8Array(cap), before: new Uint8Array(cap), initial: new Uint8Array(cap), title: new Uint8Array(cap), capAt: new Int32Array(cap), capCount: 0 };
  }
  /** Token k, then a mark `isMark` accepts, then a letter or digit token, all glued: "d'Archer", "Jean-Claude". */
  const gluedBy = (k: number, isMark: (c: number) => boolean) =>
    k + 2 < count && gap[k + 1] === Gap.None && kind[k + 1] === TokenKind.Punct && isMark(text.charCodeAt(ts[k + 1])) && gap[k + 2] === Gap.None && kind[k + 2] !== TokenKind.Punct;
  let lineStart = 0;
  let before: number = Before.Break;
  let initial = 1;
  for (let i = 0; i < count; i++) {
    if (gap[i] === Gap.Newline) {
      before = Before.Break;
      initial = 1;
      markTitle(w, lineStart);
      lineStart = w.count;
    }
    if (kind[i] === TokenKind.Punct) {
      const ch = text.charCodeAt(ts[i]);
      if (ch === COMMA || ch === AMPERSAND) before = Math.max(before, Before.Comma);
      else {
        // Any other mark (a sentence end, a colon, a bracket, a quote, a dash, "·", "|") ends a phrase.
        before = Before.Break;
        if (ch !== CLOSE_BRACKET && ch !== SEMICOLON && ch !== APOSTROPHE && ch !== RIGHT_QUOTE) initial = 1;
      }
      continue;
    }
    // French elision before a name: "d'Archer", "qu'Archer", "l'Alliance" are the name, after its particle.
    if (gluedBy(i, isApostrophe) && te[i] - ts[i] <= 7 && capsOf(text, ts[i + 2], te[i + 2]) !== 0 && ELISIONS.has(text.slice(ts[i], te[i]))) {
      i += 1;
      continue;
    }
    // A word: this token and the tokens glued to it by joiners.
    let j = i;
    // A possessive's "'s" is not part of the name: "Tokyo's" is Tokyo.
    while (gluedBy(j, isJoiner) && !(isApostrophe(text.charCodeAt(ts[j + 1])) && te[j + 2] - ts[j + 2] === 1 && (text.charCodeAt(ts[j + 2]) | 32) === 115)) j += 2;
    // Letters and digits glued ("EV6", "eVTOL2"): one word.
    while (j + 1 < count && gap[j + 1] === Gap.None && kind[j + 1] !== TokenKind.Punct) j++;
    const n = w.count++;
    const s = ts[i];
    const e = te[j];
    w.start[n] = s;
    w.end[n] = e;
    w.key[n] = j === i ? hash[i] : hashFoldedRange(text, s, e);
    const caps = capsOf(text, s, e);
    w.caps[n] = caps;
    if (caps !== 0) w.capAt[w.capCount++] = n;
    w.before[n] = before;
    w.initial[n] = initial;
    before = Before.Space;
    initial = 0;
    i = j;
  }
  markTitle(w, lineStart);
  return w;
}

function markTitle(w: Words, from: number): void {
  let long = 0;
  let capital = 0;
  for (let k = from; k < w.count; k++) {
    if (w.end[k] - w.start[k] < TITLE_WORD_LENGTH) continue;
    long++;
    if (w.caps[k] > 0) capital++;
  }
  if (long >= TITLE_MIN_WORDS && capital >= TITLE_SHARE * long) w.title.fill(1, from, w.count);
}

function capsOf(text: string, s: number, e: number): number {
  const c = text.charCodeAt(s);
  const first = c >= 65 && c <= 90 ? true : c >= 97 && c <= 122 ? false : c > 127 && isUpper(text[s]);
  if (!first) return 0;
  for (let p = s + 1; p < e; p++) {
    const d = text.charCodeAt(p);
    if ((d >= 97 && d <= 122) || (d > 127 && isLower(text[p]))) return 1;
  }
  return e - s > 1 ? 2 : 1;
}

/** The folded key of two words as one phrase ("a déclaré"). */
export function phraseKey(text: string, w: Words, a: number, b: number): number {
  return hashFolded(foldString(text.slice(w.start[a], w.end[b])));
}
