import { CharClass, charClass, foldCode, foldUnit } from './char-class';

/** What separates a token from the one before it. */
export const enum Gap {
  /** Glued to the previous token ("Renault" + "-" in "Renault-Nissan", "100" + "m"). */
  None = 0,
  Space = 1,
  /** Only no-break or thin spaces: a thousands separator in "1 000 000". */
  HardSpace = 2,
  /** A line break: a heading, a list item, a caption. */
  Newline = 3,
}

export const enum TokenKind {
  Word = 1,
  Number = 2,
  Punct = 3,
}

/**
 * The text cut into tokens in one pass: runs of letters, runs of ASCII digits, and single
 * punctuation characters. Stored in typed arrays so that a megabyte of text costs a few
 * allocations, not a few hundred thousand strings. `hash` is the FNV-1a hash of the folded
 * token, so lexicon and name look-ups need no string.
 */
export interface Tokens {
  readonly text: string;
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash: Int32Array;
  kind: Uint8Array;
  gap: Uint8Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;

/** hashFolded(foldString(text.slice(from, to))) for a span without spaces, with no string made. */
export function hashFoldedRange(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    const f = code < 128 ? asciiFold[code] : foldCode(code);
    if (f >= 0) h = Math.imul(h ^ f, FNV_PRIME);
    else {
      const unit = foldUnit(code);
      for (let j = 0; j < unit.length; j++) h = Math.imul(h ^ unit.charCodeAt(j), FNV_PRIME);
    }
  }
  return h;
}

export function hashFolded(folded: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
  return h;
}

function grow<T extends Int32Array | Uint8Array>(arr: T, size: number): T {
  const next = new (arr.constructor as { new (n: number): T })(size);
  next.set(arr);
  return next;
}

/** Doubles every token array at once (rare: the first guess is a token every four characters). */
function growAll(start: Int32Array, end: Int32Array, hash: Int32Array, kind: Uint8Array, gaps: Uint8Array, cap: number): [Int32Array, Int32Array, Int32Array, Uint8Array, Uint8Array, number] {
  const next = cap * 2;
  return [grow(start, next), grow(end, next), grow(hash, next), grow(kind, next), grow(gaps, next), next];
}

/**
 * `reuse`: tokens of an earlier text, no longer needed, whose arrays this text may overwrite
 * (a page is read slice by slice: the same arrays serve every slice instead of becoming garbage).
 */
