import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyse, shippedMatcher } from '../../src/core/analyse';
import { recogniseAmounts } from '../../src/core/money/recognise';
import { normalise } from '../../src/core/text/normalise';

/** Text that looks like what breaks recognisers: digits, separators, currency signs, names, any Unicode. */
const pieces = fc.constantFrom(
  '1', '000', ',', '.', ' ', '\u00a0', '\u202f', '€', '$', 'US$', 'M€', 'Md€', 'k', 'm', 'bn', 'millions', 'milliard', 'de', 'd’',
  'un', 'één', 'zwei', 'half', 'a', '-', '–', 'et', 'and', 'tot', 'bis zu', 'jusqu’à', 'plus de', '%', 'Renault', 'Nissan', '-Nissan',
  'Alliance', 'Ventures', 'l’', 'Plug', 'and', 'Play', 'Horizon', 'BMW', '’s', '\n', 'e\u0301', '\u00ad', '\u200b', '😀', 'ß', 'İ',
);
const newsish = fc.array(fc.oneof(pieces, fc.string({ unit: 'grapheme', maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((a) => a.join(''));

describe('properties (fast-check)', () => {
  test('matcher and recogniser never throw, and every offset slices back to the reported text', () => {
    fc.assert(
      fc.property(newsish, fc.constantFrom('en', 'fr', 'nl', 'de'), (text, lang) => {
        const a = analyse(text, { lang: lang as 'en' });
        for (const m of a.entities) {
          expect(m.start).toBeLessThan(m.end);
          expect(text.slice(m.start, m.end)).toBe(m.text);
        }
        for (const u of a.unknown) {
          expect(u.start).toBeLessThan(u.end);
          expect(text.slice(u.start, u.end)).toBe(u.text);
        }
        let previousEnd = 0;
        for (const x of a.amounts) {
          expect(text.slice(x.start, x.end)).toBe(x.text);
          // Money the text sizes but does not count has no value ("millions of dollars"), and says so.
          expect(x.value === null ? x.qualifier === 'unquantified' : Number.isFinite(x.value)).toBe(true);
          expect(x.start).toBeGreaterThanOrEqual(previousEnd);
          previousEnd = x.end;
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('normalisation maps every folded character into the original, in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        const n = normalise(text);
        expect(n.map[n.text.length]).toBe(text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.map[i]).toBeLessThan(text.length);
          if (i > 0) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * Linear time, checked as a ratio rather than a duration: the same adversarial pattern at
 * 1 MB and at 1/8 of it. Linear work gives a ratio near 8; quadratic work, near 64.
 */
describe('linear time on adversarial input', () => {
  const patterns: Record<string, string> = {
    'long digit runs': '9'.repeat(997) + ' ',
    'repeated separators': '1,000.000,000.'.repeat(50) + '1 000 000 000 ',
    'digits and currency signs': '1 $ 2 € 3,4 M€ 5-6-7-8 ',
    'number words': 'un deux trois quatre milliard half a quarter million zwei und zwanzig ',
    'repeated name prefixes': 'Alliance Alliance Renault-Nissan-Renault-Nissan-Plug and Plug and Alliance Ventures Auto Group ',
    'apostrophes and hyphens': "l'l'l'-d'-'-’-‐-–-—- ",
  };
  const MB = 1 << 20;
  const time = (text: string) => {
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      shippedMatcher().find(text);
      recogniseAmounts(text, 'fr');
      runs.push(performance.now() - t0);
    }
    return runs.sort((a, b) => a - b)[1];
  };
  test.each(Object.entries(patterns))('%s', (_name, unit) => {
    const big = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    const small = big.slice(0, MB / 8);
    time(small); // warm up the JIT on the same shapes
    const ratio = time(big) / Math.max(time(small), 0.5);
    expect(ratio, `1 MB took ${ratio.toFixed(1)}x the time of 128 KB`).toBeLessThan(24);
  });
});
