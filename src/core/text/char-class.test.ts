import { describe, expect, test } from 'vitest';
import { foldSameLength, foldUnit } from './char-class';

/** The fold a unit at a time, as the contract says it: one unit for one unit, an expanding or vanishing one keeps its lower-case self. */
const unitByUnit = (text: string) => [...Array(text.length).keys()].map((i) => {
  const f = foldUnit(text.charCodeAt(i));
  return f.length === 1 ? f : text[i].toLowerCase().slice(0, 1) || ' ';
}).join('');

describe('foldSameLength', () => {
  test('every unit of the Basic Multilingual Plane folds as it does alone, between ASCII capitals', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const t = `A${String.fromCharCode(c)}Z`;
      if (foldSameLength(t) !== unitByUnit(t)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
  test('the length stays, so offsets are the original’s: accents, ß, İ, ligatures, astral characters', () => {
    const text = 'Ça coûte 1,2 Md€ à Straße ß, İstanbul, ﬁn, ǅ, ΣΑΣ, 😀, `quoted`\tend';
    expect(foldSameLength(text)).toBe(unitByUnit(text));
    expect(foldSameLength(text)).toHaveLength(text.length);
    expect(foldSameLength('Übernahme durch Renault')).toBe('ubernahme durch renault');
  });
});
