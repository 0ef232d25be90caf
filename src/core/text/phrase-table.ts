import { HashFlags } from './hash-flags';
import { Gap, hashFolded, tokenFolded, tokenIs, tokenize, type Tokens } from './tokenize';

interface Entry<T> {
  /** Folded tokens of the key. */
  parts: string[];
  value: T;
  /** Bit k set: tokens k and k+1 are glued in the key ("A$"), so they must be glued in the text. */
  glued: number;
}

export interface PhraseHit<T> {
  value: T;
  /** Index of the phrase's last token. */
  last: number;
}

const SEED = 0x2545f491;
const mix = (key: number, tokenHash: number) => Math.imul(key ^ tokenHash, 0x01000193);

/**
 * A small dictionary of multi-token phrases ("us dollars", "jusqu'à", "Mrd."), looked up at a
 * token position, longest first. Keys are written as text and cut by the tokenizer, so they
 * match text exactly as the scanners see it. Phrases are found by a hash of their tokens' hashes
 * and confirmed token by token, so a look-up builds no string; a set of first-token hashes turns
 * away almost every token before that.
 */
export class PhraseTable<T> {
  private readonly byKey = new Map<number, Entry<T>[]>();
  private readonly firstHashes: HashFlags;
  private readonly lastHashes: HashFlags;
  /** First tokens of phrases that do not begin with a glued pair ("A$" begins with a glued "a"). */
  private readonly looseFirstHashes = new Set<number>();
  private readonly lastHashSet = new Set<number>();
  private maxTokens = 1;

  constructor(entries: Record<string, T> | Iterable<[string, T]>) {
    const list = Symbol.iterator in entries ? entries : Object.entries(entries);
    const first: [number, number][] = [];
    const last: [number, number][] = [];
    for (const [text, value] of list as Iterable<[string, T]>) {
      const tokens = tokenize(text);
      if (tokens.count === 0) continue;
      const parts: string[] = [];
      let glued = 0;
      let key = SEED;
      for (let i = 0; i < tokens.count; i++) {
        parts.push(tokenFolded(tokens, i));
        key = mix(key, hashFolded(parts[i]));
        if (i > 0 && tokens.gap[i] === Gap.None && tokens.count <= 31) glued |= 1 << (i - 1);
      }
      // A key written twice keeps its last value, as a map from the joined text would.
      const same = this.byKey.get(key) ?? [];
      const at = same.findIndex((e) => e.parts.length === parts.length && e.parts.every((p, k) => p === parts[k]));
      if (at >= 0) same[at] = { parts, value, glued };
      else same.push({ parts, value, glued });
      this.byKey.set(key, same);
      first.push([hashFolded(parts[0]), 1]);
      if ((glued & 1) === 0) this.looseFirstHashes.add(hashFolded(parts[0]));
      last.push([hashFolded(parts[parts.length - 1]), 1]);
      this.lastHashSet.add(hashFolded(parts[parts.length - 1]));
      this.maxTokens = Math.max(this.maxTokens, tokens.count);
    }
    this.firstHashes = new HashFlags(first);
    this.lastHashes = new HashFlags(last);
  }

  /**
   * Hashes of the tokens that can start a phrase on their own (to merge several tables into
   * one test); a phrase that begins with a glued pair ("A$") is left out: its first token is
   * an ordinary word ("a") that would let everything through.
   */
  looseStartHashes(): ReadonlySet<number> {
    return this.looseFirstHashes;
  }

  /** Hashes of the tokens that can end a phrase. */
  endHashes(): number[] {
    return [...this.lastHashSet];
  }

  /** Whether a token of this hash may end a phrase (false: certainly not). */
  mayEnd(hash: number): boolean {
    return this.lastHashes.get(hash) !== 0;
  }

  /** Whether token i may start a phrase (a hash test: no allocation). */
  mayStart(tokens: Tokens, i: number): boolean {
    return i >= 0 && i < tokens.count && this.firstHashes.get(tokens.hash[i]) !== 0;
  }

  /** The longest phrase starting at token i, within one line. */
  at(tokens: Tokens, i: number): PhraseHit<T> | null {
    if (!this.mayStart(tokens, i)) return null;
    let key = SEED;
    let best: PhraseHit<T> | null = null;
    for (let j = i; j < tokens.count && j < i + this.maxTokens; j++) {
      if (j > i && tokens.gap[j] === Gap.Newline) break;
      key = mix(key, tokens.hash[j]);
      const entry = this.entry(key, tokens, i, j);
      if (entry !== null) best = { value: entry.value, last: j };
    }
    return best;
  }

  /** The longest phrase ending at token j (for words before an amount: "up to", "plus d'"). */
  endingAt(tokens: Tokens, j: number): (PhraseHit<T> & { first: number }) | null {
    if (j < 0 || j >= tokens.count || !this.mayEnd(tokens.hash[j])) return null;
    let best: (PhraseHit<T> & { first: number }) | null = null;
    for (let i = j; i >= 0 && i > j - this.maxTokens; i--) {
      let key = SEED;
      for (let k = i; k <= j; k++) key = mix(key, tokens.hash[k]);
      const entry = this.entry(key, tokens, i, j);
      if (entry !== null) best = { value: entry.value, last: j, first: i };
      if (tokens.gap[i] === Gap.Newline) break;
    }
    return best;
  }

  /** The entry whose tokens are tokens i..j of the text, glued where its key is glued. */
  private entry(key: number, tokens: Tokens, i: number, j: number): Entry<T> | null {
    const list = this.byKey.get(key);
    if (list === undefined) return null;
    for (const e of list) {
      if (e.parts.length !== j - i + 1 || !gluedAsWritten(tokens, i, e.glued)) continue;
      let same = true;
      for (let k = 0; same && k < e.parts.length; k++) same = tokenIs(tokens, i + k, e.parts[k]);
      if (same) return e;
    }
    return null;
  }
}

function gluedAsWritten(tokens: Tokens, first: number, glued: number): boolean {
  for (let k = 0; glued >> k; k++) if ((glued >> k) & 1 && tokens.gap[first + k + 1] !== Gap.None) return false;
  return true;
}
