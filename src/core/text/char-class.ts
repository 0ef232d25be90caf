/**
 * One table, filled lazily, that says for every UTF-16 code unit what it is to DealLens and
 * what it folds to. Everything that reads text (normaliser, tokenizer, matcher, money) goes
 * through it, so "d’Alliance", "d'Alliance" and "D’ALLIANCE" are one thing everywhere.
 */

export const enum CharClass {
  Unknown = 0,
  Letter = 1,
  Digit = 2,
  Space = 3,
  /** No-break and thin spaces: also thousands separators in fr/de numbers. */
  HardSpace = 4,
  /** Combining marks, soft hyphens and zero-width characters: read as if absent. */
  Ignorable = 5,
  Punct = 6,
  Newline = 7,
}

const classes = new Uint8Array(65536);
/** Single-unit fold; 0 = see `multiFold` (expands to several units or to nothing). */
const folds = new Uint16Array(65536);
const multiFold = new Map<number, string>();

const APOSTROPHES = "'\u2019\u2018\u02BC\u02BB\u0060\u00B4\u2032\u201B";
const DASHES = '-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\uFE58\uFE63\uFF0D';
const HARD_SPACES = '\u00A0\u2007\u202F\u2009\u200A\u2008\u2006\u2005\u2004';
const SPACES = ' \t\f\v\u1680\u2000\u2001\u2002\u2003\u205F\u3000';
const NEWLINES = '\n\r\u2028\u2029\u0085';
const IGNORABLE = '\u00AD\u200B\u200C\u200D\u2060\uFEFF\u180E';
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ł: 'l', Ł: 'l', ı: 'i', þ: 'th', Þ: 'th', ĳ: 'ij', Ĳ: 'ij',
};

const LETTER_RE = /\p{L}/u;
const DIGIT_RE = /\p{Nd}/u;
const MARK_RE = /\p{M}/u;
const MARKS_RE = /\p{M}+/gu;

function setFold(code: number, folded: string): void {
  if (folded.length === 1) folds[code] = folded.charCodeAt(0);
  else {
    folds[code] = 0;
    multiFold.set(code, folded);
  }
}

function classify(code: number): CharClass {
  const ch = String.fromCharCode(code);
  let cls: CharClass;
  if (code >= 0xd800 && code <= 0xdfff) {
    cls = CharClass.Punct;
    setFold(code, ch);
  } else if (APOSTROPHES.includes(ch)) {
    cls = CharClass.Punct;
    setFold(code, "'");
  } else if (DASHES.includes(ch)) {
    cls = CharClass.Punct;
    setFold(code, '-');
  } else if (NEWLINES.includes(ch)) {
    cls = CharClass.Newline;
    setFold(code, ' ');
  } else if (HARD_SPACES.includes(ch)) {
    cls = CharClass.HardSpace;
    setFold(code, ' ');
  } else if (SPACES.includes(ch)) {
    cls = CharClass.Space;
    setFold(code, ' ');
  } else if (IGNORABLE.includes(ch) || MARK_RE.test(ch)) {
    cls = CharClass.Ignorable;
    setFold(code, '');
  } else if (code >= 48 && code <= 57) {
    cls = CharClass.Digit;
    setFold(code, ch);
  } else if (SPECIAL_LETTERS[ch] !== undefined) {
    cls = CharClass.Letter;
    setFold(code, SPECIAL_LETTERS[ch]);
  } else if (LETTER_RE.test(ch)) {
    cls = CharClass.Letter;
    // Strip accents, then compose again: a Hangul syllable decomposes into letters, not marks.
    const folded = ch.normalize('NFD').replace(MARKS_RE, '').normalize('NFC').toLowerCase();
    setFold(code, folded.length > 0 ? folded : ch);
  } else if (DIGIT_RE.test(ch)) {
    // Digits of other scripts read as letters: the money recogniser only trusts ASCII digits.
    cls = CharClass.Letter;
    setFold(code, ch);
  } else {
    cls = CharClass.Punct;
    setFold(code, ch);
  }
  classes[code] = cls;
  return cls;
}

export function charClass(code: number): CharClass {
  const cls = classes[code];
  return cls === CharClass.Unknown ? classify(code) : (cls as CharClass);
}

/** Folded form of one code unit: lower case, no diacritics, one apostrophe, one dash, one space. */
export function foldUnit(code: number): string {
  if (classes[code] === CharClass.Unknown) classify(code);
  const f = folds[code];
  return f === 0 ? (multiFold.get(code) ?? '') : String.fromCharCode(f);
}

/**
 * Folded code of one unit when it folds to exactly one unit, else -1 (expands or vanishes).
 * The hot loops use this to avoid building strings.
 */
export function foldCode(code: number): number {
  if (classes[code] === CharClass.Unknown) classify(code);
  const f = folds[code];
  return f === 0 ? -1 : f;
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Fold a whole string (no offset map): what aliases and lexicon words are compared as. */
export function foldString(text: string): string {
  let out = '';
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const cls = charClass(code);
    if (cls === CharClass.Space || cls === CharClass.HardSpace || cls === CharClass.Newline) {
      if (!lastSpace) out += ' ';
      lastSpace = true;
      continue;
    }
    const f = foldUnit(code);
    if (f.length > 0) {
      out += f;
      lastSpace = false;
    }
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

/**
 * Folds case and accents one unit for one unit, so offsets stay those of the original (a unit
 * that would expand or vanish keeps its lower-case self): for scanning words at known places.
 */
export function foldSameLength(text: string): string {
  // One native pass that calls back only for the units a fold changes: a string built a unit at a time cost more
  // than the whole analysis of the same text.
  return text.replace(unitsToFold(), foldOneUnit);
}
let toFold: RegExp | undefined;
/** The units a fold changes: every one outside ASCII (most text has few), and the ASCII ones that fold (capitals, tabs, the backtick). */
function unitsToFold(): RegExp {
  if (toFold) return toFold;
  let ascii = '';
  for (let c = 0; c < 128; c++) if (foldCode(c) !== c) ascii += `\\x${c.toString(16).padStart(2, '0')}`;
  return (toFold = new RegExp(`[${ascii}\\u0080-\\uffff]`, 'g'));
}
function foldOneUnit(unit: string): string {
  const f = foldCode(unit.charCodeAt(0));
  // A unit that would expand or vanish keeps its lower-case self (one unit of it).
  return f >= 0 ? String.fromCharCode(f) : unit.toLowerCase().slice(0, 1) || ' ';
}

/**
 * A fingerprint of a text's words (folded, spacing ignored), to recognise the same article
 * saved from two addresses: FNV-1a, with the length, as hex.
 */
export function textFingerprint(text: string): string {
  const folded = foldString(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), 16777619);
  return `${(h >>> 0).toString(16).padStart(8, '0')}-${folded.length.toString(16)}`;
}
