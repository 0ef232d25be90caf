import { describe, expect, test } from 'vitest';
import { asidesOf } from './asides';

/** The names of a sentence, found by their text (each once). */
const at = (s: string, ...names: string[]) => names.map((n) => ({ start: s.indexOf(n), end: s.indexOf(n) + n.length }));
const none = { amount: () => false, deal: () => false };
const text = (s: string, spans: { start: number; end: number }[]) => spans.map((a) => s.slice(a.start, a.end));

describe('asides: a description between commas after a name', () => {
  test('it closes at the first comma that does not go on with a name', () => {
    const s = 'alliance ventures, the fund of renault, nissan and mitsubishi, has signed with plug and play';
    expect(text(s, asidesOf(s, at(s, 'alliance ventures', 'renault', 'nissan', 'mitsubishi', 'plug and play'), none))).toEqual([', the fund of renault, nissan and mitsubishi,']);
  });
  test('a list of names, a number with a comma, or a description that runs to the end, is none', () => {
    const list = 'bmw, ford and volta, all investors, took part';
    expect(asidesOf(list, at(list, 'bmw', 'ford', 'volta'), none)).toHaveLength(0);
    const number = 'tekion, a firm with $1,000 of sales, raised money';
    expect(text(number, asidesOf(number, at(number, 'tekion'), none))).toEqual([', a firm with $1,000 of sales,']);
    const trailing = 'the money went to tekion, a company from california';
    expect(asidesOf(trailing, at(trailing, 'tekion'), none)).toHaveLength(0);
  });
  test('one with an amount tells the deal, and a relative clause with a deal word is one of its own: neither is an aside', () => {
    const s = 'woven capital, an $800 million fund of woven planet, was announced';
    expect(asidesOf(s, at(s, 'woven capital', 'woven planet'), { amount: () => true, deal: () => false })).toHaveLength(0);
    const r = 'ford, which first invested in 2019, is putting more in';
    expect(asidesOf(r, at(r, 'ford'), { amount: () => false, deal: () => true })).toHaveLength(0);
    const d = 'toyota ventures, the investment arm of toyota, said';
    expect(asidesOf(d, at(d, 'toyota ventures', 'toyota,'), { amount: () => false, deal: () => true })).toHaveLength(1);
  });
});
