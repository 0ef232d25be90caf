import type { Alias, AliasSpec, EntityType, Lang } from '../kb/types';
import { Gap, TokenKind, gluedToPrevious, tokenize, type Tokens } from '../text/tokenize';
import { lexicon } from '../names/lexicon';
import { accepts, contextKept, aliasFromTuple, aliasToTuple, compileAlias, type AliasTuple, type CompiledAlias } from './alias-rules';
import { TokenTrie, type TrieTables } from './token-trie';

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
  /** Found by a weak alias (alias-rules.ts): kept only on a page that names something safer too. */
  weak?: true;
  /** Found by an alias that stands only where the document names one of these entities too (AliasSpec.withNamed). */
  withNamed?: string[];
}

/**
 * A matcher as plain data (JSON), everything `find` reads: written by `toTables()` (the build
 * does it for the shipped knowledge base) and read back by `Matcher.fromTables()`.
 */
export interface MatcherTables {
  format: 1;
  /** Per entity: id, name, type (what a mention reports). */
  entities: [id: string, name: string, type: EntityType][];
  aliases: AliasTuple[];
  trie: TrieTables;
}

/**
 * Finds the entities of a dictionary in a text: a trie of token hashes (token-trie.ts) walked
 * from every word, each name it reaches checked against its alias's rules (alias-rules.ts).
 */
export class Matcher {
  private entities: Pick<MatchableEntity, 'id' | 'name' | 'type'>[] = [];
  private aliases: CompiledAlias[] = [];
  private trie = new TokenTrie();
  /** How many of the last find()'s mentions came by a weak alias or one that needs another name (most texts: none, and then nobody looks). */
  weakFound = 0;
  /** Per alias: 1 when the reader hid it or its entity (hide()); null while nothing is. */
  private hidden: Uint8Array | null = null;

  constructor(entities: Iterable<MatchableEntity> = []) {
    for (const e of entities) this.add(e);
  }

  /**
   * A matcher from its tables, without tokenizing or compiling anything: what a page does with
   * the shipped knowledge base. The tables are not changed, nor shared with the matcher, which
   * can take more entities.
   */
  static fromTables(tables: MatcherTables): Matcher {
    const m = new Matcher();
    m.entities = tables.entities.map(([id, name, type]) => ({ id, name, type }));
    m.aliases = tables.aliases.map(aliasFromTuple);
    m.trie = TokenTrie.fromTables(tables.trie);
    return m;
  }

  toTables(): MatcherTables {
    return {
      format: 1,
      entities: this.entities.map(({ id, name, type }) => [id, name, type]),
      aliases: this.aliases.map(aliasToTuple),
      trie: this.trie.toTables(),
    };
  }

  get size(): number {
    return this.aliases.length;
  }