export function tokenize(text: string, reuse?: Tokens): Tokens {
  const length = text.length;
  // A token every five characters is typical of prose; grow when punctuation is denser.
  let cap = Math.max(16, (length >> 2) + 16);
  const reused = reuse !== undefined && reuse.start.length >= cap;
  const before = reused ? reuse.count : 0;
  if (reused) cap = reuse.start.length;
  let start: Int32Array = reused ? reuse.start : new Int32Array(cap);
  let end: Int32Array = reused ? reuse.end : new Int32Array(cap);
  let hash: Int32Array = reused ? reuse.hash : new Int32Array(cap);
  let kind: Uint8Array = reused ? reuse.kind : new Uint8Array(cap);
  let gaps: Uint8Array = reused ? reuse.gap : new Uint8Array(cap);
  let count = 0;

  let cur = 0; // 0 = between tokens, else the TokenKind being built
  let h = FNV_OFFSET;
  let gap: number = Gap.Newline;

  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const cls = code < 128 ? asciiClass[code] : charClass(code);
    if (cls <= CharClass.Digit) {
      // Letter (1) or digit (2): the token kinds are numbered to match.
      if (cur !== cls) {
        if (cur !== 0) {
          end[count - 1] = i;
          hash[count - 1] = h;
          gap = Gap.None;
        }
        if (count === cap) [start, end, hash, kind, gaps, cap] = growAll(start, end, hash, kind, gaps, cap);
        start[count] = i;
        kind[count] = cls;
        gaps[count] = gap;
        count++;
        cur = cls;
        h = FNV_OFFSET;
      }
      const f = code < 128 ? asciiFold[code] : foldCode(code);
      if (f >= 0) h = Math.imul(h ^ f, FNV_PRIME);
      else {
        const folded = foldUnit(code);
        for (let j = 0; j < folded.length; j++) h = Math.imul(h ^ folded.charCodeAt(j), FNV_PRIME);
      }
      // Most of a text is runs of ASCII letters or digits: take the rest of the run in a tight loop.
      let next = i + 1 < length ? text.charCodeAt(i + 1) : 128;
      while (next < 128 && asciiClass[next] === cls) {
        h = Math.imul(h ^ asciiFold[next], FNV_PRIME);
        i++;
        next = i + 1 < length ? text.charCodeAt(i + 1) : 128;
      }
      continue;
    }
    if (cls === CharClass.Ignorable) continue; // inside or between tokens alike
    if (cur !== 0) {
      end[count - 1] = i;
      hash[count - 1] = h;
      cur = 0;
      gap = Gap.None;
    }
    if (cls === CharClass.Punct) {
      if (count === cap) [start, end, hash, kind, gaps, cap] = growAll(start, end, hash, kind, gaps, cap);
      const f = code < 128 ? code : foldCode(code);
      start[count] = i;
      end[count] = i + 1;
      kind[count] = TokenKind.Punct;
      gaps[count] = gap;
      hash[count] = Math.imul(FNV_OFFSET ^ (f >= 0 ? f : code), FNV_PRIME);
      count++;
      gap = Gap.None;
    } else if (cls === CharClass.Newline) {
      gap = Gap.Newline;
    } else if (cls === CharClass.Space) {
      if (gap !== Gap.Newline) gap = Gap.Space;
    } else if (gap === Gap.None) {
      gap = Gap.HardSpace;
    }
  }
  if (cur !== 0) {
    end[count - 1] = length;
    hash[count - 1] = h;
  }
  // Past the last token, reused arrays read as fresh ones would: zeros (grown ones are fresh: no harm).
  if (before > count) {
    start.fill(0, count, before);
    end.fill(0, count, before);
    hash.fill(0, count, before);
    kind.fill(0, count, before);
    gaps.fill(0, count, before);
  }
  return { text, count, start, end, hash, kind, gap: gaps };
}

/** The folded text of token i (allocates: for the rare tokens that need reading). */
export function tokenFolded(tokens: Tokens, i: number): string {
  let out = '';
  for (let p = tokens.start[i]; p < tokens.end[i]; p++) out += foldUnit(tokens.text.charCodeAt(p));
  return out;
}

/** Whether token i folds to `folded`, without building its string (the matcher's check after a hash match). */
export function tokenIs(tokens: Tokens, i: number, folded: string): boolean {
  const text = tokens.text;
  let p = 0;
  for (let c = tokens.start[i]; c < tokens.end[i]; c++) {
    const code = text.charCodeAt(c);
    const f = code < 128 ? asciiFold[code] : foldCode(code);
    if (f >= 0) {
      if (folded.charCodeAt(p++) !== f) return false;
    } else {
      const unit = foldUnit(code);
      for (let j = 0; j < unit.length; j++) if (folded.charCodeAt(p++) !== unit.charCodeAt(j)) return false;
    }
  }
  return p === folded.length;
}

/** A word or number token that is glued to the token before it without any separator. */
export function gluedToPrevious(tokens: Tokens, i: number): boolean {
  return i > 0 && tokens.gap[i] === Gap.None && tokens.kind[i - 1] !== TokenKind.Punct && tokens.kind[i] !== TokenKind.Punct;
}

const asciiClass = new Uint8Array(128);
/** ASCII folded (A-Z to a-z) by table: the arithmetic way leaves small integers for codes below "A", which costs the optimised loop. */
const asciiFold = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  asciiClass[c] = charClass(c);
  asciiFold[c] = c >= 65 && c <= 90 ? c + 32 : c;
}
