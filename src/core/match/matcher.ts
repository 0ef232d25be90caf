import type { Alias, AliasSpec, EntityType, Lang } from '../kb/types';
import { isUpper, isLower } from '../text/char-class';
import { Gap, TokenKind, gluedToPrevious, tokenFolded, tokenIs, tokenize, type Tokens } from '../text/tokenize';

/** What the matcher needs to know of an entity: the knowledge base's or a user's. */
export interface MatchableEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases?: Alias[];
  nameIsAmbiguous?: boolean;
}

export interface Mention {
  id: string;
  name: string;
  type: EntityType;
  /** The text as it stands in the original. */
  text: string;
  start: number;
  end: number;
}

interface CompiledAlias {
  entity: number;
  lang: Lang | null;
  /** Per token, for caps aliases: the word as written, lower case, to compare accents. */
  accents: string[] | null;
  /** Folded token texts, to confirm a match whose hashes collided. */
  folded: string[];
  /** Per token: 0 no constraint, 1 first letter capital, 2 no lower-case letter at all. */
  caps: Uint8Array | null;
  notBefore: Set<string> | null;
  notAfter: Set<string> | null;
}

const NUMBER_WORD = '#num';

/**
 * A trie whose edges are token hashes, kept in one open-addressing table. Matching walks it
 * from every word token, so the cost depends on the text and on how far names share their
 * first words, not on how many names there are.
 */
export class Matcher {
  private readonly entities: MatchableEntity[] = [];
  private readonly aliases: CompiledAlias[] = [];
  /** node → index into `terminals` + 1 (0: none) */
  private terminalOf = new Int32Array(1024);
  private readonly terminals: number[][] = [];
  private nodeCount = 1;
  private edgeNode = new Int32Array(4096).fill(-1);
  private edgeHash = new Int32Array(4096);
  private edgeChild = new Int32Array(4096);
  private edgeCount = 0;

  constructor(entities: Iterable<MatchableEntity> = []) {
    for (const e of entities) this.add(e);
  }

  get size(): number {
    return this.aliases.length;
  }

