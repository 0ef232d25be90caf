/**
 * A trie whose edges are token hashes, kept in one open-addressing table, with the aliases that
 * end at each node. Matching walks it from every word of a text, so its cost depends on the text
 * and on how far names share their first words, not on how many names there are. Everything is
 * typed arrays and plain arrays, so the build can write a trie out and a page read it back.
 */

/** A trie as plain data (JSON): what `TokenTrie.toTables` writes and `fromTables` reads. */
export interface TrieTables {
  nodeCount: number;
  edgeCount: number;
  /** The open-addressing table slot by slot (edgeNode -1: an empty slot), as the matcher probes it. */
  edgeNode: number[];
  edgeHash: number[];
  edgeChild: number[];
  /** Per node: index into `terminals` + 1, or 0 when no alias ends there. */
  terminalOf: number[];
  /** Alias ids ending at a node, in the order they were added (the first accepted wins). */
  terminals: number[][];
}

/** The root filter reads this many low bits of a hash: 1 M bits, so 50,000 first words fill 5% of it. */
const FILTER_BITS = 20;
const FILTER_MASK = (1 << (FILTER_BITS - 5)) - 1;

export class TokenTrie {
  nodeCount = 1;
  edgeCount = 0;
  edgeNode: Int32Array = new Int32Array(4096).fill(-1);
  edgeHash: Int32Array = new Int32Array(4096);
  edgeChild: Int32Array = new Int32Array(4096);
  terminalOf: Int32Array = new Int32Array(1024);
  terminals: number[][] = [];
  /** Whether `terminals` still holds the lists of the tables it was loaded from (copied before its first change). */
  private sharedTerminals = false;
  /**
   * One bit per value of a hash's low bits, set for the first tokens of names: most words of a
   * text start no name, and one read of this turns them away before any probe of the table.
   */
  rootFilter: Int32Array = new Int32Array(FILTER_MASK + 1);

  static fromTables(t: TrieTables): TokenTrie {
    const trie = new TokenTrie();
    trie.nodeCount = t.nodeCount;
    trie.edgeCount = t.edgeCount;
    trie.edgeNode = Int32Array.from(t.edgeNode);
    trie.edgeHash = Int32Array.from(t.edgeHash);
    trie.edgeChild = Int32Array.from(t.edgeChild);
    trie.terminalOf = new Int32Array(capacityFor(t.nodeCount));
    trie.terminalOf.set(t.terminalOf);
    // Most pages never add an entity: the tables' lists are copied only if one is added.
    trie.terminals = t.terminals;
    trie.sharedTerminals = true;
    for (let s = 0; s < trie.edgeNode.length; s++) if (trie.edgeNode[s] === 0) trie.markRoot(trie.edgeHash[s]);
    return trie;
  }

  toTables(): TrieTables {
    return {
      nodeCount: this.nodeCount,
      edgeCount: this.edgeCount,
      edgeNode: Array.from(this.edgeNode),
      edgeHash: Array.from(this.edgeHash),
      edgeChild: Array.from(this.edgeChild),
      terminalOf: Array.from(this.terminalOf.subarray(0, this.nodeCount)),
      terminals: this.terminals.map((list) => list.slice()),
    };
  }

  /** Whether a name may start with a token of this hash (false: certainly not). */
  mayStart(hash: number): boolean {
    return (this.rootFilter[(hash >>> 5) & FILTER_MASK] & (1 << hash)) !== 0;
  }

  /** The child of `node` along `hash`, or -1; with `create`, made when missing. */
  child(node: number, hash: number, create: boolean): number {
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
    if (node === 0) this.markRoot(hash);
    if (++this.edgeCount * 2 > this.edgeNode.length) this.rehash();
    return id;
  }

  /** Records that alias `alias` ends at `node`. */
  addTerminal(node: number, alias: number): void {
    if (this.sharedTerminals) {
      this.terminals = this.terminals.map((list) => list.slice());
      this.sharedTerminals = false;
    }
    if (this.terminalOf[node] === 0) {
      this.terminals.push([]);
      this.terminalOf[node] = this.terminals.length;
    }
    this.terminals[this.terminalOf[node] - 1].push(alias);
  }

  private markRoot(hash: number): void {
    this.rootFilter[(hash >>> 5) & FILTER_MASK] |= 1 << hash;
  }

  private slot(node: number, hash: number): number {
    const mask = this.edgeNode.length - 1;
    let s = (Math.imul(node, 0x9e3779b1) ^ hash) & mask;
    while (this.edgeNode[s] !== -1 && (this.edgeNode[s] !== node || this.edgeHash[s] !== hash)) s = (s + 1) & mask;
    return s;
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
}

/** The node table's size as building would have grown it (doubling from 1024). */
function capacityFor(nodes: number): number {
  let n = 1024;
  while (n < nodes) n *= 2;
  return n;
}
