import { describe, expect, test } from 'vitest';
import { normalise, originalSpan } from './normalise';
import { foldString } from './char-class';

describe('normalise', () => {
  test.each([
    ['Renault’s', "renault's"],
    ['BMW’s', "bmw's"],
    ['l’Alliance', "l'alliance"],
    ['dʼAlliance Ventures', "d'alliance ventures"],
    ['Renault–Nissan—Mitsubishi', 'renault-nissan-mitsubishi'],
    ['Renault‑Nissan', 'renault-nissan'],
    ['François Dossa', 'francois dossa'],
    ['Gaël  Escribe', 'gael escribe'],
    ['Benoît\u00a0Ducorps', 'benoit ducorps'],
    ['1\u202f000\u2009000', '1 000 000'],
    ['Straße', 'strasse'],
    ['Œuvre', 'oeuvre'],
    ['Zwölf\u00adhundert', 'zwolfhundert'],
    ['e\u0301te\u0301', 'ete'],
  ])('%s → %s', (input, folded) => {
    expect(normalise(input).text).toBe(folded);
    expect(foldString(input)).toBe(folded);
  });

  test('every folded character maps into the original', () => {
    const original = '« D’Alliance\u00a0Ventures » — Straße, e\u0301te\u0301 ; BMW’s';
    const n = normalise(original);
    expect(n.map).toHaveLength(n.text.length + 1);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.map[i]).toBeGreaterThanOrEqual(0);
      expect(n.map[i]).toBeLessThan(original.length);
      if (i > 0) expect(n.map[i]).toBeGreaterThanOrEqual(n.map[i - 1]);
    }
    expect(n.map[n.text.length]).toBe(original.length);
  });

  test('a span of the folded text maps back to the original words, marks included', () => {
    const original = 'Selon l’Alliance, l’ete\u0301 de d’Alliance\u00a0Ventures';
    const n = normalise(original);
    const from = n.text.indexOf("alliance ventures");
    const [s, e] = originalSpan(original, n, from, from + 'alliance ventures'.length);
    expect(original.slice(s, e)).toBe('Alliance\u00a0Ventures');
    const f2 = n.text.indexOf('ete');
    const [s2, e2] = originalSpan(original, n, f2, f2 + 3);
    expect(original.slice(s2, e2)).toBe('ete\u0301');
  });
});
