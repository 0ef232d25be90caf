/**
 * A fixed set of token hashes, each with a few flag bits, in two typed arrays: the scanners ask
 * it about every token of a text. The table is built so that no two of its hashes share a slot,
 * so a question is one slot read and a comparison, with no branch to mispredict (stop words are
 * two tokens in five of a text, so whether a token is in the set is a coin toss for the CPU).
 */
const MULTIPLIERS = [0x9e3779b1, 0x85ebca6b, 0xc2b2ae35, 0x27d4eb2f, 0x165667b1, 0xd3a2646c | 1, 0xfd7046c5, 0xb55a4f09];

export class HashFlags {
  private readonly keys: Int32Array;
  private readonly bits: Uint8Array;
  private readonly mul: number;
  private readonly shift: number;

  /** `entries`: hash and bits (1 to 255); bits of a hash given twice add up. */
  constructor(entries: Iterable<readonly [number, number]>) {
    const merged = new Map<number, number>();
    for (const [hash, bits] of entries) if (bits !== 0) merged.set(hash | 0, (merged.get(hash | 0) ?? 0) | bits);
    ({ keys: this.keys, bits: this.bits, mul: this.mul, shift: this.shift } = layout(merged));
  }

  /** The bits of `hash`, 0 when it is not in the set. */
  get(hash: number): number {
    const s = Math.imul(hash, this.mul) >>> this.shift;
    const x = this.keys[s] ^ hash;
    // All ones when the slot holds this hash, else 0 (x | -x has its sign bit set for any x but 0).
    return this.bits[s] & (((x | -x) >> 31) ^ -1);
  }
}

/** The smallest table, at most a quarter full, and a multiplier under which no two hashes share a slot. */
function layout(merged: Map<number, number>): { keys: Int32Array; bits: Uint8Array; mul: number; shift: number } {
  for (let log = 6; ; log++) {
    const size = 1 << log;
    if (size < merged.size * 4) continue;
    for (const mul of MULTIPLIERS) {
      const keys = new Int32Array(size);
      const bits = new Uint8Array(size);
      const shift = 32 - log;
      let clash = false;
      for (const [hash, b] of merged) {
        const s = Math.imul(hash, mul) >>> shift;
        if (bits[s] !== 0) {
          clash = true;
          break;
        }
        keys[s] = hash;
        bits[s] = b;
      }
      if (!clash) return { keys, bits, mul, shift };
    }
  }
}