  /**
   * Leaves out what the reader hid or replaced: every alias of the entities `ids`, and the alias
   * texts (as written, the name included) of `aliasTexts`' entities. What a page does with the
   * shipped tables and an overlay, without the shipped records (which pages do not carry).
   */
  hide(ids: Iterable<string>, aliasTexts: Readonly<Record<string, readonly string[]>> = {}): void {
    const gone = new Set(ids);
    const texts = new Map<string, Set<string>>();
    for (const [id, list] of Object.entries(aliasTexts)) {
      const folded = new Set<string>();
      for (const text of list) {
        const c = compileAlias(0, { text });
        if (c) folded.add(c.alias.folded.join('\u0000'));
      }
      texts.set(id, folded);
    }
    const hidden = (this.hidden ??= new Uint8Array(this.aliases.length));
    this.aliases.forEach((a, n) => {
      const id = this.entities[a.entity].id;
      if (gone.has(id) || texts.get(id)?.has(a.folded.join('\u0000'))) hidden[n] = 1;
    });
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
      const compiled = compileAlias(index, spec, entity.nameIsAmbiguous === true);
      if (!compiled) continue;
      let node = 0;
      const { count, hash } = compiled.tokens;
      for (let k = 0; k < count; k++) node = this.trie.child(node, hash[k], true);
      this.trie.addTerminal(node, this.aliases.length);
      this.aliases.push(compiled.alias);
    }
  }

  /**
   * Every mention in the text, left to right, no two overlapping. `lang`, the text's language,
   * lets aliases that only make sense in one language ("Wallbox" outside German) apply.
   */
  find(text: string, tokens: Tokens = tokenize(text), lang?: Lang): Mention[] {
    // Candidates as flat triples (start token, end token, alias), longest per start only.
    const cand: number[] = [];
    const { count, kind, hash, gap } = tokens;
    const trie = this.trie;
    const { edgeNode, edgeHash, edgeChild, terminalOf, terminals } = trie;
    const hidden = this.hidden;
    const mask = edgeNode.length - 1;
    /** Candidates the words around them refused ("de Cruise"), as triples: they stand if the text names their entity elsewhere. */
    let refused: number[] | null = null;
    const stop = lexicon().stop;
    const functionWord = (k: number) => stop.has(hash[k]);
    for (let i = 0; i < count; i++) {
      if (!trie.mayStart(hash[i]) || kind[i] === TokenKind.Punct || gluedToPrevious(tokens, i)) continue;
      let node = 0;
      let best = -1;
      let bestEnd = -1;
      let second = -1;
      let secondEnd = -1;
      for (let j = i; j < count; j++) {
        // A name never runs across a line break (a heading into its paragraph).
        if (j > i && gap[j] === Gap.Newline) break;
        // The table probed in place: this loop is the matcher's whole cost.
        const h = hash[j];
        let s = (Math.imul(node, 0x9e3779b1) ^ h) & mask;
        while (edgeNode[s] !== -1 && (edgeNode[s] !== node || edgeHash[s] !== h)) s = (s + 1) & mask;
        if (edgeNode[s] === -1) break;
        node = edgeChild[s];
        const t = terminalOf[node];
        if (t === 0) continue;
        // A match ends at a word boundary: "BMW" in "BMW's", never in "BMWs".
        const endsWord = kind[j] === TokenKind.Punct || j + 1 === count || !gluedToPrevious(tokens, j + 1);
        if (endsWord) {
          for (const a of terminals[t - 1]) {
            if (hidden !== null && hidden[a] === 1) continue;
            const alias = this.aliases[a];
            if (!accepts(tokens, i, j, alias, lang)) continue;
            if (contextKept(tokens, i, j, alias)) {
              best = a;
              bestEnd = j;
              break;
            }
            // Refused by a function word only ("de Cruise", "to Cruise"): the text may still name the entity so.
            if (contextKept(tokens, i, j, alias, functionWord)) {
              second = a;
              secondEnd = j;
            }
          }
        }
      }
      if (best >= 0) cand.push(i, bestEnd, best);
      else if (second >= 0) (refused ??= []).push(i, secondEnd, second);
    }
    return this.resolve(text, tokens, refused ? this.inSense(cand, refused) : cand);
  }

  /**
   * One sense per text: a name a function word beside it refused ("autour de Cruise", "la filiale
   * de Cruise"; never "Tom Cruise" or "Tesla coil") stands when the same text names that entity where nothing refuses it. Merged in
   * start order.
   */
  private inSense(cand: number[], refused: number[]): number[] {
    const named = new Set<number>();
    for (let k = 2; k < cand.length; k += 3) named.add(this.aliases[cand[k]].entity);
    const back: number[] = [];
    for (let k = 0; k < refused.length; k += 3) if (named.has(this.aliases[refused[k + 2]].entity)) back.push(refused[k], refused[k + 1], refused[k + 2]);
    if (back.length === 0) return cand;
    const out: number[] = [];
    let a = 0;
    let b = 0;
    while (a < cand.length || b < back.length) {
      if (b >= back.length || (a < cand.length && cand[a] < back[b])) {
        out.push(cand[a], cand[a + 1], cand[a + 2]);
        a += 3;
      } else {
        out.push(back[b], back[b + 1], back[b + 2]);
        b += 3;
      }
    }
    return out;
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
    this.weakFound = 0;
    return kept.map((k) => {
      const e = this.entities[this.aliases[cand[k + 2]].entity];
      const start = tokens.start[cand[k]];
      const end = tokens.end[cand[k + 1]];
      const m: Mention = { id: e.id, name: e.name, type: e.type, text: text.slice(start, end), start, end };
      const alias = this.aliases[cand[k + 2]];
      if (alias.weak) m.weak = true;
      if (alias.withNamed) m.withNamed = alias.withNamed;
      if (alias.weak || alias.withNamed) this.weakFound++;
      return m;
    });
  }
}
