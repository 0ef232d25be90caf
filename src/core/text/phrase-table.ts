import { Gap, hashFolded, tokenFolded, tokenize, type Tokens } from './tokenize';

interface Entry<T> {
  value: T;
  /** Bit k set: tokens k and k+1 are glued in the key ("A$"), so they must be glued in the text. */
  glued: number;
}

export interface PhraseHit<T> {
  value: T;
  /** Index of the phrase's last token. */
  last: number;
}

/**
 * A small dictionary of multi-token phrases ("us dollars", "jusqu'à", "Mrd."), looked up at a
 * token position, longest first. Keys are written as text and cut by the tokenizer, so they
 * match text exactly as the scanners see it. A set of first-token hashes turns away almost
 * every token before any string is built.
 */
export class PhraseTable<T> {
  private readonly byKey = new Map<string, Entry<T>>();
  private readonly firstHashes = new Set<number>();
  private readonly lastHashes = new Set<number>();
  /** First tokens of phrases that do not begin with a glued pair ("A$" begins with a glued "a"). */
  private readonly looseFirstHashes = new Set<number>();
  private maxTokens = 1;

  constructor(entries: Record<string, T> | Iterable<[string, T]>) {
    const list = Symbol.iterator in entries ? entries : Object.entries(entries);
    for (const [text, value] of list as Iterable<[string, T]>) {
      const tokens = tokenize(text);
      if (tokens.count === 0) continue;
      const parts: string[] = [];
      let glued = 0;
      for (let i = 0; i < tokens.count; i++) {
        parts.push(tokenFolded(tokens, i));
        if (i > 0 && tokens.gap[i] === Gap.None && tokens.count <= 31) glued |= 1 << (i - 1);
      }
      this.byKey.set(parts.join(' '), { value, glued });
      this.firstHashes.add(hashFolded(parts[0]));
      if ((glued & 1) === 0) this.looseFirstHashes.add(hashFolded(parts[0]));
      this.lastHashes.add(hashFolded(parts[parts.length - 1]));
      this.maxTokens = Math.max(this.maxTokens, tokens.count);
    }
  }

  /**
   * Hashes of the tokens that can start a phrase on their own (to merge several tables into
   * one test); a phrase that begins with a glued pair ("A$") is left out: its first token is
   * an ordinary word ("a") that would let everything through.
   */
  looseStartHashes(): ReadonlySet<number> {
    return this.looseFirstHashes;
  }

  /** Whether token i may start a phrase (a hash test: no allocation). */
  mayStart(tokens: Tokens, i: number): boolean {
    return i >= 0 && i < tokens.count && this.firstHashes.has(tokens.hash[i]);
  }

  /** The longest phrase starting at token i, within one line. */
  at(tokens: Tokens, i: number): PhraseHit<T> | null {
    if (!this.mayStart(tokens, i)) return null;
    let key = '';
    let best: PhraseHit<T> | null = null;
    for (let j = i; j < tokens.count && j < i + this.maxTokens; j++) {
      if (j > i && tokens.gap[j] === Gap.Newline) break;
      key = j === i ? tokenFolded(tokens, j) : `${key} ${tokenFolded(tokens, j)}`;
      const entry = this.byKey.get(key);
      if (entry !== undefined && gluedAsWritten(tokens, i, entry.glued)) best = { value: entry.value, last: j };
    }
    return best;
  }

  /** The longest phrase ending at token j (for words before an amount: "up to", "plus d'"). */
  endingAt(tokens: Tokens, j: number): (PhraseHit<T> & { first: number }) | null {
    if (j < 0 || j >= tokens.count || !this.lastHashes.has(tokens.hash[j])) return null;
    let key = '';
    let best: (PhraseHit<T> & { first: number }) | null = null;
    for (let i = j; i >= 0 && i > j - this.maxTokens; i--) {
      key = i === j ? tokenFolded(tokens, i) : `${tokenFolded(tokens, i)} ${key}`;
      const entry = this.byKey.get(key);
      if (entry !== undefined && gluedAsWritten(tokens, i, entry.glued)) best = { value: entry.value, last: j, first: i };
      if (tokens.gap[i] === Gap.Newline) break;
    }
    return best;
  }
}

function gluedAsWritten(tokens: Tokens, first: number, glued: number): boolean {
  for (let k = 0; glued >> k; k++) if ((glued >> k) & 1 && tokens.gap[first + k + 1] !== Gap.None) return false;
  return true;
}
