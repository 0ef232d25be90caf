/**
 * An alias as the matcher keeps it (its folded words and its rules: capitals, accents, language,
 * words not before or after), and the check that a place in a text obeys them. Plain data, so
 * compiled aliases go into the build's matcher tables as JSON and come back as they were.
 */
import type { AliasSpec, Lang } from '../kb/types';
import { isLower, isUpper } from '../text/char-class';
import { Gap, TokenKind, tokenFolded, tokenIs, tokenize, type Tokens } from '../text/tokenize';

export interface CompiledAlias {
  entity: number;
  lang: Lang | null;
  /** Folded token texts, to confirm a match whose hashes collided. */
  folded: string[];
  /** Per token: 0 no constraint, 1 first letter capital, 2 no lower-case letter at all. */
  caps: number[] | null;
  /** Per token, for caps aliases: the word as written, lower case, to compare accents. */
  accents: string[] | null;
  /** Folded words that may not come right after / right before the alias (`#num`: a number). */
  notBefore: string[] | null;
  notAfter: string[] | null;
  /**
   * One word that is also an ordinary word or a common acronym ("Grab", "Genesis", "BP", "GM"): its
   * capitals are kept and still it may be something else on a page outside the field. Such a mention
   * stands only on a page that also names something DealLens knows by a safer name (names/find-names.ts).
   */
  weak: boolean;
  /** Entity ids one of which the document must name for this alias to stand (AliasSpec.withNamed). */
  withNamed: string[] | null;
}

const NUMBER_WORD = '#num';

/**
 * A compiled alias in the build's tables: entity and folded words, then the rules, 0 for none
 * and trailing ones left out (most aliases have none: a third of the size of the objects).
 */
export type AliasTuple = [entity: number, folded: string[], lang?: Lang | 0, caps?: number[] | 0, accents?: string[] | 0, notBefore?: string[] | 0, notAfter?: string[] | 0, weak?: 1 | 0, withNamed?: string[] | 0];

export function aliasToTuple(a: CompiledAlias): AliasTuple {
  const t: AliasTuple = [a.entity, a.folded, a.lang ?? 0, a.caps ?? 0, a.accents ?? 0, a.notBefore ?? 0, a.notAfter ?? 0, a.weak ? 1 : 0, a.withNamed ?? 0];
  while (t.length > 2 && t[t.length - 1] === 0) t.pop();
  return t;
}

export function aliasFromTuple(t: AliasTuple): CompiledAlias {
  return { entity: t[0], lang: t[2] || null, folded: t[1], caps: t[3] || null, accents: t[4] || null, notBefore: t[5] || null, notAfter: t[6] || null, weak: t[7] === 1, withNamed: t[8] || null };
}

/** Tokens of the last alias compiled: a reader may add thousands, and each would otherwise leave five arrays behind. */
let spare: Tokens | undefined;

/**
 * The alias's compiled form, and its tokens (their hashes are its path in the trie; valid until
 * the next call); null if it has no word to start on.
 */
export function compileAlias(entity: number, spec: AliasSpec, ambiguous = false): { tokens: Tokens; alias: CompiledAlias } | null {
  const tokens = (spare = tokenize(spec.text, spare));
  if (tokens.count === 0 || tokens.kind[0] === TokenKind.Punct) return null;
  const folded: string[] = [];
  let caps: number[] | null = null;
  for (let i = 0; i < tokens.count; i++) {
    folded.push(tokenFolded(tokens, i));
    // Short acronyms and legal forms are ordinary words in lower case: "Bolloré SE" is not
    // "Bolloré se rabat", "Renault SA" is not "Renault sa stratégie". They keep their capitals.
    const short = tokens.end[i] - tokens.start[i] <= (tokens.count > 1 ? 4 : 3);
    let rule = 0;
    if (spec.caps || short) {
      const word = spec.text.slice(tokens.start[i], tokens.end[i]);
      const letters = [...word].filter((ch) => isUpper(ch) || isLower(ch));
      const allCaps = letters.length > 1 && letters.every(isUpper);
      rule = allCaps && (spec.caps || letters.length <= (tokens.count > 1 ? 4 : 3)) ? 2 : spec.caps && letters.length > 0 && isUpper(letters[0]) ? 1 : 0;
    }
    if (rule) {
      caps ??= new Array<number>(tokens.count).fill(0);
      caps[i] = rule;
    }
  }
  const alias: CompiledAlias = {
    entity,
    lang: spec.lang ?? null,
    folded,
    caps,
    accents: spec.caps ? folded.map((_, i) => spec.text.slice(tokens.start[i], tokens.end[i]).normalize('NFC').toLowerCase()) : null,
    notBefore: spec.notBefore?.length ? [...spec.notBefore] : null,
    notAfter: spec.notAfter?.length ? [...spec.notAfter] : null,
    weak: tokens.count === 1 && Boolean(spec.caps) && (ambiguous || tokens.end[0] - tokens.start[0] <= 3),
    withNamed: spec.withNamed?.length ? [...spec.withNamed] : null,
  };
  return { tokens, alias };
}