  /** Adds (or extends) an entity: user entities and aliases go in without a rebuild. */
  add(entity: MatchableEntity): void {
    const index = this.entities.length;
    this.entities.push(entity);
    const specs: AliasSpec[] = [];
    if (!entity.nameIsAmbiguous) specs.push({ text: entity.name });
    for (const a of entity.aliases ?? []) specs.push(typeof a === 'string' ? { text: a } : a);
    const seen = new Set<string>();
    for (const spec of specs) {
      const key = `${spec.text}\u0000${spec.caps ? 1 : 0}\u0000${spec.lang ?? ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      this.addAlias(index, spec);
    }
  }

  private addAlias(entity: number, spec: AliasSpec): void {
    const tokens = tokenize(spec.text);
    if (tokens.count === 0 || tokens.kind[0] === TokenKind.Punct) return;
    const folded: string[] = [];
    let caps: Uint8Array | null = null;
    let node = 0;
    for (let i = 0; i < tokens.count; i++) {
      folded.push(tokenFolded(tokens, i));
      node = this.child(node, tokens.hash[i], true);
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
        caps ??= new Uint8Array(tokens.count);
        caps[i] = rule;
      }
    }
    const compiled: CompiledAlias = {
      entity,
      lang: spec.lang ?? null,
      accents: spec.caps ? folded.map((_, i) => spec.text.slice(tokens.start[i], tokens.end[i]).normalize('NFC').toLowerCase()) : null,
      folded,
      caps,
      notBefore: spec.notBefore?.length ? new Set(spec.notBefore) : null,
      notAfter: spec.notAfter?.length ? new Set(spec.notAfter) : null,
    };
    if (this.terminalOf[node] === 0) {
      this.terminals.push([]);
      this.terminalOf[node] = this.terminals.length;
    }
    this.terminals[this.terminalOf[node] - 1].push(this.aliases.length);
    this.aliases.push(compiled);
  }

  private slot(node: number, hash: number): number {
    const mask = this.edgeNode.length - 1;
    let s = (Math.imul(node, 0x9e3779b1) ^ hash) & mask;
    while (this.edgeNode[s] !== -1 && (this.edgeNode[s] !== node || this.edgeHash[s] !== hash)) s = (s + 1) & mask;
    return s;
  }

  private child(node: number, hash: number, create: boolean): number {
    const s = this.slot(node, hash);
    if (this.edgeNode[s] !== -1) return this.edgeChild[s];
    if (!create) return -1;
    const id = this.nodeCount++;
    if (id >= this.terminalOf.length) {
      const t = new Int32Array(this.terminalOf.length * 2);
      t.set(this.terminalOf);
      this.terminalOf = t;
    }
    this.edgeNode[s] = node;
    this.edgeHash[s] = hash;
    this.edgeChild[s] = id;
    if (++this.edgeCount * 2 > this.edgeNode.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const oldNode = this.edgeNode;
    const oldHash = this.edgeHash;
    const oldChild = this.edgeChild;
    this.edgeNode = new Int32Array(oldNode.length * 2).fill(-1);
    this.edgeHash = new Int32Array(oldNode.length * 2);
    this.edgeChild = new Int32Array(oldNode.length * 2);
    for (let i = 0; i < oldNode.length; i++) {
      if (oldNode[i] === -1) continue;
      const s = this.slot(oldNode[i], oldHash[i]);
      this.edgeNode[s] = oldNode[i];
      this.edgeHash[s] = oldHash[i];
      this.edgeChild[s] = oldChild[i];
    }
  }

  /**
   * Every mention in the text, left to right, no two overlapping. `lang`, the text's language,
   * lets aliases that only make sense in one language ("Wallbox" outside German) apply.
   */
  find(text: string, tokens: Tokens = tokenize(text), lang?: Lang): Mention[] {
    // Candidates as flat triples (start token, end token, alias), longest per start only.
    const cand: number[] = [];
    const { count, kind, hash } = tokens;
    const edgeNode = this.edgeNode;
    const mask = edgeNode.length - 1;
    for (let i = 0; i < count; i++) {
      if (kind[i] === TokenKind.Punct || gluedToPrevious(tokens, i)) continue;
      let node = 0;
      let best = -1;
      let bestEnd = -1;
      for (let j = i; j < count; j++) {
        // A name never runs across a line break (a heading into its paragraph).
        if (j > i && tokens.gap[j] === Gap.Newline) break;
        // Inline of child(): this loop is the matcher's whole cost.
        const h = hash[j];
        let s = (Math.imul(node, 0x9e3779b1) ^ h) & mask;
        while (edgeNode[s] !== -1 && (edgeNode[s] !== node || this.edgeHash[s] !== h)) s = (s + 1) & mask;
        if (edgeNode[s] === -1) break;
        node = this.edgeChild[s];
        const t = this.terminalOf[node];
        if (t === 0) continue;
        // A match ends at a word boundary: "BMW" in "BMW's", never in "BMWs".
        const endsWord = kind[j] === TokenKind.Punct || j + 1 === count || !gluedToPrevious(tokens, j + 1);
        if (endsWord) {
          for (const a of this.terminals[t - 1]) {
            if (this.accepts(tokens, i, j, this.aliases[a], lang)) {
              best = a;
              bestEnd = j;
              break;
            }
          }
        }
      }
      if (best >= 0) cand.push(i, bestEnd, best);
    }
    return this.resolve(text, tokens, cand);
  }

  private accepts(tokens: Tokens, i: number, j: number, alias: CompiledAlias, lang: Lang | undefined): boolean {
    if (alias.folded.length !== j - i + 1) return false;
    if (alias.lang && lang && alias.lang !== lang) return false;
    for (let k = 0; k < alias.folded.length; k++) if (!tokenIs(tokens, i + k, alias.folded[k])) return false;
    if (alias.caps) {
      for (let k = 0; k < alias.caps.length; k++) {
        const rule = alias.caps[k];
        if (rule === 0) continue;
        const word = tokens.text.slice(tokens.start[i + k], tokens.end[i + k]);
        if (rule === 2 ? [...word].some(isLower) : !isUpper(word[0])) return false;
      }
    }
    if (alias.accents) {
      for (let k = 0; k < alias.accents.length; k++) {
        if (tokens.kind[i + k] !== TokenKind.Word) continue;
        const word = tokens.text.slice(tokens.start[i + k], tokens.end[i + k]).normalize('NFC').toLowerCase();
        if (word !== alias.accents[k]) return false;
      }
    }
    if (alias.notAfter) {
      const p = previousWord(tokens, i);
      if (p >= 0 && alias.notAfter.has(tokens.kind[p] === TokenKind.Number ? NUMBER_WORD : tokenFolded(tokens, p))) return false;
    }
    if (alias.notBefore) {
      const n = nextWord(tokens, j);
      if (n >= 0 && alias.notBefore.has(tokens.kind[n] === TokenKind.Number ? NUMBER_WORD : tokenFolded(tokens, n))) return false;
    }
    return true;
  }

  /**
   * Candidates come in start order, one (the longest) per start. Of two that overlap, the
   * longer in characters wins, the earlier on a tie: "the Alliance Ventures" is Alliance
   * Ventures, not "the Alliance". One linear sweep.
   */
  private resolve(text: string, tokens: Tokens, cand: number[]): Mention[] {
    const kept: number[] = []; // indices into cand, by triple
    const charLen = (k: number) => tokens.end[cand[k + 1]] - tokens.start[cand[k]];
    for (let k = 0; k < cand.length; k += 3) {
      while (kept.length > 0) {
        const top = kept[kept.length - 1];
        if (cand[top + 1] < cand[k]) break; // no overlap
        if (charLen(k) > charLen(top)) kept.pop();
        else break;
      }
      const top = kept.length > 0 ? kept[kept.length - 1] : -1;
      if (top < 0 || cand[top + 1] < cand[k]) kept.push(k);
    }
    return kept.map((k) => {
      const e = this.entities[this.aliases[cand[k + 2]].entity];
      const start = tokens.start[cand[k]];
      const end = tokens.end[cand[k + 1]];
      return { id: e.id, name: e.name, type: e.type, text: text.slice(start, end), start, end };
    });
  }
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
