import { describe, expect, test } from 'vitest';
import { HashFlags } from './hash-flags';
import { hashFolded } from './tokenize';

describe('HashFlags', () => {
  const words = ['the', 'and', 'de', 'het', 'der', 'une', 'euros', 'millions', '$', '€'];
  const table = new HashFlags(words.map((w, n) => [hashFolded(w), 1 << (n % 8)] as const));

  test('gives each hash its bits, and 0 to every other', () => {
    words.forEach((w, n) => expect(table.get(hashFolded(w))).toBe(1 << (n % 8)));
    for (const w of ['them', 'an', 'dollar', '', 'x', 'millionen']) expect(table.get(hashFolded(w))).toBe(0);
    for (let h = -5000; h < 5000; h += 7) if (!words.some((w) => hashFolded(w) === h)) expect(table.get(h)).toBe(0);
  });

  test('adds up the bits of a hash given twice, and keeps 0 and extreme hashes apart', () => {
    const t = new HashFlags([[0, 1], [-1, 2], [0x7fffffff, 4], [-0x80000000, 8], [0, 16]]);
    expect([t.get(0), t.get(-1), t.get(0x7fffffff), t.get(-0x80000000), t.get(1)]).toEqual([17, 2, 4, 8, 0]);
  });

  test('holds thousands of hashes without two in one slot', () => {
    const hashes = Array.from({ length: 5000 }, (_, n) => hashFolded(`word${n}`));
    const t = new HashFlags(hashes.map((h) => [h, 1] as const));
    expect(hashes.every((h) => t.get(h) === 1)).toBe(true);
    expect(Array.from({ length: 5000 }, (_, n) => t.get(hashFolded(`other${n}`))).filter(Boolean).length).toBe(0);
  });
});