/** Whether tokens i..j of the text are this alias, its capitals, accents and language kept (the words around it are `contextKept`'s). */
export function accepts(tokens: Tokens, i: number, j: number, alias: CompiledAlias, lang: Lang | undefined): boolean {
  if (alias.folded.length !== j - i + 1) return false;
  if (alias.lang && lang && alias.lang !== lang) return false;
  for (let k = 0; k < alias.folded.length; k++) if (!tokenIs(tokens, i + k, alias.folded[k])) return false;
  if (alias.caps) {
    for (let k = 0; k < alias.caps.length; k++) {
      const rule = alias.caps[k];
      if (rule !== 0 && !capsKept(tokens, i + k, rule)) return false;
    }
  }
  if (alias.accents) {
    for (let k = 0; k < alias.accents.length; k++) {
      if (tokens.kind[i + k] === TokenKind.Word && !sameLowerCase(tokens, i + k, alias.accents[k])) return false;
    }
  }
  return true;
}

/**
 * Whether the words around tokens i..j leave the alias its sense (its notAfter and notBefore rules:
 * "Tom Cruise", "the Alliance"); `aside`: as if the words in lower case it says yes to did not refuse.
 */
export function contextKept(tokens: Tokens, i: number, j: number, alias: CompiledAlias, aside?: (k: number) => boolean): boolean {
  if (alias.notAfter && refuses(tokens, previousWord(tokens, i), alias.notAfter, aside)) return false;
  if (alias.notBefore && refuses(tokens, nextWord(tokens, j), alias.notBefore, aside)) return false;
  return true;
}

/** Whether the word at k is one of `words` (the matcher's inner loop calls this: no closure per call). */
function refuses(tokens: Tokens, k: number, words: string[], aside: ((k: number) => boolean) | undefined): boolean {
  return k >= 0 && words.includes(tokens.kind[k] === TokenKind.Number ? NUMBER_WORD : tokenFolded(tokens, k)) && !(aside && isLowerWord(tokens, k) && aside(k));
}

/** A word in lower case ("de", "the", "ship"), where a capital ("Tom", "Nikola") would be another name's. */
function isLowerWord(tokens: Tokens, k: number): boolean {
  const c = tokens.text.charCodeAt(tokens.start[k]);
  return tokens.kind[k] === TokenKind.Word && ((c >= 97 && c <= 122) || (c > 127 && tokens.text[tokens.start[k]] !== tokens.text[tokens.start[k]].toUpperCase()));
}

/** Rule 1: the first letter is a capital; rule 2: no lower-case letter. ASCII is read from codes, the rest as before. */
function capsKept(tokens: Tokens, k: number, rule: number): boolean {
  const { text } = tokens;
  const from = tokens.start[k];
  const to = tokens.end[k];
  if (rule === 1) {
    const c = text.charCodeAt(from);
    return c < 128 ? c >= 65 && c <= 90 : isUpper(text[from]);
  }
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c >= 128) return ![...text.slice(from, to)].some(isLower);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Whether token k, NFC and in lower case, is `lower` (an ASCII word compares code by code, with no string made). */
function sameLowerCase(tokens: Tokens, k: number, lower: string): boolean {
  const { text } = tokens;
  const from = tokens.start[k];
  const to = tokens.end[k];
  for (let p = from; p < to; p++) {
    if (text.charCodeAt(p) >= 128) return text.slice(from, to).normalize('NFC').toLowerCase() === lower;
  }
  if (to - from !== lower.length) return false;
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== lower.charCodeAt(p - from)) return false;
  }
  return true;
}

/** The word before token i within the same line (apostrophes are part of elisions: "l'"). */
function previousWord(tokens: Tokens, i: number): number {
  for (let p = i - 1; p >= 0 && p >= i - 3; p--) {
    if (tokens.kind[p] !== TokenKind.Punct) return p;
    if (tokens.gap[p + 1] === Gap.Newline) return -1;
  }
  return -1;
}

function nextWord(tokens: Tokens, j: number): number {
  for (let n = j + 1; n < tokens.count && n <= j + 3; n++) {
    if (tokens.gap[n] === Gap.Newline) return -1;
    if (tokens.kind[n] !== TokenKind.Punct) return n;
  }
  return -1;
}
