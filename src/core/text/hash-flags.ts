/**
 * A fixed set of token hashes, each with a few flag bits, in two typed arrays (open addressing,
 * mostly empty): the scanners ask it about every token of a text. Hit or miss, the answer is
 * almost always in the first slot read, so the one branch of a look-up goes the same way every
 * time, and the caller can use the answer without a branch of its own (stop words are two
 * tokens in five: a branch on them is a coin toss for the processor).
 */
export class HashFlags {
  private readonly keys: Int32Array;
  /** 0 marks an empty slot: every stored hash has at least one bit. */
  private readonly bits: Uint8Array;
  private readonly mask: number;
  private readonly shift: number;

  /**
   * `entries`: hash and bits (1 to 255); bits of a hash given twice add up. `slotsPerEntry`:
   * the fewer slots used, the fewer misses that read a second one (stop words are asked about
   * for every word: 64; the rest: 8).
   */
  constructor(entries: Iterable<readonly [number, number]>, slotsPerEntry = 8) {
    const list = [...entries].filter(([, bits]) => bits !== 0);
    let log = 6;
    while (1 << log < list.length * slotsPerEntry) log++;
    const size = 1 << log;
    this.shift = 32 - log;
    this.keys = new Int32Array(size);
    this.bits = new Uint8Array(size);
    this.mask = size - 1;
    for (const [hash, bits] of list) {
      let s = this.first(hash | 0);
      while (this.bits[s] !== 0 && this.keys[s] !== (hash | 0)) s = (s + 1) & this.mask;
      this.keys[s] = hash;
      this.bits[s] |= bits;
    }
  }

  /** The bits of `hash`, 0 when it is not in the set. */
  get(hash: number): number {
    const { keys, bits, mask } = this;
    for (let s = this.first(hash); ; s = (s + 1) & mask) {
      const b = bits[s];
      if (b === 0 || keys[s] === hash) return b;
    }
  }

  /** The slot to look in first: the high bits of a multiplicative hash. */
  private first(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }
}
