/**
 * Whether two texts are the same article (an AMP or print copy, a lightly edited update) or two
 * articles (a site whose every page declares one canonical link). Word 3-grams, folded: two
 * different articles on one site share words, rarely runs of three.
 */
import { foldString } from './char-class';

function shingles(text: string): Set<string> {
  const words = foldString(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  if (words.length > 0 && words.length < 3) out.add(words.join(' '));
  return out;
}

/** Share of the shorter text's 3-grams that the other holds: 1 for copies, near 0 for different articles. */
export function textOverlap(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  if (small.size === 0) return large.size === 0 ? 1 : 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Close enough to be one article. */
export const sameArticleText = (a: string, b: string) => textOverlap(a, b) >= 0.8;
