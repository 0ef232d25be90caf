/**
 * A deterministic pseudo-random generator, so every run benchmarks the same text, names and
 * deals. No import: it is bundled into the benchmarks' browser pages as well as run in node.
 */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
